package org.transferdesk.reward;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;
import org.transferdesk.deal.Deal;
import org.transferdesk.people.LeaderRole;

/**
 * The full arithmetic of a distribution and the records behind it, step by step with the rule each step
 * applies: receipts, every cost and how much of it was deducted, the policy and its clause, each person's
 * share and where it came from, the checks, and the tax of each line. Shown on screen and exported as is.
 */
public record Explanation(List<Step> steps) {
    /** One step: the rule it applies, what it is, its figure (may be empty) and where the figure comes from. */
    public record Step(String rule, String label, String value, String detail) {
    }

    public Explanation {
        steps = List.copyOf(steps);
    }

    public static Explanation of(Distribution d, Deal deal, List<LineTax> taxes, List<Problem> problems) {
        List<Step> s = new ArrayList<>();
        Figures f = d.figures();
        String policy = I18n.t("explain.policy", d.policy().preset().label(), d.basisDate());
        if (deal != null) {
            s.add(new Step("", I18n.t("explain.deal"), d.contractNo(), deal.mode().label() + " · " + deal.title()
                    + (deal.registration().isRegistered() ? " · " + I18n.t("explain.registered", deal.registration().number())
                    : " · " + I18n.t("explain.notRegistered"))));
        }
        switch (d.kind()) {
            case CASH, OWNERSHIP_INCOME, TECH_CONTRACT -> netSteps(s, d);
            case EQUITY -> s.add(new Step("R-45-2", I18n.t("explain.valuation"), money(f.gross()),
                    deal == null || deal.equity() == null ? "" : I18n.t("explain.equityStake",
                            deal.equity().companyName(), deal.equity().universityShare().toString())));
            // an imported payment of own implementation names no profit year
            case SELF_IMPLEMENTATION -> s.add(new Step("R-45-3", I18n.t("explain.profit",
                    d.profitYear() == null ? "" : d.profitYear()), money(f.gross()),
                    f.gross().signum() < 0 ? I18n.t("explain.loss") : ""));
            case PATENT_BONUS -> s.add(new Step("R-BONUS", I18n.t("explain.bonus"), money(f.gross()), d.title()));
        }
        if (d.kind() == DistributionKind.OWNERSHIP_INCOME) {
            s.add(new Step("R-PILOT-INCOME", I18n.t("explain.ownership"), money(f.pool()),
                    I18n.t("explain.ownershipDetail", new Percent(f.rate()).toString(), money(f.net()))));
            s.add(new Step("R-PILOT-INCOME", I18n.t("explain.universityPart"), money(f.universityPart()),
                    I18n.t("explain.noReward")));
        } else if (d.kind() != DistributionKind.PATENT_BONUS) {
            String rule = switch (d.kind()) {
                case EQUITY -> "R-45-2";
                case SELF_IMPLEMENTATION -> "R-45-3";
                case TECH_CONTRACT -> "R-45-TECH";
                default -> "R-45-1";
            };
            s.add(new Step(rule, I18n.t("explain.pool"), money(f.pool()), I18n.t("explain.poolDetail",
                    money(f.net()), new Percent(f.rate()).toString()) + " · " + policy));
            s.add(new Step(rule, I18n.t("explain.universityPart"), money(f.universityPart()),
                    f.teamCompanyShare() == null ? "" : I18n.t("explain.companyShare", fraction(f.teamCompanyShare()))));
            for (UnitPart part : d.unitParts()) {
                s.add(new Step("R-UNIT-SPLIT", part.label(), money(part.amount()), I18n.t("explain.unitShare",
                        fraction(part.share()), money(f.net()))));
            }
        } else {
            s.add(new Step("R-BONUS", I18n.t("explain.pool"), money(f.pool()), policy));
        }
        if (deal != null) {
            PayCap.of(d.kind(), deal.registration().isRegistered()).ifPresent(cap -> s.add(new Step("R-45-TECH",
                    I18n.t("explain.payCap"), cap.label(), cap == PayCap.OUTSIDE_CAP
                    ? I18n.t("explain.registered", deal.registration().number()) : I18n.t("explain.payCapInside"))));
        }
        if (d.policy().transferStaffShare().signum() > 0 && d.kind() == DistributionKind.CASH) {
            s.add(new Step("R-POLICY", I18n.t("explain.transferStaff"), new Percent(d.policy().transferStaffShare()).toString(),
                    policy));
        }
        for (int i = 0; i < d.lines().size(); i++) {
            DistributionLine l = d.lines().get(i);
            String detail = I18n.t("explain.lineSource", l.shareSource() == null ? "" : l.shareSource(), fraction(l.share()))
                    + (l.keyContributor() ? " · " + I18n.t("explain.key") : "")
                    + (l.leaderRole() != LeaderRole.NONE ? " · " + l.leaderRole().label() : "")
                    + (l.role() == LineRole.TRANSFER_STAFF ? " · " + l.role().label() : "")
                    + (l.equityShare() != null ? " · " + I18n.t("explain.lineEquity", fraction(l.equityShare())) : "")
                    + (l.waived() ? " · " + I18n.t("explain.waived") : "");
            s.add(new Step(d.kind() == DistributionKind.OWNERSHIP_INCOME ? "R-PILOT-INCOME" : "R-TEAM",
                    l.staffNo() + " " + l.name(), money(l.amount()), detail));
            LineTax tax = i < taxes.size() ? taxes.get(i) : LineTax.NOT_APPLICABLE;
            if (tax.applicable()) {
                s.add(new Step("R-TAX58", I18n.t("explain.tax", l.name()), money(tax.eligibility().exemptPart()),
                        taxDetail(tax, l)));
            }
        }
        s.add(new Step("R-ROUND", I18n.t("explain.total"), money(d.linesTotal()), I18n.t("explain.round")));
        if (d.kind() != DistributionKind.OWNERSHIP_INCOME && d.kind() != DistributionKind.PATENT_BONUS) {
            BigDecimal toKey = d.lines().stream().filter(DistributionLine::keyContributor).map(DistributionLine::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            // R-45-TECH: a policy may switch R-KEY off for technical contracts; the distribution kept a minimum of 0
            boolean keyOff = d.kind() == DistributionKind.TECH_CONTRACT && d.policy().keyMinimum().signum() == 0;
            s.add(new Step("R-KEY", I18n.t("explain.keyTotal"), money(toKey), keyOff ? I18n.t("explain.keyOff")
                    : I18n.t("explain.keyMinimum", new Percent(d.policy().keyMinimum()).toString(),
                    money(DistributionRules.keyMinimum(d)))));
        }
        if (d.overrideReason() != null) {
            s.add(new Step("R-TEAM", I18n.t("explain.override"), "", d.overrideReason()));
        }
        if (d.workflow().isPublicised()) {
            s.add(new Step("R-PUB-REWARD", I18n.t("explain.publicity"), d.workflow().publicityTo() == null
                    ? I18n.t("explain.publicisedPerLedger") : d.workflow().publicityFrom() + " ~ "
                    + d.workflow().publicityTo(), publicityDocuments(d.workflow())));
        }
        for (Problem p : problems) {
            s.add(new Step(p.isError() ? I18n.t("explain.error") : I18n.t("explain.warning"), p.message(), "", ""));
        }
        return new Explanation(s);
    }

    private static void netSteps(List<Step> s, Distribution d) {
        for (DistributedReceipt r : d.receipts()) {
            s.add(new Step("R-NET", I18n.t("explain.receipt", r.receivedOn()), money(r.amount()),
                    r.voucherNo() == null ? "" : I18n.t("explain.voucher", r.voucherNo())));
        }
        s.add(new Step("R-NET", I18n.t("explain.gross"), money(d.figures().gross()), ""));
        for (CostDeduction c : d.deductions()) {
            s.add(new Step("R-NET", I18n.t("explain.cost", c.incurredOn(), c.category().label()), "−" + money(c.deducted()),
                    I18n.t("explain.costDetail", money(c.costAmount()), c.note() == null ? "" : c.note())));
        }
        s.add(new Step("R-NET", I18n.t("explain.deducted"), money(d.figures().deducted()), I18n.t("explain.carryOver")));
        s.add(new Step("R-NET", I18n.t("explain.net"), money(d.figures().net()), I18n.t("explain.netDetail",
                money(d.figures().gross()), money(d.figures().deducted()))));
    }

    private static String taxDetail(LineTax tax, DistributionLine l) {
        Tax58.Eligibility e = tax.eligibility();
        String deadline = e.paymentDeadline() == null ? "" : " · " + I18n.t("explain.taxDeadline", e.paymentDeadline());
        if (!e.eligible()) {
            return I18n.t("explain.taxFailed", String.join("、", e.failed().stream()
                    .map(Tax58.Condition::label).toList())) + deadline;
        }
        String lapsed = e.partial() ? " · " + I18n.t("explain.taxLapsed", e.lapsedReceipts().stream()
                .map(LocalDate::toString).collect(java.util.stream.Collectors.joining("、"))) : "";
        return I18n.t("explain.taxExempt") + lapsed + deadline
                + (tax.filingDue() == null ? "" : " · " + I18n.t("explain.filingDue", tax.filingDue()));
    }

    /** 公示结果文件文号 and 名称 as recorded (R-TAX58-FILING); blank when not recorded. */
    private static String publicityDocuments(Workflow w) {
        return java.util.stream.Stream.of(w.publicityDocNo(), w.publicityDocName()).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static String money(BigDecimal amount) {
        return Money.format(amount);
    }

    /** A fraction as a percentage with up to 4 decimals (shares of a team or of a company). */
    static String fraction(BigDecimal f) {
        return f == null ? "" : f.movePointRight(2).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "%";
    }
}
