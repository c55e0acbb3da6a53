package org.transferdesk.due;

import java.time.LocalDate;
import java.util.List;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.ObligationRow;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotRules;
import org.transferdesk.reward.Distribution;

/** The records the deadlines are derived from; the composition root reads them through the feature services. */
public interface DueSources {
    List<Deal> deals();

    List<Distribution> distributions();

    /** R-TAX58's first condition, the unit profile's setting (a non-profit unit unless set otherwise). */
    default boolean nonProfitUnit() {
        return true;
    }

    /** The obligations (reports, milestones) of deals still running. */
    List<ObligationRow> obligations();

    List<PilotCase> pilotCases();

    /** People's side jobs and leave to found companies. */
    List<org.transferdesk.people.EpisodeRow> episodes();

    /** Patents granted and in force, with the fee years recorded as paid. */
    List<PatentRow> patents();

    /** The fee schedule and reductions (R-PAT-FEE), read once for a listing. */
    org.transferdesk.fees.FeeRules feeRules();

    /** The pilot rules (reminder levels) in force on a date. */
    PilotRules pilotRules(LocalDate date);

    /**
     * The office's work calendar. Without one every year counts as lacking arrangements, so the due list
     * warns rather than trusting weekends-only working days.
     */
    default org.transferdesk.calendar.WorkCalendar workCalendar() {
        return org.transferdesk.calendar.WorkCalendar.weekendsOnly();
    }
}
