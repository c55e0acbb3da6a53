package org.transferdesk.deal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 到账: money actually received (negative for a refund), optionally matched to an instalment. */
public record Receipt(Long id, LocalDate receivedOn, BigDecimal amount, String voucherNo, Long instalmentId) {
    public boolean isRefund() {
        return amount.signum() < 0;
    }
}
