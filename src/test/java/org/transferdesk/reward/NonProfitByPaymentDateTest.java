package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.calendar.WorkCalendar;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.persistence.DepartmentRepository;
import org.transferdesk.people.persistence.PersonEpisodeRepository;
import org.transferdesk.people.persistence.PersonRepository;
import org.transferdesk.reward.persistence.DistributionRepository;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;
import org.junit.jupiter.api.Tag;

/**
 * R-TAX58 condition 1 by payment date, wired as the application wires it (the dated setting read afresh per
 * task): the unit turns for-profit on 2025-07-01; E1's licence receipt of 2024-06-20 is distributed and paid
 * to A on 2025-06-30 and to B on 2025-07-01.
 */
@Tag(TestDatabase.TAG)
class NonProfitByPaymentDateTest {
    private static final LocalDate CHANGE = LocalDate.of(2025, 7, 1);
    private final Database db = TestDatabase.fresh();
    private final RewardPolicyService policies =
            new RewardPolicyService(new OfficeSettings(new PolicySettingRepository(db.dsl())), TestDatabase.CLOCK);
    private final Deal deal = new RewardFixture(db.dsl()).e1Team(LeaderRole.NONE).e1Licence("E1", true);

    @AfterEach
    void close() {
        db.close();
    }

    private DistributionService service(Clock clock) {
        AuditRepository audit = new AuditRepository(db.dsl());
        DisclosureService disclosures = new DisclosureService(new DisclosureRepository(db.dsl()), audit, clock);
        PeopleService people = new PeopleService(new PersonRepository(db.dsl()), new DepartmentRepository(db.dsl()),
                new PersonEpisodeRepository(db.dsl()), audit, clock);
        return new DistributionService(new DistributionRepository(db.dsl()), new DealRepository(db.dsl()), disclosures,
                people, date -> RewardPolicy.Preset.BEIJING.policy(), WorkCalendar::weekendsOnly,
                policies::nonProfitStatus, ResultOwnership.UNIVERSITY_OWNED, audit, clock);
    }

    private void unitFrom(LocalDate from, boolean nonProfit) {
        policies.setUnitProfile(from, new UnitProfile("示例大学", "", nonProfit));
    }

    private static boolean nonProfitFailed(LineTax tax) {
        return tax.eligibility().failed().contains(Tax58.Condition.NON_PROFIT_UNIT);
    }

    private Distribution paidAcrossTheChange(DistributionService service) {
        Distribution d = service.saveDraft(service.proposeCash(deal.id(), List.of(deal.receipts().get(0).id()))
                .distribution());
        LocalDate from = LocalDate.of(2025, 5, 6);
        service.publicise(d.id(), from, service.earliestPublicityEnd(from), "科奖公示〔2025〕3号");
        service.approve(d.id(), LocalDate.of(2025, 6, 20), "校长办公会");
        service.pay(d.id(), Set.of(0), CHANGE.minusDays(1), "GZ-2025-06");
        return service.pay(d.id(), Set.of(1), CHANGE, "GZ-2025-07");
    }

    @Test
    void paymentsAreJudgedByTheirOwnDay_andAChangeOfTheSettingNeedsNoRestart() {
        unitFrom(LocalDate.of(2018, 1, 1), true);
        DistributionService service = service(TestDatabase.CLOCK);
        Distribution paid = paidAcrossTheChange(service);

        List<LineTax> before = service.taxes(paid);
        assertThat(before.get(0).eligibility().eligible()).isTrue();
        assertThat(before.get(1).eligibility().eligible()).isTrue();

        // recorded later, in the running application: the same service sees it on its next task
        unitFrom(CHANGE, false);

        List<LineTax> after = service.taxes(paid);
        assertThat(after.get(0).eligibility().eligible()).isTrue();
        // E3: A's 520,072.00 under the Beijing rate, half of it exempt
        assertThat(after.get(0).eligibility().exemptPart()).isEqualByComparingTo("260036.00");
        assertThat(after.get(0).filingDue()).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(nonProfitFailed(after.get(1))).isTrue();
        assertThat(after.get(1).filingDue()).isNull();
        assertThat(service.inspect(paid).taxes()).isEqualTo(after);
        assertThat(service.inspectAll(null)).singleElement()
                .satisfies(i -> assertThat(i.inspection().taxes()).isEqualTo(after));
    }

    @ParameterizedTest(name = "not paid yet, today {0} → non-profit condition failed: {1}")
    @CsvSource(textBlock = """
            2025-06-30, false
            2025-07-01, true
            """)
    void anUnpaidLine_isJudgedByTodaysStatus(LocalDate today, boolean failed) {
        unitFrom(LocalDate.of(2018, 1, 1), true);
        unitFrom(CHANGE, false);
        DistributionService service = service(TestDatabase.clockOn(today));

        Distribution draft = service.proposeCash(deal.id(), List.of(deal.receipts().get(0).id())).distribution();

        assertThat(service.taxes(draft)).allSatisfy(t -> assertThat(nonProfitFailed(t)).isEqualTo(failed));
    }
}
