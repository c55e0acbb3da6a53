package org.transferdesk.due;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.transferdesk.due.DueTestDeals.deal;
import static org.transferdesk.due.DueTestDistributions.distribution;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.transferdesk.common.I18n;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealMode;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionStatus;
import org.transferdesk.reward.NonProfitStatus;
import org.transferdesk.settings.DatedValue;

class RewardRemindersTest {
    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 10);

    private static Deal licence() {
        return deal(1).mode(DealMode.LICENSE).receipt(101, RECEIVED, "100000.00").build();
    }

    private static List<DueItem> windows(Deal deal, Distribution... distributions) {
        return RewardReminders.of(List.of(deal), List.of(distributions)).stream()
                .filter(i -> i.kind() == DueKind.REWARD_WINDOW).toList();
    }

    @ParameterizedTest(name = "received {0} → pay by {1}")
    @CsvSource({"2020-02-29, 2023-02-28", "2021-08-31, 2024-08-31", "2026-03-10, 2029-03-10", "2024-01-31, 2027-01-31"})
    void undistributedReceipt_remindsThe36MonthWindow(LocalDate received, LocalDate due) {
        Deal d = deal(1).mode(DealMode.LICENSE).receipt(101, received, "80000.00").build();

        assertThat(RewardReminders.of(List.of(d), List.of())).singleElement().satisfies(i -> {
            assertThat(i.key()).isEqualTo("REWARD_WINDOW:101");
            assertThat(i.kind()).isEqualTo(DueKind.REWARD_WINDOW);
            assertThat(i.rule()).isEqualTo("R-TAX58");
            assertThat(i.dueOn()).isEqualTo(due);
            assertThat(i.amount()).isEqualByComparingTo("80000.00");
            assertThat(i.action()).isEqualTo(I18n.t("due.action.undistributed"));
            assertThat(i.record().type()).isEqualTo(RecordType.DEAL);
            assertThat(i.record().id()).isEqualTo(1L);
        });
    }

    @Test
    void transferReceipts_areRemindedToo() {
        Deal d = deal(1).mode(DealMode.TRANSFER).receipt(101, RECEIVED, "100.00").build();

        assertThat(windows(d)).extracting(DueItem::key).containsExactly("REWARD_WINDOW:101");
    }

    @Test
    void receiptInARevokedDistributionOnly_isStillDue() {
        Distribution revoked = distribution(9).status(DistributionStatus.REVOKED).receipt(101, RECEIVED, "100000.00")
                .line("35000.00", null).build();

        assertThat(windows(licence(), revoked)).singleElement()
                .satisfies(i -> assertThat(i.action()).isEqualTo(I18n.t("due.action.undistributed")));
    }

    @Test
    void receiptInACashDistributionWithAllLinesPaid_isNotReminded() {
        Distribution paid = distribution(9).status(DistributionStatus.PAID).receipt(101, RECEIVED, "100000.00")
                .line("35000.00", LocalDate.of(2026, 6, 1)).line("35000.00", LocalDate.of(2026, 6, 1)).build();

        assertThat(windows(licence(), paid)).isEmpty();
    }

    @Test
    void waivedAndZeroLines_doNotCountAsUnpaid() {
        Distribution paid = distribution(9).status(DistributionStatus.PAID).receipt(101, RECEIVED, "100000.00")
                .line("70000.00", LocalDate.of(2026, 6, 1)).line("0.00", null, true).line("0.00", null).build();

        assertThat(windows(licence(), paid)).isEmpty();
    }

    @Test
    void receiptInACashDistributionWithAnUnpaidLine_isReminded() {
        Distribution approved = distribution(9).status(DistributionStatus.APPROVED).receipt(101, RECEIVED, "100000.00")
                .line("35000.00", LocalDate.of(2026, 6, 1)).line("35000.00", null).build();

        assertThat(windows(licence(), approved)).singleElement().satisfies(i -> {
            assertThat(i.key()).isEqualTo("REWARD_WINDOW:101");
            assertThat(i.dueOn()).isEqualTo(LocalDate.of(2029, 3, 10));
            assertThat(i.action()).isEqualTo(I18n.t("due.action.unpaidReward"));
        });
    }

    @Test
    void receiptCoveredByOwnershipIncome_isNotReminded() {
        // R-PILOT-INCOME: the team's part is the owners' income, no reward and no 58号 window
        Distribution owners = distribution(9).kind(DistributionKind.OWNERSHIP_INCOME)
                .status(DistributionStatus.APPROVED).receipt(101, RECEIVED, "100000.00").line("70000.00", null).build();

        assertThat(windows(licence(), owners)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = DealMode.class, names = {"DEVELOPMENT", "CONSULTING", "SERVICE", "EQUITY"})
    void receiptsOfOtherModes_haveNoWindow(DealMode mode) {
        Deal d = deal(1).mode(mode).receipt(101, RECEIVED, "100000.00").build();

        assertThat(RewardReminders.of(List.of(d), List.of())).isEmpty();
    }

    @Test
    void refund_isNotReminded() {
        Deal d = deal(1).mode(DealMode.LICENSE).receipt(101, RECEIVED, "100000.00")
                .receipt(102, RECEIVED.plusDays(5), "-20000.00").build();

        assertThat(windows(d)).extracting(DueItem::key).containsExactly("REWARD_WINDOW:101");
    }

    @Test
    void linesPaidInTwoMonths_giveTwoFilings() {
        // the receipt precedes the payments: one received after a payment cannot be what it was paid from (R-TAX58)
        Distribution d = distribution(9).paidAfterPublicity().receipt(101, LocalDate.of(2025, 12, 10), "100000.00")
                .line("30000.00", LocalDate.of(2026, 1, 31)).line("10000.00", LocalDate.of(2026, 1, 5))
                .line("25000.00", LocalDate.of(2026, 2, 1)).build();

        List<DueItem> filings = filings(d);

        assertThat(filings).extracting(DueItem::key, DueItem::dueOn).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("TAX_FILING:9:2026-01", LocalDate.of(2026, 2, 15)),
                org.assertj.core.groups.Tuple.tuple("TAX_FILING:9:2026-02", LocalDate.of(2026, 3, 15)));
        assertThat(filings).allSatisfy(i -> {
            assertThat(i.rule()).isEqualTo("R-TAX58-FILING");
            assertThat(i.record()).isEqualTo(new RecordRef(RecordType.DISTRIBUTION, 9, "HT-1 成果1"));
        });
        assertThat(filings).filteredOn(i -> i.key().endsWith("2026-01")).singleElement()
                .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo("40000.00"));
        assertThat(filings).filteredOn(i -> i.key().endsWith("2026-02")).singleElement()
                .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo("25000.00"));
    }

    /** The 备案表's own lines only: R-TAX58 through LineTax, the function the 备案表 and the report use. */
    private static List<DueItem> filings(Distribution... distributions) {
        Deal registered = deal(1).mode(DealMode.LICENSE).registered().build();
        return RewardReminders.of(List.of(registered), List.of(distributions), NonProfitStatus.always(true)).stream()
                .filter(i -> i.kind() == DueKind.TAX_FILING).toList();
    }

    @Test
    void decemberPayment_isFiledInJanuary() {
        Distribution d = distribution(9).paidAfterPublicity().receipt(101, LocalDate.of(2025, 6, 1), "1000.00")
                .line("100.00", LocalDate.of(2025, 12, 31)).build();

        assertThat(filings(d)).singleElement()
                .satisfies(i -> assertThat(i.dueOn()).isEqualTo(LocalDate.of(2026, 1, 15)));
    }

    /**
     * R-TAX58-FILING: an imported payment is filed like any other when eligible (history before the office's
     * reminders start is the due list's remind-from day's business); without a receipt it is not eligible, so
     * there is nothing to file — as in the 备案表.
     */
    @Test
    void importedDistribution_isFiledWhenEligible_notWithoutItsReceipt() {
        Distribution withReceipt = distribution(9).paidAfterPublicity().imported()
                .receipt(101, LocalDate.of(2025, 6, 1), "1000.00").line("30000.00", LocalDate.of(2026, 1, 31)).build();
        Distribution without = distribution(8).paidAfterPublicity().imported()
                .line("30000.00", LocalDate.of(2026, 1, 31)).build();

        assertThat(filings(withReceipt, without)).extracting(DueItem::key).containsExactly("TAX_FILING:9:2026-01");
    }

    /** Nothing to file where R-TAX58 fails: unregistered, not publicised, not a non-profit unit, receipt lapsed. */
    @Test
    void filings_onlyForEligibleLines() {
        LocalDate paid = LocalDate.of(2026, 1, 31);
        Distribution ok = distribution(9).paidAfterPublicity().receipt(101, LocalDate.of(2025, 6, 1), "1000.00")
                .line("100.00", paid).build();
        Distribution lapsed = distribution(7).paidAfterPublicity().receipt(102, LocalDate.of(2023, 1, 30), "1000.00")
                .line("100.00", paid).build();
        Distribution unpublicised = distribution(6).status(DistributionStatus.PAID)
                .receipt(103, LocalDate.of(2025, 6, 1), "1000.00").line("100.00", paid).build();
        Deal unregistered = deal(1).mode(DealMode.LICENSE).build();

        assertThat(filings(ok, lapsed, unpublicised)).extracting(DueItem::key).containsExactly("TAX_FILING:9:2026-01");
        assertThat(RewardReminders.of(List.of(unregistered), List.of(ok)))
                .noneMatch(i -> i.kind() == DueKind.TAX_FILING);
        assertThat(RewardReminders.of(List.of(deal(1).mode(DealMode.LICENSE).registered().build()), List.of(ok), NonProfitStatus.always(false)))
                .noneMatch(i -> i.kind() == DueKind.TAX_FILING);
    }

    /**
     * R-TAX58 condition 1 by payment day: the unit stopped being a non-profit unit on 2026-02-01 (the first day
     * of the new status). January's payment keeps its 备案表 reminder; the payment on the change day has none.
     */
    @Test
    void filings_judgeTheUnitsStatusOnEachPaymentDay_notToday() {
        Distribution d = distribution(9).paidAfterPublicity().receipt(101, LocalDate.of(2025, 6, 1), "1000.00")
                .line("100.00", LocalDate.of(2026, 1, 31)).line("200.00", LocalDate.of(2026, 2, 1)).build();
        Deal registered = deal(1).mode(DealMode.LICENSE).registered().build();
        NonProfitStatus changed = NonProfitStatus.of(List.of(
                new DatedValue(LocalDate.of(2020, 1, 1), "true"), new DatedValue(LocalDate.of(2026, 2, 1), "false")));

        assertThat(RewardReminders.of(List.of(registered), List.of(d), changed))
                .filteredOn(i -> i.kind() == DueKind.TAX_FILING)
                .extracting(DueItem::key, DueItem::amount)
                .containsExactly(tuple("TAX_FILING:9:2026-01", new java.math.BigDecimal("100.00")));
    }

    @Test
    void filings_onlyForCashRewardsOfTransferOrLicence() {
        LocalDate paid = LocalDate.of(2026, 1, 31);
        LocalDate received = LocalDate.of(2025, 6, 1);
        Distribution development = distribution(1).mode(DealMode.DEVELOPMENT).paidAfterPublicity()
                .receipt(101, received, "1000.00").line("100.00", paid).build();
        Distribution owners = distribution(2).kind(DistributionKind.OWNERSHIP_INCOME).paidAfterPublicity()
                .receipt(101, received, "1000.00").line("100.00", paid).build();
        Distribution transfer = distribution(3).mode(DealMode.TRANSFER).paidAfterPublicity()
                .receipt(101, received, "1000.00").line("100.00", paid).build();

        assertThat(filings(development, owners, transfer)).extracting(DueItem::key)
                .containsExactly("TAX_FILING:3:2026-01");
    }

    @Test
    void runningRewardPublicity_remindsItsLastDay() {
        LocalDate to = LocalDate.of(2026, 12, 11);
        Distribution d = distribution(9).publicising(LocalDate.of(2026, 11, 20), to).receipt(101, RECEIVED, "100000.00")
                .line("70000.00", null).build();

        List<DueItem> items = RewardReminders.of(List.of(), List.of(d));

        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(DueKind.PUBLICITY_END);
            assertThat(i.rule()).isEqualTo("R-PUB-REWARD");
            assertThat(i.dueOn()).isEqualTo(to);
            assertThat(i.key()).isEqualTo("PUBLICITY:DISTRIBUTION:9:2026-12-11");
            assertThat(i.amount()).isEqualByComparingTo("70000.00");
            assertThat(i.action()).isEqualTo(I18n.t("due.action.rewardPublicity"));
        });
    }

    @Test
    void approvedDistribution_remindsNoPublicity() {
        Distribution d = distribution(9).status(DistributionStatus.APPROVED).line("70000.00", null).build();

        assertThat(RewardReminders.of(List.of(), List.of(d))).isEmpty();
    }
}
