package org.transferdesk.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.CreditCode;
import org.transferdesk.common.ColumnLimits;
import org.transferdesk.common.Percent;
import org.transferdesk.common.PlausibleDates;
import org.transferdesk.common.Problem;

/** The rules a deal must satisfy before anything is written. Pure: no database, no UI. */
public final class DealValidator {
    private DealValidator() {
    }

    public static List<Problem> validate(Deal d, LocalDate today) {
        List<Problem> p = new ArrayList<>();
        if (blank(d.contractNo())) {
            p.add(Problem.error("validation.required", "contractNo", "deal.contractNo"));
        } else if (d.contractNo().strip().length() > 64) {
            p.add(Problem.error("validation.tooLong", "contractNo", "deal.contractNo", 64));
        }
        if (blank(d.title())) {
            p.add(Problem.error("validation.required", "title", "deal.title"));
        }
        if (d.mode() == null) {
            p.add(Problem.error("validation.required", "mode", "deal.mode"));
            return p;
        }
        if (d.mode() == DealMode.LICENSE && d.licenseKind() == null) {
            p.add(Problem.error("validation.required", "licenseKind", "deal.licenseKind"));
        }
        if (d.mode().convertsResults()) {
            if (d.results().isEmpty()) {
                p.add(Problem.error("deal.results.required", "results", d.mode().label()));
            }
            if (d.pricing() == null) {
                p.add(Problem.error("validation.required", "pricing", "deal.pricing"));
            }
        }
        if (d.contractAmount() == null || d.contractAmount().signum() < 0) {
            p.add(Problem.error("deal.amount.invalid", "contractAmount"));
        }
        if (d.signedOn() != null && d.signedOn().isAfter(today)) {
            p.add(Problem.error("validation.dateInFuture", "signedOn", "deal.signedOn"));
        }
        if (d.status().isSigned() && d.signedOn() == null) {
            p.add(Problem.error("validation.required", "signedOn", "deal.signedOn"));
        }
        if (d.termFrom() != null && d.termTo() != null && d.termTo().isBefore(d.termFrom())) {
            p.add(Problem.error("deal.term.order", "term"));
        }
        Deal.Registration reg = d.registration();
        if (reg.isRegistered() && reg.registeredOn() == null) {
            p.add(Problem.error("validation.required", "registeredOn", "deal.registeredOn"));
        }
        if (reg.technicalIncome() != null && reg.technicalIncome().compareTo(d.contractAmount()) > 0) {
            p.add(Problem.warning("deal.registration.incomeAboveAmount", "registration"));
        }
        if (d.valuation().done() && d.valuation().amount() == null) {
            p.add(Problem.error("validation.required", "valuation", "deal.valuationAmount"));
        }
        if (d.mode() == DealMode.EQUITY && (d.equity() == null || d.equity().companyId() == null
                || d.equity().universityShare() == null || !d.equity().universityShare().isPositive())) {
            p.add(Problem.error("deal.equity.required", "equity"));
        }
        for (Approval a : d.approvals()) {
            if (a.tier() == null || blank(a.approver()) || a.approvedOn() == null) {
                p.add(Problem.error("deal.approval.invalid", "approvals"));
            }
        }
        p.addAll(money(d, today));
        p.addAll(limits(d));
        return p;
    }

    /**
     * Issue 19: dates outside 1949–2100 (stored shifted by H2 before 1583) and amounts a NUMERIC(18,2) column cannot
     * hold are refused here, where editors, the CLI and the import all pass, instead of by the database.
     */
    private static List<Problem> limits(Deal d) {
        List<Problem> p = new ArrayList<>();
        PlausibleDates.check("signedOn", "deal.signedOn", d.signedOn()).ifPresent(p::add);
        PlausibleDates.check("term", "dealEditor.term", d.termFrom()).ifPresent(p::add);
        PlausibleDates.check("term", "dealEditor.term", d.termTo()).ifPresent(p::add);
        PlausibleDates.check("registeredOn", "deal.registeredOn", d.registration().registeredOn()).ifPresent(p::add);
        if (d.equity() != null) {
            Percent.checkRange("equity", "dealEditor.equity.share", d.equity().universityShare()).ifPresent(p::add);
            PlausibleDates.check("equity", "dealEditor.equity.registrationChange", d.equity().registrationChangeOn())
                    .ifPresent(p::add);
        }
        ColumnLimits.checkAmount("contractAmount", "dealList.contractAmount", d.contractAmount()).ifPresent(p::add);
        ColumnLimits.checkAmount("registration", "dealEditor.technicalIncome", d.registration().technicalIncome())
                .ifPresent(p::add);
        ColumnLimits.checkAmount("valuation", "deal.valuationAmount", d.valuation().amount()).ifPresent(p::add);
        for (Approval a : d.approvals()) {
            PlausibleDates.check("approvals", "dealEditor.approval.date", a.approvedOn()).ifPresent(p::add);
        }
        for (Instalment i : d.instalments()) {
            PlausibleDates.check("instalments", "dealEditor.instalment.dueOn", i.dueOn()).ifPresent(p::add);
            ColumnLimits.checkAmount("instalments", "dealEditor.amount", i.amount()).ifPresent(p::add);
        }
        for (Receipt r : d.receipts()) {
            PlausibleDates.check("receipts", "deal.receivedOn", r.receivedOn()).ifPresent(p::add);
            ColumnLimits.checkAmount("receipts", "dealEditor.amount", r.amount()).ifPresent(p::add);
        }
        for (Cost c : d.costs()) {
            PlausibleDates.check("costs", "dealEditor.cost.date", c.incurredOn()).ifPresent(p::add);
            ColumnLimits.checkAmount("costs", "dealEditor.amount", c.amount()).ifPresent(p::add);
        }
        return p;
    }

    private static List<Problem> money(Deal d, LocalDate today) {
        List<Problem> p = new ArrayList<>();
        BigDecimal scheduled = BigDecimal.ZERO;
        for (Instalment i : d.instalments()) {
            if (i.dueOn() == null || i.amount() == null || i.amount().signum() <= 0) {
                p.add(Problem.error("deal.instalment.invalid", "instalments"));
            } else {
                scheduled = scheduled.add(i.amount());
            }
        }
        if (d.contractAmount() != null && scheduled.compareTo(d.contractAmount()) > 0) {
            p.add(Problem.warning("deal.instalment.aboveAmount", "instalments", scheduled, d.contractAmount()));
        }
        for (Receipt r : d.receipts()) {
            if (r.receivedOn() == null || r.amount() == null || r.amount().signum() == 0) {
                p.add(Problem.error("deal.receipt.invalid", "receipts"));
            } else if (r.receivedOn().isAfter(today)) {
                p.add(Problem.error("validation.dateInFuture", "receipts", "deal.receivedOn"));
            }
        }
        for (Cost c : d.costs()) {
            if (c.incurredOn() == null || c.category() == null || c.amount() == null || c.amount().signum() <= 0) {
                p.add(Problem.error("deal.cost.invalid", "costs"));
            }
        }
        return p;
    }

    /** R-ID-USCC: warn, don't block (some real codes fail the check). */
    public static List<Problem> validateCounterparty(Counterparty c) {
        List<Problem> p = new ArrayList<>();
        if (blank(c.name())) {
            p.add(Problem.error("validation.required", "name", "counterparty.name"));
        }
        if (!blank(c.creditCode()) && !CreditCode.isValid(c.creditCode())) {
            p.add(Problem.warning("counterparty.creditCode.check", "creditCode", c.creditCode()));
        }
        // R-REPORT-MORE counts by province and industry: text that maps to none is a gap to fill, not an error
        if (c.regionUnmapped()) {
            p.add(Problem.warning("counterparty.province.unmapped", "province", c.region()));
        }
        if (c.industryUnmapped()) {
            p.add(Problem.warning("counterparty.industry.unmapped", "industrySection", c.industry()));
        }
        return p;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
