package org.transferdesk.reward.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.export.print.PrintableSheet;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.DistributedReceipt;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.PayCap;

/**
 * The reward publicity notice (奖励公示, R-PUB-REWARD) of one distribution: result name and type, mode,
 * income and dates received, registration number, the share of income used for rewards, and a table of
 * each person's name, post, contribution and amount, with the period and where objections go. A 正职领导
 * is named as such in the post column. Pure.
 */
public final class RewardNotice {
    private RewardNotice() {
    }

    /**
     * @param posts            each line's person → department and post text (absent: empty)
     * @param from             first day of the publicity (the recorded one, or the proposed one)
     * @param to               last day of the publicity
     * @param objectionContact where objections go (blank: the default text)
     */
    public static PrintableSheet build(Distribution d, DealFacts deal, Map<Long, String> posts, LocalDate from,
                                       LocalDate to, String objectionContact) {
        boolean equity = d.kind() == DistributionKind.EQUITY;
        List<PrintableSheet.Fact> facts = new ArrayList<>();
        facts.add(new PrintableSheet.Fact(I18n.t("rewardExport.notice.resultName"),
                deal.resultNames().isEmpty() ? d.title() : deal.resultNamesText()));
        facts.add(new PrintableSheet.Fact(I18n.t("rewardExport.notice.resultType"), deal.resultTypesText()));
        facts.add(new PrintableSheet.Fact(I18n.t("rewardExport.notice.mode"), deal.mode()));
        facts.add(new PrintableSheet.Fact(I18n.t("rewardExport.notice.contractNo"), deal.contractNo()));
        facts.add(new PrintableSheet.Fact(I18n.t("rewardExport.notice.registrationNo"), deal.registrationNo()));
        if (equity) {
            facts.add(new PrintableSheet.Fact(I18n.t("rewardExport.notice.equityValue"),
                    I18n.t("rewardExport.notice.equityValueText", Money.format(d.figures().gross()),
                            percent(d.figures().teamCompanyShare()))));
        } else {
            facts.add(new PrintableSheet.Fact(I18n.t("rewardExport.notice.income"), receiptsText(d)));
            facts.add(new PrintableSheet.Fact(I18n.t("rewardExport.notice.net"),
                    I18n.t("rewardExport.notice.netText", Money.format(d.figures().gross()),
                            Money.format(d.figures().deducted()), Money.format(d.figures().net()))));
        }
        facts.add(new PrintableSheet.Fact(I18n.t("rewardExport.notice.rate"),
                I18n.t("rewardExport.notice.rateText", percent(d.figures().rate()), Money.format(d.figures().pool()))));
        if (!d.unitParts().isEmpty()) {
            // R-UNIT-SPLIT: what the university keeps, line by line as stored with the distribution
            facts.add(new PrintableSheet.Fact(I18n.t("rewardExport.notice.unitParts"), d.unitParts().stream()
                    .map(u -> I18n.t("rewardExport.notice.unitPartText", u.label(), Money.format(u.amount()),
                            percent(u.share()))).collect(Collectors.joining("；"))));
        }
        // R-45-TECH: only a registered technical contract's reward is outside the performance-pay cap
        PayCap.of(d.kind(), !deal.registrationNo().isBlank()).ifPresent(cap -> facts.add(new PrintableSheet.Fact(
                I18n.t("rewardExport.notice.payCap"), cap == PayCap.OUTSIDE_CAP ? cap.label()
                : I18n.t("rewardExport.notice.payCapInside"))));
        facts.add(new PrintableSheet.Fact(I18n.t("rewardExport.notice.period"),
                I18n.t("rewardExport.notice.periodText", from.toString(), to.toString())));
        String contact = objectionContact == null || objectionContact.isBlank()
                ? I18n.t("rewardExport.notice.defaultContact") : objectionContact.strip();
        facts.add(new PrintableSheet.Fact(I18n.t("rewardExport.notice.objections"), contact));

        List<PrintableSheet.Column> columns = new ArrayList<>(List.of(
                new PrintableSheet.Column(I18n.t("rewardExport.col.no"), 6),
                new PrintableSheet.Column(I18n.t("rewardExport.col.name"), 12),
                new PrintableSheet.Column(I18n.t("rewardExport.col.post"), 22),
                new PrintableSheet.Column(I18n.t("rewardExport.col.contribution"), 11),
                new PrintableSheet.Column(I18n.t(equity ? "rewardExport.col.equityValue" : "rewardExport.col.reward"), 16)));
        if (equity) {
            columns.add(new PrintableSheet.Column(I18n.t("rewardExport.col.equityShare"), 11));
        }
        columns.add(new PrintableSheet.Column(I18n.t("rewardExport.col.remark"), 21));
        List<List<Object>> rows = new ArrayList<>();
        int no = 1;
        for (DistributionLine l : d.lines()) {
            List<Object> row = new ArrayList<>();
            row.add(no++);
            row.add(l.name());
            row.add(posts.getOrDefault(l.personId(), ""));
            row.add(new PrintableSheet.Fraction(l.share()));
            row.add(l.amount());
            if (equity) {
                row.add(l.equityShare() == null ? null : new PrintableSheet.Fraction(l.equityShare()));
            }
            row.add(remark(l));
            rows.add(row);
        }
        List<Object> totals = new ArrayList<>();
        totals.add(null);
        totals.add(I18n.t("rewardExport.total"));
        totals.add(null);
        totals.add(null);
        totals.add(d.linesTotal());
        if (equity) {
            totals.add(d.figures().teamCompanyShare() == null ? null
                    : new PrintableSheet.Fraction(d.figures().teamCompanyShare()));
        }
        totals.add(null);
        List<String> closing = new ArrayList<>();
        closing.add(I18n.t("rewardExport.notice.closing", to.toString(), contact));
        if (d.workflow().publicityDocNo() != null && !d.workflow().publicityDocNo().isBlank()) {
            closing.add(I18n.t("rewardExport.notice.docNo", d.workflow().publicityDocNo()));
        }
        return new PrintableSheet(I18n.t("rewardExport.notice.sheet"), I18n.t("rewardExport.notice.title"),
                List.of(I18n.t("rewardExport.notice.intro")), facts, columns, rows, totals, closing, false);
    }

    /** The post column: the department, and the leader role when the person holds one (正职领导 by name). */
    public static String post(String department, LeaderRole role) {
        String dept = department == null ? "" : department;
        if (role == null || role == LeaderRole.NONE) {
            return dept;
        }
        return dept.isEmpty() ? role.label() : dept + "（" + role.label() + "）";
    }

    private static String remark(DistributionLine l) {
        List<String> parts = new ArrayList<>();
        if (l.keyContributor()) {
            parts.add(I18n.t("rewardExport.remark.key"));
        }
        if (l.leaderRole() == LeaderRole.HEAD) {
            parts.add(LeaderRole.HEAD.label());
        }
        if (l.waived()) {
            parts.add(I18n.t("rewardExport.remark.waived"));
        }
        return String.join("、", parts);
    }

    private static String receiptsText(Distribution d) {
        return d.receipts().stream().map(RewardNotice::receipt).collect(Collectors.joining("；"));
    }

    private static String receipt(DistributedReceipt r) {
        return I18n.t("rewardExport.notice.receiptText", Money.format(r.amount()), r.receivedOn().toString());
    }

    static String percent(BigDecimal fraction) {
        return fraction == null ? "" : new PrintableSheet.Fraction(fraction).toString();
    }
}
