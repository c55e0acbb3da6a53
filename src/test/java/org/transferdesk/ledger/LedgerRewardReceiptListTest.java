package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.transferdesk.ledger.TestWorkbook.row;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.ledger.persistence.LedgerExportReader;
import org.transferdesk.reward.DistributedReceipt;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.LineTax;
import org.transferdesk.reward.Tax58;
import org.transferdesk.reward.persistence.DistributionRepository;
import org.junit.jupiter.api.Tag;

/**
 * 奖励发放's 到账日期/凭证号 as lists (R-TAX58: 58号's 36 months run per receipt): parts joined by ";" read position by
 * position, strictly; a named receipt must be on or before the payment, by date or by voucher; and export ledger →
 * import keeps every receipt of a payment, so the exempt part stays what the law allows.
 */
@Tag(TestDatabase.TAG)
class LedgerRewardReceiptListTest extends LedgerImportTestBase {
    LedgerRewardReceiptListTest() {
        super(LedgerDb.LATER);
    }

    /**
     * C1 (a registered transfer): two receipts on 2019-01-10 (PZ-1, PZ-2), one on 2021-06-01 without a voucher, one on
     * 2022-05-01 (PZ-5) after the usual payment day 2022-03-01.
     */
    private Path folder(String rewards) throws IOException {
        Path folder = csvFolder();
        writeCsv(folder, "人员", """
                工号,姓名,身份证号
                T001,甲教授,11010519491231002X
                """);
        writeCsv(folder, "成果", LedgerFixtures.R1_CSV);
        writeCsv(folder, "合同", """
                合同编号,转化方式,签订日期,合同金额,对方名称,技术合同登记号,登记日期,关联成果
                C1,转让,2018-12-01,300000,甲公司,2018110000000001,2018-12-20,R1
                """);
        writeCsv(folder, "到账", """
                合同编号,到账日期,金额,凭证号
                C1,2019-01-10,150000.00,PZ-1
                C1,2019-01-10,30000.00,PZ-2
                C1,2021-06-01,50000.00,
                C1,2022-05-01,20000.00,PZ-5
                """);
        writeCsv(folder, "奖励发放", rewards);
        return folder;
    }

    /** "2019-01-10/PZ-1 2021-06-01/": the receipts each distribution links, by date, "/" and voucher. */
    private static String linked(List<Distribution> distributions) {
        return distributions.stream().flatMap(d -> d.receipts().stream())
                .map(r -> r.receivedOn() + "/" + (r.voucherNo() == null ? "" : r.voucherNo()))
                .collect(Collectors.joining(" "));
    }

    private static List<Distribution> distributions(LedgerDb db) {
        return new DistributionRepository(db.db.dsl()).findWhere(null, null).stream()
                .sorted(java.util.Comparator.comparing(Distribution::basisDate)).toList();
    }

    /**
     * {@code expected}: the receipts linked after the import, or "!column key part" — the one error of the row, its
     * message quoting {@code part} where given. Dates and vouchers line up by position; a part may be empty in one
     * list only; with both lists their lengths must match (no guessing which voucher goes with a lone date).
     */
    @ParameterizedTest(name = "[{index}] paid {0}: 到账日期 \"{1}\" 凭证号 \"{2}\" → {3}")
    @CsvSource(delimiter = '|', nullValues = "", value = {
        "2022-03-01|2021-06-01|          |2021-06-01/",
        "2022-03-01|2019-01-10;2021-06-01|  |2019-01-10/PZ-1 2019-01-10/PZ-2 2021-06-01/",
        "2022-03-01|' 2019-01-10 ;  2021-06-01 '|' PZ-1 ; '|2019-01-10/PZ-1 2021-06-01/",
        "2022-03-01|2019-01-10；2021-06-01|PZ-2；|2019-01-10/PZ-2 2021-06-01/",
        "2022-03-01|          |PZ-1;PZ-2 |2019-01-10/PZ-1 2019-01-10/PZ-2",
        "2022-03-01|;2021-06-01|PZ-2;     |2019-01-10/PZ-2 2021-06-01/",
        "2022-03-01|2019-01-10;;2021-06-01| |!到账日期 ledger.rewards.receiptPartEmpty",
        "2022-03-01|2019-01-10;|            |!到账日期 ledger.rewards.receiptPartEmpty",
        "2022-03-01|          |PZ-1; ;PZ-2|!凭证号 ledger.rewards.receiptPartEmpty",
        "2022-03-01|2019-01-10;2021-13-01| |!到账日期 ledger.cell.badDate 2021-13-01",
        "2022-03-01|2019-01-10;6/1/2021|   |!到账日期 ledger.cell.ambiguousDate 6/1/2021",
        "2022-03-01|2019-01-10;2021-06-01|PZ-1|!凭证号 ledger.rewards.receiptListLengths",
        "2022-03-01|2019-01-10|PZ-1;PZ-2   |!凭证号 ledger.rewards.receiptListLengths",
        "2022-03-01|2019-01-10;2022-05-01| |!到账日期 ledger.rewards.receiptAfterPayment 2022-05-01",
        "2022-03-01|2019-01-10;2019-01-11| |!到账日期 ledger.rewards.receiptNotFound 2019-01-11",
        "2022-05-01|          |PZ-5      |2022-05-01/PZ-5",
        "2022-04-30|          |PZ-5      |!凭证号 ledger.rewards.voucherAfterPayment PZ-5",
        "2022-04-30|          |PZ-1;PZ-5 |!凭证号 ledger.rewards.voucherAfterPayment PZ-5",
    })
    void receiptLists_areReadByPosition_strictly(String paidOn, String dates, String vouchers, String expected)
            throws IOException {
        ImportPreview preview = ledger.importer.preview(folder("合同编号,发放日期,工号,类型,金额,公示,到账日期,凭证号\n"
                + "C1," + paidOn + ",T001,现金,1000.00,是," + csv(dates) + "," + csv(vouchers) + "\n"), false,
                ProgressSink.NONE);

        if (expected.startsWith("!")) {
            String[] e = expected.substring(1).split(" ");
            assertThat(preview.errors()).extracting(ImportError::sheet, ImportError::row, ImportError::column,
                    ImportError::key).containsExactly(tuple("奖励发放", 2, e[0], e[1]));
            if (e.length > 2) {
                assertThat(preview.errors().get(0).message()).contains(e[2]);
            }
        } else {
            assertThat(preview.errors()).isEmpty();
            ledger.importer.commit(preview, ProgressSink.NONE);
            assertThat(linked(distributions(ledger))).isEqualTo(expected);
        }
    }

    private static String csv(String cell) {
        return cell == null ? "" : cell;
    }

    @Test
    void anExcelDateCell_isOneDate() throws IOException {
        Path file = TestWorkbook.create()
                .sheet("人员", row("工号", "姓名", "身份证号"), row("T001", "甲教授", "11010519491231002X"))
                .sheet("成果", row("成果编号", "成果名称", "披露日期", "完成人"),
                        row("R1", "一种正极材料", LocalDate.of(2018, 1, 1), "T001:100*"))
                .sheet("合同", row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称", "技术合同登记号", "登记日期", "关联成果"),
                        row("C1", "转让", LocalDate.of(2018, 12, 1), 300000, "甲公司", "2018110000000001",
                                LocalDate.of(2018, 12, 20), "R1"))
                .sheet("到账", row("合同编号", "到账日期", "金额", "凭证号"),
                        row("C1", LocalDate.of(2019, 1, 10), 150000, "PZ-1"),
                        row("C1", LocalDate.of(2021, 6, 1), 50000, "PZ-3"))
                .sheet("奖励发放", row("合同编号", "发放日期", "工号", "类型", "金额", "公示", "到账日期", "凭证号"),
                        row("C1", LocalDate.of(2022, 3, 1), "T001", "现金", 1000, "是", LocalDate.of(2019, 1, 10), null))
                .writeTo(tmp.resolve("ledger.xlsx"));

        ImportPreview preview = ledger.importer.preview(file, false, ProgressSink.NONE);
        assertThat(preview.errors()).isEmpty();
        ledger.importer.commit(preview, ProgressSink.NONE);

        assertThat(linked(distributions(ledger))).isEqualTo("2019-01-10/PZ-1");
    }

    @Test
    void aVoucherWhoseReceiptCameAfterThePayment_isRefusedWithItsOwnMessage() throws IOException {
        ImportPreview preview = ledger.importer.preview(folder("""
                合同编号,发放日期,工号,类型,金额,公示,到账日期,凭证号
                C1,2022-03-01,T001,现金,1000.00,是,,PZ-5
                """), false, ProgressSink.NONE);

        // before the fix PZ-5 (2022-05-01) was linked, and its fresh 36 months made the whole reward 58号-eligible
        assertThat(preview.errors()).extracting(ImportError::column, ImportError::key)
                .containsExactly(tuple("凭证号", "ledger.rewards.voucherAfterPayment"));
        assertThat(preview.errors().get(0).message()).contains("PZ-5", "2022-05-01", "2022-03-01");
    }

    /**
     * The reviewer's case: receipts of 2019-01-10 (150,000.00, its 36 months over by 2022-03-01) and 2021-06-01
     * (50,000.00), a 1,000.00 line paid 2022-03-01: only the in-window quarter is relieved, 125.00. Export → import
     * must link both again (linking only the latest gave 500.00), through CSV files and a workbook.
     */
    @ParameterizedTest
    @ValueSource(strings = {"out", "out.xlsx"})
    void exportThenImport_keepsEveryReceipt_andTheExemptPart(String out) throws IOException {
        ImportPreview preview = ledger.importer.preview(folder("""
                合同编号,发放日期,工号,类型,金额,公示,到账日期,凭证号
                C1,2022-03-01,T001,现金,1000.00,是,2019-01-10;2021-06-01,PZ-1;
                C1,2021-07-01,T001,现金,300.00,是,2021-06-01,
                """), false, ProgressSink.NONE);
        assertThat(preview.errors()).isEmpty();
        ledger.importer.commit(preview, ProgressSink.NONE);
        assertThat(exempt(distributions(ledger))).isEqualTo("2021-07-01 150.00, 2022-03-01 125.00");

        Path exported = tmp.resolve(out);
        new LedgerExport(new LedgerExportReader(ledger.db.dsl()), TestDatabase.CLOCK).write(exported);
        if (!out.endsWith(".xlsx")) {
            // several receipts as lines that line up; one receipt as a plain date, as files had it before lists
            assertThat(Files.readString(exported.resolve("奖励发放.csv"), StandardCharsets.UTF_8))
                    .contains("C1,2021-07-01,T001,现金,300.00,,是,,2021-06-01,")
                    .contains(",2019-01-10;2021-06-01,PZ-1;");
        }

        try (LedgerDb again = new LedgerDb(LedgerDb.LATER)) {
            ImportPreview back = again.importer.preview(exported, false, ProgressSink.NONE);
            assertThat(back.errors()).isEmpty();
            again.importer.commit(back, ProgressSink.NONE);

            assertThat(linked(distributions(again))).isEqualTo(linked(distributions(ledger)))
                    .isEqualTo("2021-06-01/ 2019-01-10/PZ-1 2021-06-01/");
            assertThat(amounts(distributions(again))).isEqualTo(amounts(distributions(ledger)));
            assertThat(exempt(distributions(again))).isEqualTo("2021-07-01 150.00, 2022-03-01 125.00");
        }
    }

    /** Each line's 58号 exempt part as the one eligibility function gives it, by payment date. */
    private static String exempt(List<Distribution> distributions) {
        return distributions.stream().flatMap(d -> d.lines().stream().map(l -> l.paidOn() + " " + exemptPart(d, l)))
                .collect(Collectors.joining(", "));
    }

    private static BigDecimal exemptPart(Distribution d, DistributionLine l) {
        Tax58.Eligibility e = LineTax.of(d, l, true, true).eligibility();
        return e.exemptPart();
    }

    private static List<BigDecimal> amounts(List<Distribution> distributions) {
        return distributions.stream().flatMap(d -> d.receipts().stream()).map(DistributedReceipt::amount).toList();
    }
}
