package org.transferdesk.due;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.fees.FeeSettings;
import org.transferdesk.fees.FeeYear;
import org.transferdesk.fees.PatentFeeInput;
import org.transferdesk.ip.IpType;

/** Issue 24, item 7: what needs attention is ordered by consequence, then amount, then date and number. */
class DueRankingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final DueRanking RANKING = new DueRanking(TODAY, 7);

    private static DueItem item(String no, DueKind kind, LocalDate dueOn, String amount, Stakes stakes) {
        return new DueItem(kind + ":" + no, kind, "R", dueOn, new RecordRef(RecordType.DEAL, 1, no), "办", 
                amount == null ? null : new BigDecimal(amount), null, stakes);
    }

    private static List<String> ranked(DueRanking ranking, DueItem... items) {
        List<DueItem> shuffled = new ArrayList<>(List.of(items));
        Collections.shuffle(shuffled, new Random(7));
        return ranking.sorted(shuffled).stream().map(i -> i.record().label()).toList();
    }

    /** The issue's example: a lapsed patent and a missed 备案表 before a ¥994,320 overdue instalment before a ¥135 fee. */
    @Test
    void lapsedPatentAndMissed备案表_beforeTheLargeInstalment_beforeTheSmallFee() {
        DueItem fee = item("135-fee", DueKind.PATENT_FEE, TODAY.plusDays(3), "135.00",
                new Stakes(TODAY.plusDays(3).plusMonths(6), false));
        DueItem instalment = item("994320-instalment", DueKind.INSTALMENT, TODAY.minusDays(30), "994320.00",
                Stakes.OWED);
        DueItem filing = item("missed-filing", DueKind.TAX_FILING, TODAY.minusDays(7), "50000.00",
                Stakes.lostAfter(TODAY.minusDays(7)));
        DueItem lapsed = item("lapsed-patent", DueKind.PATENT_FEE, TODAY.minusMonths(7), "180.00",
                new Stakes(TODAY.minusMonths(1), true));

        assertThat(ranked(RANKING, fee, instalment, filing, lapsed))
                .containsExactly("lapsed-patent", "missed-filing", "994320-instalment", "135-fee");
        assertThat(List.of(lapsed, filing, instalment, fee)).extracting(RANKING::consequence)
                .containsExactly(Consequence.LOST, Consequence.LOST, Consequence.MONEY, Consequence.ROUTINE);
    }

    @ParameterizedTest(name = "{0} vs {2}: {4} first")
    @CsvSource({
        // equal amounts: the earlier due day first
        "A, 2026-11-20, B, 2026-11-18, B, 994320.00, 994320.00",
        // an odd fen more ranks first whatever the day; 135 and 135.00 are the same amount
        "A, 2026-11-10, B, 2026-11-20, B, 994320.00, 994320.01",
        "A, 2026-11-21, B, 2026-11-20, B, 135, 135.00",
        // same amount and day: by the record's number
        "HT-2, 2026-11-20, HT-10, 2026-11-20, HT-10, 500.00, 500.00"})
    void moneyOwed_largestFirst_thenEarliest_thenByNumber(String a, LocalDate dueA, String b, LocalDate dueB,
                                                          String first, String amountA, String amountB) {
        DueItem x = item(a, DueKind.INSTALMENT, dueA, amountA, Stakes.OWED);
        DueItem y = item(b, DueKind.INSTALMENT, dueB, amountB, Stakes.OWED);

        assertThat(ranked(RANKING, x, y).get(0)).isEqualTo(first);
        assertThat(ranked(RANKING, y, x).get(0)).as("the order does not depend on the input's").isEqualTo(first);
    }

    @Test
    void routine_byAmountThenDate_noAmountLast_andLaterItemsAfterByDate() {
        DueItem small = item("small", DueKind.PATENT_FEE, TODAY.minusDays(40), "135.00", Stakes.ROUTINE);
        DueItem large = item("large", DueKind.PATENT_FEE, TODAY.plusDays(2), "1200.00", Stakes.ROUTINE);
        DueItem none = item("none", DueKind.PUBLICITY_END, TODAY.minusDays(50), null, Stakes.ROUTINE);
        DueItem sameAmountEarlier = item("same", DueKind.PATENT_FEE, TODAY.minusDays(41), "135", Stakes.ROUTINE);
        DueItem laterLarge = item("later-large", DueKind.INSTALMENT, TODAY.plusDays(30), "900000.00", Stakes.OWED);
        DueItem laterFiling = item("later-filing", DueKind.TAX_FILING, TODAY.plusDays(20), "10.00",
                Stakes.lostAfter(TODAY.plusDays(20)));

        assertThat(ranked(RANKING, small, large, none, sameAmountEarlier, laterLarge, laterFiling))
                .containsExactly("large", "same", "small", "none", "later-filing", "later-large");
    }

    /**
     * R-PAT-FEE as the reminder says it: a fee due 2023-08-31 (invention filed 2015-09-01, fee year 9) may be paid
     * with the surcharge until 2024-02-29 (R-DATE: the month's last day); the patent lapses the day after.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2023-08-31, ROUTINE, 300.00, 缴纳第 9 年度年费",                    // the due day: a routine fee
        "2023-09-01, MONEY, 300.00, 尽快补缴第 9 年度年费",                   // in the grace period: owed
        "2024-02-21, MONEY, 800.00, 尽快补缴第 9 年度年费",                   // the grace ends in 8 days
        "2024-02-22, LOST, 800.00, 尽快补缴第 9 年度年费",                    // … in 7: about to lapse
        "2024-02-29, LOST, 800.00, 尽快补缴第 9 年度年费：含滞纳金 800.00",     // the grace period's last day
        "2024-03-01, LOST, 300.00, 第 9 年度年费未缴且宽限期已于 2024-02-29 届满"}) // the day after: lapsed
    void patentFee_graceAndLapse(LocalDate today, Consequence expected, BigDecimal amount, String action) {
        PatentFeeInput p = new PatentFeeInput(9, 90, "R-2015-0009", "一种闰年测试材料", "201510000009.1",
                IpType.INVENTION_PATENT, LocalDate.of(2015, 9, 1), LocalDate.of(2018, 3, 1), null,
                Set.of(3, 4, 5, 6, 7, 8), List.of());
        FeeYear year = PatentReminders.nextFee(p, FeeSettings.STATUTORY).orElseThrow();
        assertThat(year.dueOn()).isEqualTo(LocalDate.of(2023, 8, 31));
        assertThat(year.graceEnd()).isEqualTo(LocalDate.of(2024, 2, 29));

        DueItem fee = PatentReminders.of(List.of(p), FeeSettings.STATUTORY, today).stream()
                .filter(i -> i.kind() == DueKind.PATENT_FEE).findFirst().orElseThrow();

        assertThat(fee.stakes().lostAfter()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(new DueRanking(today, 7).consequence(fee)).isEqualTo(expected);
        assertThat(fee.amount()).isEqualByComparingTo(amount);
        assertThat(fee.action()).startsWith(action);
    }

    /** A filing's deadline (R-TAX58-FILING) and the reward window of a receipt of 29 February (R-TAX58, R-DATE). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2023-02-20, MONEY", // the deadline 2023-02-28 is 8 days away: the reward is owed
        "2023-02-21, LOST",  // 7 days: the halving is about to be lost
        "2023-02-28, LOST",
        "2023-03-01, LOST"})
    void rewardWindow_ofA29FebruaryReceipt(LocalDate today, Consequence expected) {
        LocalDate deadline = org.transferdesk.reward.Tax58.paymentDeadline(LocalDate.of(2020, 2, 29));
        assertThat(deadline).isEqualTo(LocalDate.of(2023, 2, 28));
        DueItem window = item("HT-29", DueKind.REWARD_WINDOW, deadline, "80000.00", new Stakes(deadline, true));

        assertThat(new DueRanking(today, 7).consequence(window)).isEqualTo(expected);
    }

    @Test
    void annualReport_isLostOnceLateOrWithinTheWeek() {
        List<DueItem> reports = ReportReminders.of(TODAY, y -> java.time.MonthDay.of(3, 30));

        assertThat(reports).extracting(RANKING::consequence).containsExactly(Consequence.LOST, Consequence.ROUTINE);
        assertThat(new DueRanking(LocalDate.of(2027, 3, 23), 7).consequence(reports.get(1))).isEqualTo(Consequence.LOST);
        assertThat(new DueRanking(LocalDate.of(2027, 3, 22), 7).consequence(reports.get(1)))
                .isEqualTo(Consequence.ROUTINE);
    }

    @Test
    void countByKind_inTheOrderOfEachKindsFirstItem_addingUpToTheAttention() {
        List<DueItem> open = List.of(
                item("f1", DueKind.PATENT_FEE, TODAY.plusDays(1), "135.00", Stakes.ROUTINE),
                item("i1", DueKind.INSTALMENT, TODAY.minusDays(3), "994320.00", Stakes.OWED),
                item("f2", DueKind.PATENT_FEE, TODAY.minusMonths(8), "180.00", new Stakes(TODAY.minusMonths(2), true)),
                item("i2", DueKind.INSTALMENT, TODAY.plusDays(5), "10.00", Stakes.OWED),
                item("later", DueKind.INSTALMENT, TODAY.plusDays(8), "10.00", Stakes.OWED));
        List<DueItem> needing = open.stream().filter(RANKING::needsAttention).toList();

        Map<DueKind, Integer> counts = RANKING.countByKind(needing);

        assertThat(counts).containsExactly(Map.entry(DueKind.PATENT_FEE, 2), Map.entry(DueKind.INSTALMENT, 2));
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(DueAttention.of(open, TODAY, 7).total());
        assertThat(DueRanking.describe(counts)).isEqualTo("专利年费 2 · 应收款 2");
    }
}
