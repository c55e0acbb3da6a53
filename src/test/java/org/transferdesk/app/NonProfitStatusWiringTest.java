package org.transferdesk.app;

import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.InMemoryAppContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.deal.Deal;
import org.transferdesk.due.DueItem;
import org.transferdesk.due.DueKind;
import org.transferdesk.due.DueService;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.LineTax;
import org.transferdesk.reward.RewardFixture;
import org.transferdesk.reward.UnitProfile;

/**
 * R-TAX58 condition 1 as the application wires it: the distributions and the annual report read the dated
 * setting unit.nonProfit per task, judge each payment by its own day, and see a change without a restart.
 * A's line is paid on 2025-06-30, B's on 2025-07-01; the unit turns for-profit on 2025-07-01.
 */
class NonProfitStatusWiringTest {
    private static final LocalDate CHANGE = LocalDate.of(2025, 7, 1);

    @TempDir
    Path tmp;

    private AppContext context;
    private Distribution paid;

    @BeforeEach
    void setUp() throws IOException {
        context = InMemoryAppContext.open(tmp.resolve("data"));
        context.rewardPolicies().setUnitProfile(LocalDate.of(2018, 1, 1), new UnitProfile("示例大学", "", true));
        Deal deal = new RewardFixture(context.database().dsl()).e1Team(LeaderRole.NONE).e1Licence("E1", true);
        DistributionService s = context.distributions();
        Distribution d = s.saveDraft(s.proposeCash(deal.id(), List.of(deal.receipts().get(0).id())).distribution());
        LocalDate from = LocalDate.of(2025, 5, 6);
        s.publicise(d.id(), from, s.earliestPublicityEnd(from), "科奖公示〔2025〕3号");
        s.approve(d.id(), LocalDate.of(2025, 6, 20), "校长办公会");
        s.pay(d.id(), Set.of(0), CHANGE.minusDays(1), "GZ-2025-06");
        paid = s.pay(d.id(), Set.of(1), CHANGE, "GZ-2025-07");
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    private BigDecimal half(int line) {
        return paid.lines().get(line).amount().divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    }

    @Test
    void aChangeRecordedLater_keepsEarlierPaymentsAndReachesTheRunningServices() {
        assertThat(context.reports().figures(2025).rewards().taxExempt58())
                .isEqualByComparingTo(half(0).add(half(1)));

        context.rewardPolicies().setUnitProfile(CHANGE, new UnitProfile("示例大学", "", false));

        List<LineTax> taxes = context.distributions().taxes(paid);
        assertThat(taxes.get(0).eligibility().exemptPart()).isEqualByComparingTo(half(0));
        assertThat(taxes.get(1).eligibility().eligible()).isFalse();
        assertThat(context.reports().figures(2025).rewards().taxExempt58()).isEqualByComparingTo(half(0));
        assertThat(context.reports().yearsSoFar(2025, 2026, LocalDate.of(2026, 11, 22)).previousSamePeriod()
                .rewards().taxExempt58()).isEqualByComparingTo(half(0));
    }

    /** The due list's 备案表 reminders (R-TAX58-FILING) judge each month's payments by their own day too. */
    @Test
    void aChangeRecordedLater_keepsTheFilingReminderOfEarlierPayments_inTheIncrementalDueList() {
        context.office().set(DueService.REMIND_FROM, LocalDate.of(2000, 1, 1), "2000-01-01");
        DueService due = context.due().incremental();
        String june = "TAX_FILING:" + paid.id() + ":2025-06";
        String july = "TAX_FILING:" + paid.id() + ":2025-07";
        assertThat(filings(due)).containsExactly(june, july);

        context.rewardPolicies().setUnitProfile(CHANGE, new UnitProfile("示例大学", "", false));

        assertThat(filings(due)).containsExactly(june);
    }

    private List<String> filings(DueService due) {
        return due.open(LocalDate.of(2026, 11, 22)).stream().filter(i -> i.kind() == DueKind.TAX_FILING)
                .map(DueItem::key).toList();
    }
}
