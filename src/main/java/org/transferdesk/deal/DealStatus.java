package org.transferdesk.deal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.transferdesk.common.Labeled;

/**
 * 草拟 → 公示中 → 审批中 → 已签订 → 履行中 → 已完成, or 已终止. Deals that need no price publicity go
 * from draft straight to approval; whether signing is allowed is decided by {@link SigningRules}.
 */
public enum DealStatus implements Labeled {
    DRAFT, PUBLICITY, APPROVAL, SIGNED, PERFORMING, COMPLETED, TERMINATED;

    @Override
    public String labelPrefix() {
        return "dealStatus";
    }

    public Set<DealStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLICITY, APPROVAL, TERMINATED);
            case PUBLICITY -> EnumSet.of(APPROVAL, TERMINATED);
            case APPROVAL -> EnumSet.of(SIGNED, TERMINATED);
            case SIGNED -> EnumSet.of(PERFORMING, COMPLETED, TERMINATED);
            case PERFORMING -> EnumSet.of(COMPLETED, TERMINATED);
            case COMPLETED, TERMINATED -> EnumSet.noneOf(DealStatus.class);
        };
    }

    /** Signed or later (not terminated before signing): the contract exists. */
    public boolean isSigned() {
        return this == SIGNED || this == PERFORMING || this == COMPLETED;
    }

    /**
     * Signed as far as the records say: a signing date and a status at or after signing (or terminated after it).
     * Money received on a contract that is not is the annual report's RECEIPT_UNSIGNED check and the editor's warning.
     */
    public static boolean contractSigned(DealStatus status, LocalDate signedOn) {
        return signedOn != null && (status.isSigned() || status == TERMINATED);
    }
}
