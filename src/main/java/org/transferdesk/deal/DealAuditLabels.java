package org.transferdesk.deal;

import java.util.List;
import org.transferdesk.audit.AuditFields;
import org.transferdesk.audit.AuditLabels;

/** How the history reads the deal's and the counterparty's audit rows (issue 24 item 1). */
public final class DealAuditLabels {
    private DealAuditLabels() {
    }

    public static List<AuditLabels> all() {
        return List.of(deal(), counterparty(), settings());
    }

    static AuditLabels deal() {
        return AuditFields.of("deal")
                .text("contractNo", "deal.contractNo")
                .choice("mode", "deal.mode", DealMode.class)
                .choice("licenseKind", "deal.licenseKind", LicenseKind.class)
                // the deal's own title is the contract's name, not the result's (issue 24 item 1: "成果名称")
                .text("title", "deal.title")
                .list("results", "auditField.deal.results")
                .text("counterparty", "auditField.deal.counterparty")
                .date("signedOn", "deal.signedOn")
                .date("termFrom", "auditField.deal.termFrom")
                .date("termTo", "auditField.deal.termTo")
                // V24's rows of changes made outside the app name the columns, which differ from the fields here
                .reference("counterpartyId", "auditField.deal.counterparty", "counterparty", "name")
                .money("contractAmount", "auditField.deal.contractAmount")
                .choice("pricingMethod", "deal.pricing", PricingMethod.class)
                .yesNo("valuationDone", "dealEditor.valuationDone")
                .money("valuationAmount", "deal.valuationAmount")
                .text("valuationReport", "dealEditor.valuationReport")
                .text("managerLogin", "deal.manager")
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
                .list("approvals", "auditField.deal.approvals")
                .words(ApprovalTier.class)
                .list("instalments", "auditField.deal.instalments")
                .list("receipts", "auditField.deal.receipts")
                .list("costs", "auditField.deal.costs")
                .words(CostCategory.class)
                .composite("equity", "auditField.deal.equity")
                .list("obligations", "auditField.deal.obligations")
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
                .choice("enterpriseSize", "auditField.counterparty.size", EnterpriseSize.class)
                .text("nameKey", "historyLine.counterpartyNameKey")
                .text("provinceCode", "auditField.counterparty.province")
                .text("industryCode", "auditField.counterparty.industry")
                .text("contact", "auditField.counterparty.contact")
                .text("mergedFrom", "auditField.counterparty.mergedFrom")
                .word("deals", "auditField.counterparty.deals");
    }

    /** The approval tiers are a dated setting, but their names are the deal's. */
    static AuditLabels settings() {
        return AuditFields.of("policy_setting")
                .composite("approval.tiers", "auditField.policySetting.approvalTiers")
                .words(ApprovalTier.class);
    }
}
