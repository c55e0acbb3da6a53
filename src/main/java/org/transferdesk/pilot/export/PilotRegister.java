package org.transferdesk.pilot.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.common.Percent;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotDeadline;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotOwner;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.pilot.StepRecord;
import org.transferdesk.export.print.PrintableSheet;
import org.transferdesk.export.print.SheetColumnList;

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

    private static final SheetColumnList<Entry> TABLE = SheetColumnList.<Entry>numbered("pilotExport.col.no", 4.5)
            .then("pilotExport.col.caseNo", 11.5, e -> e.pilotCase().caseNo())
            .then("pilotExport.col.resultNo", 11.5, e -> e.pilotCase().resultNo())
            .then("pilotExport.col.resultName", 18, e -> e.pilotCase().resultTitle())
            .then("pilotExport.col.resultType", 10, e -> orNone(e.pilotCase().resultType(), ResultType::label))
            .then("pilotExport.col.department", 10, e -> orNone(e.pilotCase().department()))
            .then("pilotExport.col.model", 12, e -> orNone(e.pilotCase().model(), PilotModel::label))
            .then("pilotExport.col.unitShare", 7, e -> ownedShare(e.pilotCase(), e.pilotCase().unitShare()))
            .then("pilotExport.col.teamShare", 7, e -> ownedShare(e.pilotCase(), e.pilotCase().teamShare()))
            .then("pilotExport.col.useTerm", 11, e -> owned(e.pilotCase()) ? NONE
                    : PilotNotice.termText(e.pilotCase().useYears(), e.pilotCase().renewalYears()))
            .then("pilotExport.col.useFee", 11, e -> owned(e.pilotCase()) || e.pilotCase().useFee() == null ? NONE
                    : e.pilotCase().useFee())
            .then("pilotExport.col.representative", 9, e -> PilotNotice.representative(e.pilotCase()))
            .then("pilotExport.col.members", 30, e -> members(e.pilotCase()))
            .then("pilotExport.col.appliedOn", 11, e -> date(e.pilotCase(), PilotStep.APPLICATION))
            .then("pilotExport.col.publicity", 12, e -> publicity(e.pilotCase()))
            .then("pilotExport.col.approvedOn", 11, e -> date(e.pilotCase(), PilotStep.APPROVAL))
            .then("pilotExport.col.agreedOn", 11, e -> date(e.pilotCase(), PilotStep.AGREEMENT))
            .then("pilotExport.col.registeredOn", 11, e -> owned(e.pilotCase())
                    ? date(e.pilotCase(), PilotStep.REGISTERED) : NONE)
            .then("pilotExport.col.convertBy", 11, e -> orNone(e.pilotCase().terms().convertBy()))
            .then("pilotExport.col.step", 12, e -> e.pilotCase().currentStep() == null
                    ? I18n.t("pilotExport.register.noStep") : e.pilotCase().currentStep().label())
            .then("pilotExport.col.stepOn", 11, e -> e.pilotCase().last().map(StepRecord::doneOn)
                    .map(Object.class::cast).orElse(NONE))
            .then("pilotExport.col.deadline", 11, e -> deadline(e.deadline()))
            .then("pilotExport.col.converted", 16, e -> converted(e.pilotCase(), e.deals()));

    private PilotRegister() {
    }

    public static PrintableSheet build(String unitName, LocalDate today, List<Entry> entries) {
        List<List<Object>> rows = TABLE.rows(entries);
        long ownership = entries.stream().filter(e -> owned(e.pilotCase())).count();
        long overdue = entries.stream().filter(e -> e.deadline() != null && e.deadline().recovery()).count();
        String intro = I18n.t("pilotExport.register.intro", unitName, today.toString());
        String count = I18n.t("pilotExport.register.count", String.valueOf(entries.size()), String.valueOf(ownership),
                String.valueOf(entries.size() - ownership), String.valueOf(overdue));
        return new PrintableSheet(I18n.t("pilotExport.register.sheet"), I18n.t("pilotExport.register.title"),
                List.of(intro), List.of(), TABLE.columns(), rows, null, List.of(count), true);
    }

    private static boolean owned(PilotCase c) {
        return c.model() == PilotModel.OWNERSHIP;
    }

    private static Object ownedShare(PilotCase c, Percent share) {
        return owned(c) && share != null ? new PrintableSheet.Fraction(share.fraction()) : NONE;
    }

    private static Object orNone(Object value) {
        return value == null ? NONE : value;
    }

    private static <T> Object orNone(T value, Function<T, ?> shown) {
        return value == null ? NONE : shown.apply(value);
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
