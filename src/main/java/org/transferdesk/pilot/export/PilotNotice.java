package org.transferdesk.pilot.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.common.Percent;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotOwner;
import org.transferdesk.export.print.PrintableSheet;

/**
 * The grant publicity notice (赋权公示, 国科发区〔2020〕128号) of one case, portrait A4: the result and its IP,
 * the model with the unit's and the team's shares (or the term of use and its fee), the team members with
 * their part of the team and, for an ownership grant, of the whole result, the representative, the
 * conversion plan, the publicity period and place, where objections go, and the unit's signature. Pure.
 */
public final class PilotNotice {
    private static final String NONE = "—";

    private PilotNotice() {
    }

    /** What the notice says besides the case itself. */
    public record Context(String unitName, List<IpAsset> ipAssets, LocalDate from, LocalDate to, String place,
                          String objectionContact) {
    }

    public static PrintableSheet build(PilotCase c, Context x) {
        boolean ownership = c.model() == PilotModel.OWNERSHIP;
        String contact = blank(x.objectionContact()) ? I18n.t("rewardExport.notice.defaultContact")
                : x.objectionContact().strip();
        String period = I18n.t("pilotExport.notice.periodText", x.from().toString(), x.to().toString());
        List<PrintableSheet.Fact> facts = new ArrayList<>();
        facts.add(fact(I18n.t("pilotExport.notice.unit"), x.unitName()));
        facts.add(fact(I18n.t("pilotExport.notice.caseNo"), c.caseNo()));
        facts.add(fact(I18n.t("pilotExport.notice.resultNo"), c.resultNo()));
        facts.add(fact(I18n.t("pilotExport.notice.resultName"), c.resultTitle()));
        facts.add(fact(I18n.t("pilotExport.notice.resultType"), c.resultType() == null ? NONE : c.resultType().label()));
        facts.add(fact(I18n.t("pilotExport.notice.ip"), ipText(x.ipAssets())));
        facts.add(fact(I18n.t("pilotExport.notice.department"), c.department()));
        facts.add(fact(I18n.t("pilotExport.notice.model"), c.model().label()));
        if (ownership) {
            facts.add(fact(I18n.t("pilotExport.notice.shares"), I18n.t("pilotExport.notice.sharesText",
                    text(c.unitShare()), text(c.teamShare()))));
        } else {
            facts.add(fact(I18n.t("pilotExport.notice.term"), termText(c.useYears(), c.renewalYears())));
            facts.add(fact(I18n.t("pilotExport.notice.fee"), c.useFee() == null ? NONE
                    : I18n.t("pilotExport.notice.feeText", Money.format(c.useFee()))));
        }
        facts.add(fact(I18n.t("pilotExport.notice.representative"), representative(c)));
        facts.add(fact(I18n.t("pilotExport.notice.plan"), c.conversionPlan()));
        facts.add(fact(I18n.t("pilotExport.notice.period"), period));
        facts.add(fact(I18n.t("pilotExport.notice.place"), blank(x.place()) ? I18n.t("pilotExport.notice.defaultPlace")
                : x.place().strip()));
        facts.add(fact(I18n.t("pilotExport.notice.objections"), contact));

        List<PrintableSheet.Column> columns = new ArrayList<>(List.of(
                column(I18n.t("pilotExport.col.no"), 6), column(I18n.t("pilotExport.col.name"), 14), column(I18n.t("pilotExport.col.staffNo"), 14),
                column(I18n.t("pilotExport.col.teamPart"), 16)));
        if (ownership) {
            columns.add(column(I18n.t("pilotExport.col.wholePart"), 16));
        }
        columns.add(column(I18n.t("pilotExport.col.remark"), ownership ? 22 : 38));
        List<List<Object>> rows = new ArrayList<>();
        int no = 1;
        for (PilotOwner o : c.owners()) {
            List<Object> row = new ArrayList<>();
            row.add(no++);
            row.add(o.name());
            row.add(o.staffNo());
            row.add(new PrintableSheet.Fraction(o.share().fraction()));
            if (ownership) {
                row.add(new PrintableSheet.Fraction(ofWhole(c, o)));
            }
            row.add(Long.valueOf(o.personId()).equals(c.representativeId())
                    ? I18n.t("pilotExport.notice.isRepresentative") : "");
            rows.add(row);
        }
        List<Object> totals = new ArrayList<>();
        totals.add(null);
        totals.add(I18n.t("pilotExport.total"));
        totals.add(null);
        totals.add(new PrintableSheet.Fraction(BigDecimal.ONE));
        if (ownership) {
            totals.add(new PrintableSheet.Fraction(c.teamShare().fraction()));
        }
        totals.add(null);
        List<String> intro = List.of(I18n.t(ownership ? "pilotExport.notice.introOwnership" : "pilotExport.notice.introUse",
                x.unitName()));
        List<String> closing = List.of(I18n.t("pilotExport.notice.closing", x.to().toString(), contact),
                I18n.t("pilotExport.notice.basis"));
        List<String> signature = List.of(I18n.t("pilotExport.notice.signature", x.unitName()), date(x.from()));
        return new PrintableSheet(I18n.t("pilotExport.notice.sheet"),
                I18n.t(ownership ? "pilotExport.notice.titleOwnership" : "pilotExport.notice.titleUse"), intro, facts,
                columns, rows, totals, closing, false, signature);
    }

    /** The member's share of the whole result: the team's share × the member's part of the team. */
    static BigDecimal ofWhole(PilotCase c, PilotOwner o) {
        return c.teamShare().fraction().multiply(o.share().fraction()).setScale(Percent.FRACTION_SCALE, RoundingMode.HALF_UP);
    }

    static String representative(PilotCase c) {
        return c.owners().stream().filter(o -> Long.valueOf(o.personId()).equals(c.representativeId()))
                .map(PilotOwner::name).findFirst().orElse(NONE);
    }

    static String termText(Integer years, Integer renewals) {
        if (years == null) {
            return NONE;
        }
        return renewals == null || renewals == 0 ? I18n.t("pilotExport.termText", String.valueOf(years))
                : I18n.t("pilotExport.termRenewText", String.valueOf(years), String.valueOf(renewals),
                String.valueOf(years + renewals));
    }

    static String text(Percent p) {
        return p == null ? NONE : new PrintableSheet.Fraction(p.fraction()).toString();
    }

    private static String ipText(List<IpAsset> assets) {
        List<String> parts = new ArrayList<>();
        for (IpAsset a : assets) {
            String no = blank(a.applicationNo()) ? NONE : a.applicationNo().strip();
            parts.add(a.type() == null ? no : a.type().label() + " " + no);
        }
        return parts.isEmpty() ? NONE : String.join("；", parts);
    }

    private static String date(LocalDate d) {
        return I18n.t("pilotExport.notice.date", String.valueOf(d.getYear()), String.valueOf(d.getMonthValue()),
                String.valueOf(d.getDayOfMonth()), d.toString());
    }

    private static PrintableSheet.Fact fact(String label, String value) {
        return new PrintableSheet.Fact(label, blank(value) ? NONE : value);
    }

    private static PrintableSheet.Column column(String header, double width) {
        return new PrintableSheet.Column(header, width);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
