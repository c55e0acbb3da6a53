package org.transferdesk.demo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.Database;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.persistence.DealListQuery;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.demo.DemoService;
import org.transferdesk.demo.DemoSummary;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotCaseSummary;
import org.transferdesk.pilot.PilotFixture;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotObjection;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.pilot.ResultDeals;
import org.transferdesk.pilot.StepRecord;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;
import org.transferdesk.reward.RewardServices;
import org.junit.jupiter.api.Tag;

/** The demo's pilot cases: every step of the ownership path, both models, deadlines to watch, dates in the past. */
@Tag(TestDatabase.TAG)
class DemoPilotsTest {
    private static final LocalDate TODAY = LocalDate.now(TestDatabase.CLOCK);

    @TempDir
    Path dataRoot;

    @Test
    void defaultDemo_hasCasesAtEveryStepOfTheOwnershipPath_andBothModels() {
        try (Database db = TestDatabase.fresh()) {
            AuditRepository audit = new AuditRepository(db.dsl());
            RewardServices services = new RewardServices(db, RewardPolicy.Preset.NATIONAL.policy());
            DisclosureService disclosures = services.disclosures;
            DistributionService rewards = services.distributions;
            DealService deals = new DealService(new DealRepository(db.dsl()), new DealListQuery(db.dsl()), audit,
                    new OfficeSettings(new PolicySettingRepository(db.dsl())), TestDatabase.CLOCK);
            PilotService pilots = new PilotFixture(db, dataRoot, ResultDeals.NONE).service;
            DemoService demo = new DemoService(new DemoWriter(db.dsl()), TestDatabase.CLOCK, deals, rewards, pilots,
                    disclosures);

            DemoSummary summary = demo.fill(DemoService.DEFAULT_PEOPLE, DemoService.DEFAULT_RESULTS, ProgressSink.NONE);

            List<PilotCase> all = pilots.all();
            assertThat(all).hasSize(summary.pilotCases()).hasSizeGreaterThanOrEqualTo(14);
            Set<PilotStep> ownershipSteps = all.stream().filter(c -> c.model() == PilotModel.OWNERSHIP)
                    .map(PilotCase::currentStep).collect(Collectors.toCollection(() -> EnumSet.noneOf(PilotStep.class)));
            assertThat(ownershipSteps).containsAll(PilotStep.path(PilotModel.OWNERSHIP))
                    .contains(PilotStep.CONVERTED, PilotStep.RECOVERED, PilotStep.EXPIRED, PilotStep.REJECTED);
            List<PilotCase> use = all.stream().filter(c -> c.model() == PilotModel.LONG_TERM_USE).toList();
            assertThat(use).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(c -> assertThat(c.useYears()).isEqualTo(10))
                    .allSatisfy(c -> assertThat(c.useFee()).isPositive());
            assertThat(use).extracting(PilotCase::currentStep).contains(PilotStep.AGREEMENT, PilotStep.CONVERTING);
            assertThat(all).flatExtracting(PilotCase::steps).extracting(StepRecord::doneOn)
                    .allSatisfy(d -> assertThat(d).isNotNull().isBeforeOrEqualTo(TODAY));
            assertThat(all).flatExtracting(PilotCase::objections).extracting(PilotObjection::isOpen)
                    .contains(true, false);
            assertThat(all.stream().map(PilotCase::disclosureId).distinct()).hasSize(all.size());

            List<PilotCaseSummary> rows = pilots.list();
            assertThat(rows).extracting(PilotCaseSummary::deadline).filteredOn(Objects::nonNull)
                    .anySatisfy(d -> assertThat(d.recovery()).isTrue())
                    .anySatisfy(d -> assertThat(d.daysLeft()).isBetween(0L, 30L));
            assertThat(rows).filteredOn(PilotCaseSummary::coOwned).isNotEmpty();
        }
    }
}
