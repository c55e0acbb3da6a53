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
                        .list("receipts", "auditField.deal.receipts")
                        .list("deductions", "reward.deducted")
                        .words(org.transferdesk.deal.CostCategory.class)
                        .money("net", "reward.net")
                        .percent("rate", "reward.rate")
                        .money("pool", "reward.pool")
                        .list("unitParts", "reward.universityPart")
                        .words(UnitPart.Unit.class)
                        .choice("status", "reward.status", DistributionStatus.class)
                        .composite("publicity", "auditField.deal.publicity")
                        .composite("approved", "reward.approvedOn")
                        .composite("revoked", "reward.revokedOn")
                        .text("overrideReason", "auditField.distribution.overrideReason")
                        .list("lines", "auditField.distribution.lines")
                        .word("paid", "reward.line.paidOn")
                        .word("tax", "auditField.distribution.tax")
                        // written by migration V12, which cannot localise: a receipt two live distributions shared
                        .text("sharedReceipt", "history.sharedReceipt")
                        // V24's rows of changes made outside the app name the columns, which differ from the fields
                        .reference("dealId", "auditRef.deal", "deal", "contract_no", "title")
                        .reference("ipAssetId", "auditRef.ipAsset", "ip_asset", "application_no", "title")
                        .date("profitYear", "historyLine.profitYear")
                        .choice("policyPreset", "rewardPolicy.title", RewardPolicy.Preset.class)
                        .percent("keyMinimum", "historyLine.keyMinimum")
                        .percent("transferStaffShare", "reward.policy.transferStaff")
                        .money("gross", "reward.gross")
                        .money("deducted", "reward.deducted")
                        .money("universityPart", "reward.universityPart")
                        .percent("companyShare", "reward.companyShare")
                        .date("publicityFrom", "reward.publicityFrom")
                        .date("publicityTo", "reward.publicityTo")
                        .text("publicityDocNo", "rewardEditor.publicise.docNo")
                        .text("publicityDocName", "rewardEditor.publicise.docName")
                        .date("approvedOn", "reward.approvedOn")
                        .text("approvedBy", "historyLine.approvedBy")
                        .date("revokedOn", "reward.revokedOn")
                        .text("revokeReason", "rewardEditor.revoke.reason")
                        .yesNo("imported", "historyLine.imported")
                        .yesNo("publicisedPerLedger", "historyLine.publicisedPerLedger"),
                AuditFields.of("deal")
                        .prefixed("profit ", "auditField.deal.profit"));
    }
}
