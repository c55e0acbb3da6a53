package org.transferdesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.transferdesk.common.link.RecordRef;

/** R-REPORT-TRACE: one record that makes a figure, with the date that put it in the year and its amount (or null). */
public record TraceLine(RecordRef record, LocalDate date, BigDecimal amount) {
}
