package org.transferdesk.report;

import java.math.BigDecimal;

/**
 * Pilot cases: granted in the year (by model), converted in the year, and the money received in the year
 * on contracts of granted results.
 */
public record PilotFigures(int granted, int ownership, int longTermUse, int converted, BigDecimal income) {
}
