package org.transferdesk.reward;

import org.transferdesk.common.Labeled;

/** 草拟 → 公示中 → 已审批 → 已发放, or 已撤销 at any point before payment. */
public enum DistributionStatus implements Labeled {
    DRAFT, PUBLICISING, APPROVED, PAID, REVOKED;

    @Override
    public String labelPrefix() {
        return "distributionStatus";
    }

    /** A live distribution holds its receipts and cost deductions; a revoked one releases them. */
    public boolean isLive() {
        return this != REVOKED;
    }
}
