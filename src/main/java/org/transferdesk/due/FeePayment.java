package org.transferdesk.due;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A patent annual fee recorded as paid: which patent and fee year, when, how much, the receipt number. */
public record FeePayment(long ipAssetId, int feeYear, LocalDate paidOn, BigDecimal amount, String receiptNo) {
}
