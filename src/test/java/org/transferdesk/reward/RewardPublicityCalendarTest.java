package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.calendar.WorkCalendarService;
import org.transferdesk.calendar.persistence.WorkCalendarRepository;
import org.transferdesk.db.Database;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.persistence.DepartmentRepository;
import org.transferdesk.people.persistence.PersonEpisodeRepository;
import org.transferdesk.people.persistence.PersonRepository;
import org.transferdesk.reward.persistence.DistributionRepository;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;
import org.junit.jupiter.api.Tag;

/** R-PUB-REWARD on the shipped work calendar and the stored policy: E4 and periods across holidays. */
@Tag(TestDatabase.TAG)
class RewardPublicityCalendarTest {
    private Database db;
    private DistributionService service;
    private RewardPolicyService policies;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        AuditRepository audit = new AuditRepository(db.dsl());
        policies = new RewardPolicyService(new OfficeSettings(new PolicySettingRepository(db.dsl())), TestDatabase.CLOCK);
        service = new DistributionService(new DistributionRepository(db.dsl()), new DealRepository(db.dsl()),
                new DisclosureService(new DisclosureRepository(db.dsl()), audit, TestDatabase.CLOCK),
                new PeopleService(new PersonRepository(db.dsl()), new DepartmentRepository(db.dsl()), new PersonEpisodeRepository(db.dsl()), audit,
                        TestDatabase.CLOCK),
                policies, new WorkCalendarService(new WorkCalendarRepository(db.dsl()), audit, TestDatabase.CLOCK),
                () -> true, ResultOwnership.UNIVERSITY_OWNED, audit, TestDatabase.CLOCK);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @ParameterizedTest(name = "{0} + 15 working days → {1}")
    @CsvSource({
        "2024-11-04, 2024-11-25",   // E4: no holidays in between
        "2024-09-27, 2024-10-23",   // across National Day 2024 (10-01..07 off, 09-29 and 10-12 worked)
        "2025-01-20, 2025-02-14",   // across Spring Festival 2025 (01-28..02-04 off, 01-26 and 02-08 worked)
        "2026-04-30, 2026-05-25"    // across Labour Day 2026
    })
    void earliestEnd_countsWorkingDaysOfTheCalendar(LocalDate from, LocalDate expected) {
        assertThat(service.earliestPublicityEnd(from)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "calendar days: {0} + 15 → {1}")
    @CsvSource({"2024-05-06, 2024-05-21"})
    void aPolicyCountingCalendarDays_endsOnTheFifteenthDay(LocalDate from, LocalDate expected) {
        RewardPolicy p = RewardPolicy.Preset.NATIONAL.policy();
        policies.set(LocalDate.of(2024, 1, 1), new RewardPolicy(p.jurisdiction(), p.transferLicenseRate(),
                p.equityRate(), p.selfRate(), p.selfYears(), p.keyContributorMinimum(), p.deductible(), 15,
                RewardPolicy.PublicityCalendar.CALENDAR_DAYS, p.leaderEquity(), p.transferStaffShare(),
                p.inventionBonus(), p.otherPatentBonus()));
        assertThat(service.earliestPublicityEnd(from)).isEqualTo(expected);
    }

    // Beyond the shipped calendar (2020–2026): a publicity reaching 2027 still gets an end date, and with it the
    // year it counted weekends only, so no screen or export shows that date without the warning.
    @ParameterizedTest(name = "{0} → {1}, weekends only in [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-01 | 2026-12-22 | ''
            2026-12-10 | 2026-12-31 | ''
            2026-12-11 | 2027-01-01 | 2027
            2026-12-31 | 2027-01-21 | 2027
            2027-03-01 | 2027-03-22 | 2027
            """)
    void theEnd_comesWithTheYearsCountedWithoutArrangements(LocalDate from, LocalDate end, String gap) {
        PublicityEnd computed = service.publicityEnd(from);
        assertThat(computed.end()).isEqualTo(end);
        assertThat(service.earliestPublicityEnd(from)).isEqualTo(end);
        assertThat(computed.unarrangedYears()).containsExactlyElementsOf(
                gap.isBlank() ? java.util.List.of() : java.util.List.of(Integer.parseInt(gap)));
    }

    @Test
    void aPolicyCountingCalendarDays_needsNoWorkCalendar_soNothingIsWarned() {
        RewardPolicy p = RewardPolicy.Preset.NATIONAL.policy();
        policies.set(LocalDate.of(2026, 1, 1), new RewardPolicy(p.jurisdiction(), p.transferLicenseRate(),
                p.equityRate(), p.selfRate(), p.selfYears(), p.keyContributorMinimum(), p.deductible(), 15,
                RewardPolicy.PublicityCalendar.CALENDAR_DAYS, p.leaderEquity(), p.transferStaffShare(),
                p.inventionBonus(), p.otherPatentBonus()));
        PublicityEnd computed = service.publicityEnd(LocalDate.of(2026, 12, 31));
        assertThat(computed.end()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(computed.unarrangedYears()).isEmpty();
        assertThat(service.publicityCalendarGaps(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 15))).isEmpty();
    }
}
