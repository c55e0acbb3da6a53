package org.transferdesk.report;

import java.math.BigDecimal;

/** Companies created or joined with results (equity contracts counted in the year) and the value put in. */
public record CompanyFigures(int created, int joined, BigDecimal equityValue) {
}
