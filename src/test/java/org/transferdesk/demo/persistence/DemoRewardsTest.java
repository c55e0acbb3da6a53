package org.transferdesk.demo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.Database;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.persistence.DealListQuery;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.demo.DemoService;
import org.transferdesk.demo.DemoSummary;
import org.transferdesk.reward.DistributedReceipt;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.DistributionStatus;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.reward.Workflow;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;
import org.transferdesk.reward.RewardServices;
import org.junit.jupiter.api.Tag;

/** The demo's reward distributions: every status, dates in order, none in the future, the same for the same seed. */
@Tag(TestDatabase.TAG)
class DemoRewardsTest {
    private static final LocalDate TODAY = LocalDate.now(TestDatabase.CLOCK);

    private final List<Database> opened = new ArrayList<>();

    @AfterEach
    void tearDown() {
        opened.forEach(Database::close);
    }

    private record Filled(DemoSummary summary, DistributionService rewards) {
    }

    private Filled fill(ProgressSink progress) {
        Database db = TestDatabase.fresh();
        opened.add(db);
        DistributionService rewards = new RewardServices(db, RewardPolicy.Preset.NATIONAL.policy()).distributions;
        DealService deals = new DealService(new DealRepository(db.dsl()), new DealListQuery(db.dsl()),
                new AuditRepository(db.dsl()),
                new OfficeSettings(new PolicySettingRepository(db.dsl())), TestDatabase.CLOCK);
        DemoService demo = new DemoService(new DemoWriter(db.dsl()), TestDatabase.CLOCK, deals, rewards);
        return new Filled(demo.fill(DemoService.DEFAULT_PEOPLE, DemoService.DEFAULT_RESULTS, progress), rewards);
    }

    @Test
    void defaultDemo_showsEveryStatus_withDatesInOrder_andIsTheSameForTheSameSeed() {
        Filled filled = fill(ProgressSink.NONE);
        DemoSummary.Rewards made = filled.summary().rewards();
        List<Distribution> all = filled.rewards().list(null);

        assertThat(all).hasSize(made.total());
        assertThat(all).extracting(Distribution::status).contains(DistributionStatus.values());
        assertThat(made.refused()).isPositive();
        assertThat(made.draft()).isPositive();
        assertThat(made.publicising()).isPositive();
        assertThat(made.approved()).isPositive();
        assertThat(made.paid()).isGreaterThan(made.total() / 2);
        assertThat(made.revoked()).isPositive();
        for (Distribution d : all) {
            Workflow w = d.workflow();
            LocalDate basis = d.receipts().stream().map(DistributedReceipt::receivedOn).max(LocalDate::compareTo)
                    .orElse(d.basisDate());
            assertThat(basis).isBeforeOrEqualTo(TODAY);
            if (w.publicityFrom() != null) {
                assertThat(w.publicityFrom()).isAfter(basis).isBeforeOrEqualTo(TODAY);
                assertThat(w.publicityTo()).isAfterOrEqualTo(filled.rewards().earliestPublicityEnd(w.publicityFrom()));
            }
            if (d.status() == DistributionStatus.PUBLICISING) {
                assertThat(w.publicityTo()).isAfter(TODAY);
            }
            if (w.approvedOn() != null) {
                assertThat(w.approvedOn()).isAfter(w.publicityTo()).isBeforeOrEqualTo(TODAY);
            }
            if (w.revokedOn() != null) {
                assertThat(w.revokedOn()).isAfterOrEqualTo(w.publicityFrom()).isBeforeOrEqualTo(TODAY);
            }
            if (d.status() == DistributionStatus.PAID) {
                assertThat(d.lines()).filteredOn(l -> l.amount().signum() > 0 && !l.waived()).allSatisfy(l -> {
                    assertThat(l.paidOn()).isAfter(w.approvedOn()).isBeforeOrEqualTo(TODAY);
                    assertThat(l.payrollRef()).isNotBlank();
                });
            } else {
                assertThat(d.lines()).noneMatch(DistributionLine::isPaid);
            }
        }

        assertThat(fill(ProgressSink.NONE).summary()).isEqualTo(filled.summary());
    }

    @Test
    void cancelWhileDistributing_keepsTheDemoAndStops() {
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressSink cancelOnRewards = new ProgressSink() {
            @Override
            public void progress(long done, long total, String message) {
                if (message.equals(org.transferdesk.common.I18n.t("demo.progress.rewards")) && done >= 3) {
                    cancelled.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        Filled filled = fill(cancelOnRewards);
        assertThat(filled.summary().deals()).isPositive();
        assertThat(filled.summary().rewards().total()).isLessThan(10);
        assertThat(filled.rewards().list(null)).hasSize(filled.summary().rewards().total());
    }
}
