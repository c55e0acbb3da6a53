package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.deal.DealMode;

/**
 * R-TAX58 as one function (Tax58.check): 58号 in force from 2018-07-01 (第七条), income received before it paid
 * by 2021-07-01, otherwise 36 months per receipt (R-DATE, the last day inside), no receipt known → not eligible,
 * and a reward from several receipts exempt only for the part from receipts still within their window.
 */
class Tax58Test {
    /** {@code receipts}: "date:amount" joined by ";" (empty: none known); {@code paid} empty: not paid yet. */
    @ParameterizedTest(name = "{0} from [{1}] paid {2} → eligible {3}, exempt {4}")
    @CsvSource(textBlock = """
            100.00,    2018-01-10:100.00, 2018-06-30, false, 0.00,   PAID_FROM_2018_07_01
            100.00,    2018-01-10:100.00, 2018-07-01, true,  50.00,  ''
            100.00,    2017-05-10:100.00, 2020-06-01, true,  50.00,  ''
            100.00,    2016-01-05:100.00, 2021-06-30, true,  50.00,  ''
            100.00,    2016-01-05:100.00, 2021-07-01, true,  50.00,  ''
            100.00,    2016-01-05:100.00, 2021-07-02, false, 0.00,   PAID_WITHIN_36_MONTHS
            100.00,    2018-06-30:100.00, 2021-07-01, true,  50.00,  ''
            100.00,    2018-06-30:100.00, 2021-07-02, false, 0.00,   PAID_WITHIN_36_MONTHS
            100.00,    2018-07-01:100.00, 2021-07-01, true,  50.00,  ''
            100.00,    2018-07-02:100.00, 2021-07-02, true,  50.00,  ''
            100.00,    2018-07-02:100.00, 2021-07-03, false, 0.00,   PAID_WITHIN_36_MONTHS
            100.00,    2019-01-10:100.00, 2022-01-10, true,  50.00,  ''
            100.00,    2019-01-10:100.00, 2022-01-11, false, 0.00,   PAID_WITHIN_36_MONTHS
            100.00,    2019-01-10:100.00, 2022-03-01, false, 0.00,   PAID_WITHIN_36_MONTHS
            100.00,    2020-02-29:100.00, 2023-02-28, true,  50.00,  ''
            100.00,    2020-02-29:100.00, 2023-03-01, false, 0.00,   PAID_WITHIN_36_MONTHS
            100.00,    2021-08-31:100.00, 2024-08-31, true,  50.00,  ''
            0.01,      2024-01-10:5.00,   2024-06-01, true,  0.01,   ''
            0.03,      2024-01-10:5.00,   2024-06-01, true,  0.02,   ''
            100000.01, 2024-01-10:5.00,   2024-06-01, true,  50000.01, ''
            520072.00, 2024-06-20:2000000.00, 2026-11-20, true, 260036.00, ''
            100.00,    '',                2024-06-01, false, 0.00,   RECEIPT_KNOWN
            100.00,    2016-01-10:100.00, 2018-06-30, false, 0.00,   PAID_FROM_2018_07_01
            100.00,    2024-06-02:100.00, 2024-06-01, false, 0.00,   RECEIPT_KNOWN
            100.00,    2024-01-10:100.00;2024-06-02:900.00, 2024-06-01, true, 50.00, ''
            1000.00,   2019-01-10:300000.00;2021-06-01:100000.00, 2022-03-01, true, 125.00, ''
            1000.00,   2019-01-10:300000.00;2021-06-01:100000.00, 2022-01-10, true, 500.00, ''
            333.33,    2019-01-10:200.00;2021-06-01:100.00,        2022-03-01, true, 55.56,  ''
            100.00,    2019-01-10:1.00;2019-02-01:1.00,            2022-02-01, true, 25.00,  ''
            100.00,    2019-01-10:1.00;2019-02-01:1.00,            2022-02-02, false, 0.00,  PAID_WITHIN_36_MONTHS
            100.00,    2021-06-01:100.00;2021-07-01:-20.00,        2024-06-01, true, 50.00,  ''
            100.00,    2021-06-01:100.00;2021-07-01:-20.00,        2024-06-02, false, 0.00, PAID_WITHIN_36_MONTHS
            100.00,    2019-01-10:100.00,                          ,           true, 50.00,  ''
            """)
    void check_inForceFrom2018_07_01_36MonthsPerReceipt(BigDecimal reward, String receipts, LocalDate paid,
                                                        boolean eligible, BigDecimal exempt, String failed) {
        Tax58.Eligibility e = Tax58.check(reward, DealMode.LICENSE, true, true, true, sources(receipts), paid);

        assertThat(e.eligible()).isEqualTo(eligible);
        assertThat(e.exemptPart()).isEqualByComparingTo(exempt).hasScaleOf(2);
        assertThat(e.failed()).extracting(Enum::name)
                .containsExactlyElementsOf(failed.isEmpty() ? List.of() : List.of(failed));
        if (eligible) {
            // every other condition holds: what the 36 months allow is what is exempt
            assertThat(e.windowExempt()).isEqualByComparingTo(exempt);
        }
    }

    /** R-DATE with 58号 第七条 (E4): the last day a reward may be paid from a receipt. */
    @ParameterizedTest(name = "received {0} → pay by {1}")
    @CsvSource(textBlock = """
            # E4
            2023-01-10, 2026-01-10
            2020-02-29, 2023-02-28
            2021-08-31, 2024-08-31
            # received before 2018-07-01: paid by 2021-07-01
            2016-01-05, 2021-07-01
            2017-05-10, 2021-07-01
            2018-06-30, 2021-07-01
            2018-07-01, 2021-07-01
            2018-07-02, 2021-07-02
            """)
    void paymentDeadline_36MonthsFromTheReceiptOrFrom2018_07_01(LocalDate received, LocalDate deadline) {
        assertThat(Tax58.paymentDeadline(received)).isEqualTo(deadline);
    }

    /** The other conditions fail on their own, and a draft's window part is what it gets once publicised. */
    @ParameterizedTest(name = "{0} nonProfit {1} registered {2} publicised {3} → {4}")
    @CsvSource(textBlock = """
            LICENSE,     true,  true,  true,  ''
            TRANSFER,    true,  true,  true,  ''
            EQUITY,      true,  true,  true,  TRANSFER_OR_LICENSE
            DEVELOPMENT, true,  true,  true,  TRANSFER_OR_LICENSE
            LICENSE,     false, true,  true,  NON_PROFIT_UNIT
            LICENSE,     true,  false, true,  REGISTERED
            LICENSE,     true,  true,  false, PUBLICISED
            """)
    void check_otherConditions(DealMode mode, boolean nonProfit, boolean registered, boolean publicised, String failed) {
        Tax58.Eligibility e = Tax58.check(new BigDecimal("1000.00"), mode, nonProfit, registered, publicised,
                sources("2019-01-10:300000.00;2021-06-01:100000.00"), LocalDate.of(2022, 3, 1));

        assertThat(e.failed()).extracting(Enum::name)
                .containsExactlyElementsOf(failed.isEmpty() ? List.of() : List.of(failed));
        assertThat(e.exemptPart()).isEqualByComparingTo(failed.isEmpty() ? "125.00" : "0.00");
        assertThat(e.windowExempt()).isEqualByComparingTo("125.00");
        assertThat(e.partial()).isEqualTo(failed.isEmpty());
        assertThat(e.lapsedReceipts()).containsExactly(LocalDate.of(2019, 1, 10));
        assertThat(e.paymentDeadline()).isEqualTo(LocalDate.of(2022, 1, 10));
    }

    /**
     * A distribution of two receipts (1,500.00 lapsed, 500.01 within its window) in three lines, paid
     * 2022-03-01: each line is exempt for its part from the second receipt only, to the fen, and each line's
     * exempt part and taxable rest add up to the line, the lines to the pool.
     */
    @Test
    void twoReceipts_oneLapsed_exemptOnlyTheInWindowPart_linesAddUp() {
        LocalDate paid = LocalDate.of(2022, 3, 1);
        List<DistributedReceipt> receipts = List.of(
                new DistributedReceipt(1, LocalDate.of(2019, 1, 10), new BigDecimal("1500.00"), "PZ-1"),
                new DistributedReceipt(2, LocalDate.of(2021, 6, 1), new BigDecimal("500.01"), "PZ-2"));
        List<DistributionLine> lines = new ArrayList<>();
        for (String amount : List.of("333.34", "333.34", "333.33")) {
            long n = lines.size() + 1;
            lines.add(new DistributionLine(n, n, "T00" + n, "人" + n, LineRole.INVENTOR, new BigDecimal("0.333333"),
                    new BigDecimal(amount), null, true, null, false, "policy", paid, "GZ", null));
        }
        Figures figures = new Figures(new BigDecimal("2000.01"), new BigDecimal("0.00"), new BigDecimal("2000.01"),
                new BigDecimal("0.5"), new BigDecimal("1000.01"), new BigDecimal("1000.00"), null);
        Distribution d = new Distribution(7L, DistributionKind.CASH, 3L, "HT-7", DealMode.LICENSE, "成果", null, null,
                LocalDate.of(2021, 6, 1), null, receipts, List.of(), figures,
                new Workflow(DistributionStatus.PAID, LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 22), "文号",
                        "名称", null, null, null, null, false), null, false, lines, 1);

        List<LineTax> taxes = d.lines().stream().map(l -> LineTax.of(d, l, true, true)).toList();

        assertThat(taxes).allSatisfy(t -> {
            assertThat(t.eligibility().eligible()).isTrue();
            assertThat(t.eligibility().partial()).isTrue();
            assertThat(t.filingDue()).isEqualTo(LocalDate.of(2022, 4, 15));
        });
        // 333.34 × 500.01 / 2,000.01 / 2 = 41.668… → 41.67; 333.33 × … = 41.666… → 41.67
        assertThat(taxes).extracting(t -> t.eligibility().exemptPart().toPlainString())
                .containsExactly("41.67", "41.67", "41.67");
        BigDecimal exempt = BigDecimal.ZERO;
        BigDecimal taxable = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            BigDecimal part = ExportedDistribution.exemptPart(taxes.get(i));
            exempt = exempt.add(part);
            taxable = taxable.add(lines.get(i).amount().subtract(part));
        }
        assertThat(exempt).isEqualByComparingTo("125.01");
        // each person's exempt part is rounded on their own line (the 备案表 lists people): 3 × 41.67, not 125.00
        assertThat(taxable).isEqualByComparingTo("875.00");
        assertThat(d.linesTotal()).isEqualByComparingTo(d.figures().pool()).isEqualByComparingTo("1000.01");
        // the whole of it while the first receipt's window was open
        Distribution earlier = d.withLines(lines.stream().map(l -> l.paid(LocalDate.of(2022, 1, 10), "GZ", null))
                .toList(), null);
        assertThat(earlier.lines()).extracting(l -> LineTax.of(earlier, l, true, true).eligibility().exemptPart()
                .toPlainString()).containsExactly("166.67", "166.67", "166.67");
    }

    /** An imported payment without receipts: never eligible, and no basis date stands in for a receipt. */
    @Test
    void distributionWithoutReceipts_isNotEligible_andHasNoFirstReceipt() {
        DistributionLine line = new DistributionLine(1L, 1, "T001", "甲", LineRole.INVENTOR, BigDecimal.ONE,
                new BigDecimal("50000.00"), null, true, null, false, "ledger", LocalDate.of(2022, 3, 1), null, null);
        Distribution imported = new Distribution(9L, DistributionKind.CASH, 3L, "HT-9", DealMode.LICENSE, "成果", null,
                null, LocalDate.of(2022, 3, 1), null, List.of(), List.of(), new Figures(new BigDecimal("50000.00"),
                new BigDecimal("0.00"), new BigDecimal("50000.00"), BigDecimal.ONE, new BigDecimal("50000.00"),
                new BigDecimal("0.00"), null), new Workflow(DistributionStatus.PAID, null, null, null, null, null, null,
                null, null, true), null, true, List.of(line), 0);

        LineTax tax = LineTax.of(imported, line, true, true);

        assertThat(imported.firstReceiptDate()).isNull();
        assertThat(tax.eligibility().failed()).containsExactly(Tax58.Condition.RECEIPT_KNOWN);
        assertThat(tax.eligibility().paymentDeadline()).isNull();
        assertThat(ExportedDistribution.exemptPart(tax)).isEqualByComparingTo("0.00");
        assertThat(tax.filingDue()).isNull();
    }

    private static List<Tax58.Source> sources(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(s -> s.split(":"))
                .map(p -> new Tax58.Source(LocalDate.parse(p[0].strip()), new BigDecimal(p[1].strip()))).toList();
    }
}
