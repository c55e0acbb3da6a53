package org.transferdesk.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.transferdesk.common.Labeled;
import org.transferdesk.common.link.RecordRef;

/**
 * One line of the home screen's attention list: why it is there, what kind of item it is (a
 * {@link org.transferdesk.due.DueKind} or a {@link org.transferdesk.report.CheckKind}), what to do where the
 * reminder says so (already in the user's language, may be null), the day it is due or dated, an amount in
 * yuan (may be null), and the record it opens. {@code reportYear} is the report year of a data check, else 0.
 */
public record Attention(AttentionSource source, Labeled kind, String action, LocalDate date, BigDecimal amount,
                        RecordRef record, int reportYear) {
}
