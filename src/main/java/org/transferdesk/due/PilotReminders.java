package org.transferdesk.due;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.transferdesk.common.I18n;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.deal.Deal;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotRules;
import org.transferdesk.pilot.PilotDeadline;
import org.transferdesk.pilot.PilotObjection;
import org.transferdesk.pilot.PilotStep;

/**
 * The pilot cases' deadlines: the agreement's conversion deadline and the recovery flag once it passed
 * (R-PILOT-DEADLINE), a running grant publicity's last day and its objections still open (R-PILOT-FLOW).
 */
public final class PilotReminders {
    private PilotReminders() {
    }

    /**
     * {@code signedDeals} are the deals (signed ones count) whose results the cases belong to: a deal signed
     * on the result since the agreement ends the deadline watch (R-PILOT-DEADLINE).
     */
    public static List<DueItem> of(List<PilotCase> cases, List<Deal> deals, LocalDate today, PilotRules rules) {
        return of(cases, c -> PilotDeadline.of(c, today, rules, dealSince(c, deals)));
    }

    private static boolean dealSince(PilotCase c, List<Deal> deals) {
        LocalDate agreed = c.dateOf(PilotStep.AGREEMENT).orElse(null);
        return agreed != null && deals.stream().anyMatch(d -> d.status().isSigned() && d.signedOn() != null
                && !d.signedOn().isBefore(agreed)
                && d.results().stream().anyMatch(r -> r.disclosureId() == c.disclosureId()));
    }

    public static List<DueItem> of(List<PilotCase> cases, Function<PilotCase, Optional<PilotDeadline>> deadlines) {
        List<DueItem> items = new ArrayList<>();
        for (PilotCase c : cases) {
            RecordRef ref = new RecordRef(RecordType.PILOT, c.id(), c.caseNo() + " " + c.resultTitle());
            // Recovery gets its own key: marking the earlier "convert in time" reminder done must not hide it.
            deadlines.apply(c).ifPresent(d -> items.add(new DueItem((d.recovery() ? "PILOT_RECOVERY:" : "PILOT_DEADLINE:")
                    + c.id() + ":" + d.convertBy(),
                    DueKind.PILOT_DEADLINE, "R-PILOT-DEADLINE", d.convertBy(), ref,
                    d.recovery() ? I18n.t("due.action.pilotRecovery") : I18n.t("due.action.pilotConvert"), null,
                    I18n.t("due.detail.pilotDeadline", c.resultNo(), d.convertBy()),
                    // R-PILOT-DEADLINE: not converted by then, the grant is recovered
                    Stakes.lostAfter(d.convertBy()))));
            if (c.currentStep() == PilotStep.PUBLICITY) {
                c.step(PilotStep.PUBLICITY).filter(s -> s.endsOn() != null).ifPresent(s -> items.add(new DueItem(
                        "PUBLICITY:PILOT:" + c.id() + ":" + s.endsOn(), DueKind.PUBLICITY_END, "R-PILOT-FLOW",
                        s.endsOn(), ref, I18n.t("due.action.pilotPublicity"), null,
                        I18n.t("due.detail.publicity", s.doneOn(), s.endsOn()))));
            }
            boolean ended = c.currentStep() != null && c.currentStep().ends();
            if (!ended) {
                for (PilotObjection o : c.objections()) {
                    if (o.isOpen()) {
                        items.add(DealReminders.objection("PILOT:" + o.id(), "R-PILOT-FLOW", o.receivedOn(),
                                o.raisedBy(), ref));
                    }
                }
            }
        }
        return items;
    }

}
