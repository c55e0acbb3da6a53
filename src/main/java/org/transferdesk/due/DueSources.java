package org.transferdesk.due;

import java.time.LocalDate;
import java.util.List;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.ObligationRow;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotRules;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.NonProfitStatus;

/** The records the deadlines are derived from; the composition root reads them through the feature services. */
public interface DueSources {
    List<Deal> deals();

    List<Distribution> distributions();

    /**
     * R-TAX58's first condition, the unit profile's dated setting (a non-profit unit unless set otherwise),
     * judged on each payment's day.
     */
    default NonProfitStatus nonProfitStatus() {
        return NonProfitStatus.always(true);
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

    // The one-record reads below keep the incremental due list (DueService.changed) in proportion to what
    // changed; the defaults filter the full reads, so a source that has only those stays correct.

    /** The deal with this id as saved now; empty once deleted. */
    default java.util.Optional<Deal> deal(long id) {
        return deals().stream().filter(d -> d.id() != null && d.id() == id).findFirst();
    }

    /** The distribution with this id as saved now; empty once deleted. */
    default java.util.Optional<Distribution> distribution(long id) {
        return distributions().stream().filter(d -> d.id() != null && d.id() == id).findFirst();
    }

    /** A deal's distributions (they carry the deal's contract number and title). */
    default List<Distribution> distributionsOfDeal(long dealId) {
        return distributions().stream().filter(d -> d.dealId() != null && d.dealId() == dealId).toList();
    }

    /** The open obligations of one deal (none once it is terminated or completed). */
    default List<ObligationRow> obligationsOfDeal(long dealId) {
        return obligations().stream().filter(o -> o.dealId() == dealId).toList();
    }

    default java.util.Optional<PilotCase> pilotCase(long id) {
        return pilotCases().stream().filter(c -> c.id() != null && c.id() == id).findFirst();
    }

    default List<PilotCase> pilotCasesOfResult(long disclosureId) {
        return pilotCases().stream().filter(c -> c.disclosureId() == disclosureId).toList();
    }

    default List<org.transferdesk.people.EpisodeRow> episodesOf(long personId) {
        return episodes().stream().filter(e -> e.episode().personId() == personId).toList();
    }

    /** The granted patents of one result, as {@link #patents()} lists them. */
    default List<PatentRow> patentsOfResult(long disclosureId) {
        return patents().stream().filter(p -> p.disclosureId() == disclosureId).toList();
    }

    /** The contact logs' open next steps (issue 25); none unless the composition root hands them in. */
    default List<FollowUp> followUps() {
        return List.of();
    }

    /** The open company needs with a deadline (issue 25); none unless the composition root hands them in. */
    default List<NeedDeadline> needDeadlines() {
        return List.of();
    }

    /**
     * The office's work calendar. Without one every year counts as lacking arrangements, so the due list
     * warns rather than trusting weekends-only working days.
     */
    default org.transferdesk.calendar.WorkCalendar workCalendar() {
        return org.transferdesk.calendar.WorkCalendar.weekendsOnly();
    }
}
