package org.transferdesk.deal;

import java.util.List;
import org.transferdesk.audit.AuditFields;
import org.transferdesk.audit.AuditLabels;

/** How the history reads the deal's and the counterparty's audit rows (issue 24 item 1). */
public final class DealAuditLabels {
    private DealAuditLabels() {
    }

    public static List<AuditLabels> all() {
        return List.of(deal(), counterparty());
    }

    static AuditLabels deal() {
        return AuditFields.of("deal")
                .text("contractNo", "deal.contractNo")
                .choice("mode", "deal.mode", DealMode.class)
                .choice("licenseKind", "deal.licenseKind", LicenseKind.class)
                // the deal's own title is the contract's name, not the result's (issue 24 item 1: "成果名称")
                .text("title", "deal.title")
                .text("results", "auditField.deal.results")
                .text("counterparty", "auditField.deal.counterparty")
                .date("signedOn", "deal.signedOn")
                .date("termFrom", "auditField.deal.termFrom")
                .date("termTo", "auditField.deal.termTo")
                .money("contractAmount", "auditField.deal.contractAmount")
                .choice("pricing", "deal.pricing", PricingMethod.class)
                .yesNo("relatedParty", "auditField.deal.relatedParty")
                .text("registrationNo", "auditField.deal.registrationNo")
                .date("registeredOn", "deal.registeredOn")
                .money("technicalIncome", "auditField.deal.technicalIncome")
                .composite("valuation", "deal.valuationAmount")
                .choice("status", "auditField.deal.status", DealStatus.class)
                .text("manager", "deal.manager")
                .composite("publicity", "auditField.deal.publicity")
                .word("objections", "auditField.deal.objections")
                .composite("approvals", "auditField.deal.approvals")
                .words(ApprovalTier.class)
                .composite("instalments", "auditField.deal.instalments")
                .composite("receipts", "auditField.deal.receipts")
                .composite("costs", "auditField.deal.costs")
                .words(CostCategory.class)
                .composite("equity", "auditField.deal.equity")
                .composite("obligations", "auditField.deal.obligations")
                .words(ObligationKind.class)
                .prefixed("diligence.", "auditField.deal.diligence")
                .words(DiligenceItem.class)
                .words(DiligenceStatus.class)
                .word("notApplicable", "auditField.deal.notApplicable");
    }

    static AuditLabels counterparty() {
        return AuditFields.of("counterparty")
                .text("name", "counterparty.name")
                .text("creditCode", "auditField.counterparty.creditCode")
                .text("region", "auditField.counterparty.region")
                .text("province", "auditField.counterparty.province")
                .text("industry", "auditField.counterparty.industry")
                .text("industrySection", "auditField.counterparty.industrySection")
                .choice("size", "auditField.counterparty.size", EnterpriseSize.class)
                .text("contact", "auditField.counterparty.contact")
                .text("mergedFrom", "auditField.counterparty.mergedFrom")
                .word("deals", "auditField.counterparty.deals");
    }
}
