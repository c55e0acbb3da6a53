package org.transferdesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.transferdesk.common.link.RecordRef;

/** A record the report counts that is missing something; opens with its {@code record}. */
public record DataCheck(CheckKind kind, RecordRef record, LocalDate date, BigDecimal amount) {
}
