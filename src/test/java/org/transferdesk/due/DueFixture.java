package org.transferdesk.due;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.transferdesk.TestDatabase;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Deal;
import org.transferdesk.due.persistence.DueRepository;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotDeadline;
import org.transferdesk.pilot.PilotRules;
import org.transferdesk.reward.Distribution;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;

/**
 * A real {@link DueService} over a fresh test database whose records come from lists the test fills; the
 * reminders start on 2000-01-01 so old test dates are not cut off by {@code due.remindFrom}.
 */
public final class DueFixture implements DueSources, AutoCloseable {
    public final Database db = TestDatabase.fresh();
    public final OfficeSettings office = new OfficeSettings(new PolicySettingRepository(db.dsl()));
    public final List<Deal> deals = new ArrayList<>();
    public final List<Distribution> distributions = new ArrayList<>();
    public final List<PilotCase> pilotCases = new ArrayList<>();
    private Clock clock = TestDatabase.CLOCK;
    public final DueService service = new DueService(new DueRepository(db.dsl()),
            new org.transferdesk.due.persistence.FeePaymentRepository(db.dsl()), this, office, new Clock() {
        @Override
        public ZoneId getZone() {
            return clock.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return clock.withZone(zone);
        }

        @Override
        public java.time.Instant instant() {
            return clock.instant();
        }
    });

    public DueFixture() {
        office.set(DueService.REMIND_FROM, LocalDate.of(2000, 1, 1), "2000-01-01");
    }

    /** Moves the service's today (the time of day stays 10:00 in Shanghai). */
    public void today(LocalDate day) {
        clock = Clock.fixed(day.atTime(10, 0).atZone(TestDatabase.CLOCK.getZone()).toInstant(),
                TestDatabase.CLOCK.getZone());
    }

    @Override
    public List<Deal> deals() {
        return deals;
    }

    @Override
    public List<Distribution> distributions() {
        return distributions;
    }

    @Override
    public List<PilotCase> pilotCases() {
        return pilotCases;
    }

    public final List<org.transferdesk.deal.ObligationRow> obligations = new ArrayList<>();
    public final List<org.transferdesk.people.EpisodeRow> episodes = new ArrayList<>();
    public final List<PatentRow> patents = new ArrayList<>();
    /** Issue 25: the contact logs' open next steps. */
    public final List<FollowUp> followUps = new ArrayList<>();

    @Override
    public List<FollowUp> followUps() {
        return followUps;
    }

    public final List<NeedDeadline> needDeadlines = new ArrayList<>();

    @Override
    public List<NeedDeadline> needDeadlines() {
        return needDeadlines;
    }

    @Override
    public List<org.transferdesk.deal.ObligationRow> obligations() {
        return obligations;
    }

    @Override
    public List<org.transferdesk.people.EpisodeRow> episodes() {
        return episodes;
    }

    @Override
    public List<PatentRow> patents() {
        return patents;
    }

    @Override
    public org.transferdesk.fees.FeeRules feeRules() {
        return org.transferdesk.fees.FeeSettings.STATUTORY;
    }

    @Override
    public PilotRules pilotRules(LocalDate date) {
        return PilotRules.DEFAULT;
    }

    /** The work calendar the service sees (none by default: every year lacks arrangements). */
    public org.transferdesk.calendar.WorkCalendar calendar = org.transferdesk.calendar.WorkCalendar.weekendsOnly();

    @Override
    public org.transferdesk.calendar.WorkCalendar workCalendar() {
        return calendar;
    }

    @Override
    public void close() {
        db.close();
    }
}
