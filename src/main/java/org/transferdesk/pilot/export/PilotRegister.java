package org.transferdesk.pilot.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotDeadline;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotOwner;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.pilot.StepRecord;
import org.transferdesk.export.print.PrintableSheet;

/**
 * The case register (赋权台账) pilot units hand to the provincial science department, A4 landscape: one row
 * per case with the result, the model and its shares or term, the team, the dates of the main steps, the
 * current step, the conversion deadline's state (R-PILOT-DEADLINE) and whether the result has been
 * converted (deals signed since the agreement and what they have received). Pure.
 */
public final class PilotRegister {
    private static final String NONE = "—";

    /** One case with its deadline today (none to watch: null) and the deals since its agreement (none: null). */
    public record Entry(PilotCase pilotCase, PilotDeadline deadline, PilotIncome.Deals deals) {
    }

    private PilotRegister() {
    }

    public static PrintableSheet build(String unitName, LocalDate today, List<Entry> entries) {
        List<PrintableSheet.Column> columns = List.of(
                new PrintableSheet.Column(I18n.t("pilotExport.col.no"), 4.5),
                new PrintableSheet.Column(I18n.t("pilotExport.col.caseNo"), 11.5),
                new PrintableSheet.Column(I18n.t("pilotExport.col.resultNo"), 11.5),
                new PrintableSheet.Column(I18n.t("pilotExport.col.resultName"), 18),
                new PrintableSheet.Column(I18n.t("pilotExport.col.resultType"), 10),
                new PrintableSheet.Column(I18n.t("pilotExport.col.department"), 10),
                new PrintableSheet.Column(I18n.t("pilotExport.col.model"), 12),
                new PrintableSheet.Column(I18n.t("pilotExport.col.unitShare"), 7),
                new PrintableSheet.Column(I18n.t("pilotExport.col.teamShare"), 7),
                new PrintableSheet.Column(I18n.t("pilotExport.col.useTerm"), 11),
                new PrintableSheet.Column(I18n.t("pilotExport.col.useFee"), 11),
                new PrintableSheet.Column(I18n.t("pilotExport.col.representative"), 9),
                new PrintableSheet.Column(I18n.t("pilotExport.col.members"), 30),
                new PrintableSheet.Column(I18n.t("pilotExport.col.appliedOn"), 11),
                new PrintableSheet.Column(I18n.t("pilotExport.col.publicity"), 12),
                new PrintableSheet.Column(I18n.t("pilotExport.col.approvedOn"), 11),
                new PrintableSheet.Column(I18n.t("pilotExport.col.agreedOn"), 11),
                new PrintableSheet.Column(I18n.t("pilotExport.col.registeredOn"), 11),
                new PrintableSheet.Column(I18n.t("pilotExport.col.convertBy"), 11),
                new PrintableSheet.Column(I18n.t("pilotExport.col.step"), 12),
                new PrintableSheet.Column(I18n.t("pilotExport.col.stepOn"), 11),
                new PrintableSheet.Column(I18n.t("pilotExport.col.deadline"), 11),
                new PrintableSheet.Column(I18n.t("pilotExport.col.converted"), 16));
        List<List<Object>> rows = new ArrayList<>();
        int no = 1;
        int ownership = 0;
        int overdue = 0;
        for (Entry e : entries) {
            PilotCase c = e.pilotCase();
            boolean owned = c.model() == PilotModel.OWNERSHIP;
            ownership += owned ? 1 : 0;
            overdue += e.deadline() != null && e.deadline().recovery() ? 1 : 0;
            List<Object> row = new ArrayList<>();
            row.add(no++);
            row.add(c.caseNo());
            row.add(c.resultNo());
            row.add(c.resultTitle());
            row.add(c.resultType() == null ? NONE : c.resultType().label());
            row.add(c.department() == null ? NONE : c.department());
            row.add(c.model() == null ? NONE : c.model().label());
            row.add(owned && c.unitShare() != null ? new PrintableSheet.Fraction(c.unitShare().fraction()) : NONE);
            row.add(owned && c.teamShare() != null ? new PrintableSheet.Fraction(c.teamShare().fraction()) : NONE);
            row.add(owned ? NONE : PilotNotice.termText(c.useYears(), c.renewalYears()));
            row.add(owned || c.useFee() == null ? NONE : c.useFee());
            row.add(PilotNotice.representative(c));
            row.add(members(c));
            row.add(date(c, PilotStep.APPLICATION));
            row.add(publicity(c));
            row.add(date(c, PilotStep.APPROVAL));
            row.add(date(c, PilotStep.AGREEMENT));
            row.add(owned ? date(c, PilotStep.REGISTERED) : NONE);
            row.add(c.terms().convertBy() == null ? NONE : c.terms().convertBy());
            row.add(c.currentStep() == null ? I18n.t("pilotExport.register.noStep") : c.currentStep().label());
            row.add(c.last().map(StepRecord::doneOn).map(Object.class::cast).orElse(NONE));
            row.add(deadline(e.deadline()));
            row.add(converted(c, e.deals()));
            rows.add(row);
        }
        String intro = I18n.t("pilotExport.register.intro", unitName, today.toString());
        String count = I18n.t("pilotExport.register.count", String.valueOf(entries.size()), String.valueOf(ownership),
                String.valueOf(entries.size() - ownership), String.valueOf(overdue));
        return new PrintableSheet(I18n.t("pilotExport.register.sheet"), I18n.t("pilotExport.register.title"),
                List.of(intro), List.of(), columns, rows, null, List.of(count), true);
    }

    /** 还剩 N 天 / 逾期应收回 / — (nothing to watch: no agreement yet, converted, or ended). */
    static String deadline(PilotDeadline d) {
        if (d == null) {
            return NONE;
        }
        return d.recovery() ? I18n.t("pilotExport.deadline.overdue")
                : I18n.t("pilotExport.deadline.left", String.valueOf(d.daysLeft()));
    }

    static String converted(PilotCase c, PilotIncome.Deals deals) {
        if (deals != null && deals.count() > 0) {
            return I18n.t("pilotExport.converted.deals", String.valueOf(deals.count()), Money.format(deals.received()));
        }
        return I18n.t(c.reached(PilotStep.CONVERTED) ? "pilotExport.converted.yes" : "pilotExport.converted.no");
    }

    private static String members(PilotCase c) {
        List<String> parts = new ArrayList<>();
        for (PilotOwner o : c.owners()) {
            String part = PilotNotice.text(o.share());
            parts.add(c.model() == PilotModel.OWNERSHIP && c.teamShare() != null
                    ? I18n.t("pilotExport.register.memberWhole", o.name(), part,
                    new PrintableSheet.Fraction(PilotNotice.ofWhole(c, o)).toString())
                    : I18n.t("pilotExport.register.member", o.name(), part));
        }
        return String.join("\n", parts);
    }

    private static String publicity(PilotCase c) {
        return c.step(PilotStep.PUBLICITY).filter(s -> s.doneOn() != null)
                .map(s -> I18n.t("pilotExport.register.publicityText", s.doneOn().toString(),
                        s.endsOn() == null ? "" : s.endsOn().toString()))
                .orElse(NONE);
    }

    private static Object date(PilotCase c, PilotStep step) {
        return c.dateOf(step).map(Object.class::cast).orElse(NONE);
    }
}
