package org.transferdesk.reward;

import java.util.List;
import org.transferdesk.audit.AuditFields;
import org.transferdesk.audit.AuditLabels;

/** How the history reads a distribution's audit rows, and the operating profits it records on a deal. */
public final class RewardAuditLabels {
    private RewardAuditLabels() {
    }

    public static List<AuditLabels> all() {
        return List.of(AuditFields.of("distribution")
                        .choice("kind", "reward.kind", DistributionKind.class)
                        .text("contractNo", "deal.contractNo")
                        .date("basisDate", "reward.basisDate")
                        .composite("receipts", "auditField.deal.receipts")
                        .composite("deductions", "reward.deducted")
                        .words(org.transferdesk.deal.CostCategory.class)
                        .money("net", "reward.net")
                        .percent("rate", "reward.rate")
                        .money("pool", "reward.pool")
                        .composite("unitParts", "reward.universityPart")
                        .words(UnitPart.Unit.class)
                        .choice("status", "reward.status", DistributionStatus.class)
                        .composite("publicity", "auditField.deal.publicity")
                        .composite("approved", "reward.approvedOn")
                        .composite("revoked", "reward.revokedOn")
                        .text("overrideReason", "auditField.distribution.overrideReason")
                        .composite("lines", "auditField.distribution.lines")
                        .word("paid", "reward.line.paidOn")
                        .word("tax", "auditField.distribution.tax")
                        // written by migration V12, which cannot localise: a receipt two live distributions shared
                        .text("sharedReceipt", "history.sharedReceipt"),
                AuditFields.of("deal")
                        .prefixed("profit ", "auditField.deal.profit"));
    }
}
