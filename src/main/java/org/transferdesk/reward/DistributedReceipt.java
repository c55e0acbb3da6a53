package org.transferdesk.reward;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A receipt a distribution distributes. */
public record DistributedReceipt(long receiptId, LocalDate receivedOn, BigDecimal amount, String voucherNo) {
}
