package org.transferdesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money received on a contract (negative = refund). */
public record ReportReceipt(long id, long contractId, LocalDate receivedOn, BigDecimal amount) {
}
