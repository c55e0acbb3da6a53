package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.Database;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.due.DueItem;
import org.transferdesk.due.DueKind;
import org.transferdesk.due.DueService;
import org.transferdesk.ledger.ImportError;
import org.transferdesk.ledger.ImportPreview;

import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.TraceLine;
import org.transferdesk.export.print.PrintableSheet;
import org.transferdesk.reward.export.UnitInfo;

/**
 * R-TAX58's "one eligibility function": the same payments — one distribution computed and paid in the app, the
 * rest imported from a ledger (奖励发放) — get the same eligibility and exempt part in the distribution editor
 * (DistributionService.inspect, what its view model shows), the 备案表 (RewardDocuments.taxFiling), the due list
 * (DueService: the 备案表 reminders) and the annual report (ReportService, the 58号 exempt part and its trace).
 */
class Tax58AgreementTest {
    @TempDir
    Path tmp;

    private AppContext context;
    private DistributionService service;
    private long dealA1;

    /** Eligible lines: who, paid when, reward, exempt part. The others must be eligible nowhere. */
    private static final Map<String, String> ELIGIBLE = Map.of(
            "甲教授 2022-01-10", "15000.00", // app flow: receipt 2019-01-10, its last day 2022-01-10
            "乙老师 2021-12-01", "5000.01", // imported, 10,000.01 from the receipt of 2019-01-10: odd fen HALF_UP
            "乙老师 2020-06-01", "4000.00", // imported, receipt 2017-05-10: 58号's transition, by 2021-07-01
            "乙老师 2022-03-02", "6000.00"); // imported, the deal's latest receipt before it (2021-06-01) by default

    @BeforeEach
    void setUp() throws IOException {
        context = new AppContext(new DataFolder(tmp.resolve("data")).create(),
                Database.openInMemory("tax58-" + UUID.randomUUID()), TestDatabase.CLOCK);
        service = context.distributions();
        ImportPreview preview = context.ledger().preview(ledger(), false, ProgressSink.NONE);
        assertThat(preview.errors()).isEmpty();
        // the payment without any receipt is imported, and the user is told it gets no relief
        assertThat(preview.notices()).extracting(ImportError::message)
                .anySatisfy(m -> assertThat(m).contains("D1", "2023-05-01", "58号"));
        context.ledger().commit(preview, ProgressSink.NONE);

        // the app's own flow on A1: propose, publicise with the document, approve, pay one line on the last day
        // of the receipt's 36 months and the other a day later
        dealA1 = deal("A1").id();
        long receipt = context.deals().find(dealA1).orElseThrow().receipts().get(0).id();
        Distribution d = service.saveDraft(service.proposeCash(dealA1, List.of(receipt)).distribution());
        LocalDate from = LocalDate.of(2021, 11, 1);
        service.publicise(d.id(), from, service.earliestPublicityEnd(from), "科奖公示〔2021〕9号",
                "关于A1许可收益奖励分配的公示结果");
        service.approve(d.id(), LocalDate.of(2021, 12, 31), "校长办公会");
        service.pay(d.id(), Set.of(0), LocalDate.of(2022, 1, 10), "GZ-1");
        service.pay(d.id(), Set.of(1), LocalDate.of(2022, 1, 11), "GZ-2");
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    private Path ledger() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("ledger"));
        write(folder, "人员", """
                工号,姓名,院系,领导职务,身份证号,证件类型
                T001,甲教授,材料学院,,11010519491231002X,
                T002,乙老师,材料学院,,E12345678,护照
                """);
        write(folder, "成果", """
                成果编号,成果名称,披露日期,院系,成果类型,经费来源,完成人
                R1,一种正极材料的制备方法,2016-01-01,材料学院,发明专利,,T001:60*;T002:40*
                """);
        write(folder, "合同", """
                合同编号,转化方式,许可类型,签订日期,合同金额,对方名称,定价方式,技术合同登记号,登记日期,关联成果
                A1,许可,普通,2018-12-01,100000,甲公司,挂牌交易,2018110000000001,2018-12-20,R1
                B1,许可,普通,2018-12-01,100000,乙公司,挂牌交易,2018110000000002,2018-12-20,R1
                C1,许可,普通,2017-04-01,100000,丙公司,挂牌交易,2017110000000003,2017-04-20,R1
                D1,许可,普通,2023-01-01,100000,丁公司,挂牌交易,2023110000000004,2023-01-20,R1
                E1,许可,普通,2018-12-01,100000,戊公司,挂牌交易,2018110000000005,2018-12-20,R1
                """);
        write(folder, "到账", """
                合同编号,到账日期,金额,凭证号
                A1,2019-01-10,100000.00,PZ-A1
                B1,2019-01-10,100000.00,PZ-B1
                C1,2017-05-10,100000.00,PZ-C1
                E1,2019-01-10,100000.00,PZ-E1
                E1,2021-06-01,50000.00,PZ-E2
                """);
        // B1 2022-03-01: the receipt's window ended 2022-01-10; C1 2018-06-15: before 58号 was in force;
        // D1: no receipt at all; E1 2022-02-28 names the lapsed receipt (the latest would have qualified), E1
        // 2022-03-02 takes the latest
        write(folder, "奖励发放", """
                合同编号,发放日期,工号,类型,金额,股权比例,公示,代扣个税,到账日期,凭证号
                B1,2022-03-01,T001,现金,50000.00,,是,,,
                B1,2021-12-01,T002,现金,"10,000.01",,是,,,
                C1,2018-06-15,T001,现金,20000.00,,是,,,
                C1,2020-06-01,T002,现金,8000.00,,是,,,
                D1,2023-05-01,T001,现金,6000.00,,是,,,
                E1,2022-02-28,T001,现金,30000.00,,是,,2019-01-10,PZ-E1
                E1,2022-03-02,T002,现金,12000.00,,是,,,
                """);
        return folder;
    }

    private static void write(Path folder, String sheet, String csv) throws IOException {
        Files.writeString(folder.resolve(sheet + ".csv"), csv, StandardCharsets.UTF_8);
    }

    private DealSummary deal(String contractNo) {
        return context.deals().list().stream().filter(s -> contractNo.equals(s.contractNo())).findFirst().orElseThrow();
    }

    /** What the distribution editor shows for each line: "name paidOn" → exempt part (0.00 when not eligible). */
    private Map<String, BigDecimal> editor() {
        Map<String, BigDecimal> exempt = new TreeMap<>();
        for (Distribution d : service.list(null)) {
            List<LineTax> taxes = service.inspect(d).taxes();
            for (int i = 0; i < d.lines().size(); i++) {
                exempt.put(d.lines().get(i).name() + " " + d.lines().get(i).paidOn(),
                        ExportedDistribution.exemptPart(taxes.get(i)));
            }
        }
        return exempt;
    }

    @Test
    void editor_sees58号ByItsDates_andEveryImportedPaymentByItsOwnReceipt() {
        Map<String, BigDecimal> editor = editor();

        assertThat(editor).hasSize(9);
        editor.forEach((line, exempt) -> assertThat(exempt).as(line)
                .isEqualByComparingTo(ELIGIBLE.getOrDefault(line, "0.00")));
        // why the others fail, as the editor explains it
        Map<String, List<Tax58.Condition>> failed = new HashMap<>();
        for (Distribution d : service.list(null)) {
            List<LineTax> taxes = service.inspect(d).taxes();
            for (int i = 0; i < d.lines().size(); i++) {
                failed.put(d.lines().get(i).name() + " " + d.lines().get(i).paidOn(), taxes.get(i).eligibility().failed());
            }
        }
        assertThat(failed.get("乙老师 2022-01-11")).containsExactly(Tax58.Condition.PAID_WITHIN_36_MONTHS);
        assertThat(failed.get("甲教授 2022-03-01")).containsExactly(Tax58.Condition.PAID_WITHIN_36_MONTHS);
        assertThat(failed.get("甲教授 2018-06-15")).containsExactly(Tax58.Condition.PAID_FROM_2018_07_01);
        assertThat(failed.get("甲教授 2023-05-01")).containsExactly(Tax58.Condition.RECEIPT_KNOWN);
        assertThat(failed.get("甲教授 2022-02-28")).containsExactly(Tax58.Condition.PAID_WITHIN_36_MONTHS);
        // an imported payment names its receipt: by default the deal's latest on or before the payment
        Distribution e1Default = service.list(null).stream()
                .filter(d -> d.imported() && d.basisDate().equals(LocalDate.of(2022, 3, 2))).findFirst().orElseThrow();
        assertThat(e1Default.receipts()).extracting(DistributedReceipt::receivedOn, DistributedReceipt::voucherNo)
                .containsExactly(tuple(LocalDate.of(2021, 6, 1), "PZ-E2"));
    }

    @Test
    void taxFiling_listsExactlyTheEligibleLines_importedOnesWithTheirReceipt() {
        List<PrintableSheet> sheets = context.rewardDocuments().taxFiling(new UnitInfo("某某大学", "12100000400000000X"),
                LocalDate.of(2018, 1, 1), LocalDate.of(2026, 11, 22));
        PrintableSheet filing = sheets.get(0);

        Map<String, BigDecimal> listed = new TreeMap<>();
        filing.rows().forEach(r -> listed.put(r.get(7) + " " + r.get(14), (BigDecimal) r.get(11)));
        Map<String, BigDecimal> eligibleInEditor = new TreeMap<>(editor());
        eligibleInEditor.values().removeIf(v -> v.signum() == 0);
        assertThat(listed).isEqualTo(eligibleInEditor);
        assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(ELIGIBLE.keySet());
        // the imported B1 payment: its receipt's date and amount, the person's ID type, blank document cells
        assertThat(filing.rows()).filteredOn(r -> "乙老师 2021-12-01".equals(r.get(7) + " " + r.get(14))).singleElement()
                .satisfies(r -> {
                    assertThat(r.get(5)).isEqualTo("2019-01-10");
                    assertThat(r.get(6)).isEqualTo(new BigDecimal("100000.00"));
                    assertThat(r.get(8)).isEqualTo("护照");
                    assertThat(r.get(9)).isEqualTo("E12345678");
                    assertThat(r.get(12)).isEqualTo("");
                    assertThat(r.get(13)).isEqualTo("");
                });
        // the app's line: the document number and name as publicised, a resident ID
        assertThat(filing.rows()).filteredOn(r -> "甲教授 2022-01-10".equals(r.get(7) + " " + r.get(14))).singleElement()
                .satisfies(r -> {
                    assertThat(r.get(8)).isEqualTo("居民身份证");
                    assertThat(r.get(12)).isEqualTo("科奖公示〔2021〕9号");
                    assertThat(r.get(13)).isEqualTo("关于A1许可收益奖励分配的公示结果");
                });
        // nothing invented: the missing documents are named in a note under the table instead
        assertThat(filing.closing()).anySatisfy(c -> assertThat(c).contains("公示结果文件文号或名称"));
    }

    @Test
    void dueList_remindsThe备案表OfExactlyTheEligiblePayments() {
        context.office().set(DueService.REMIND_FROM, LocalDate.of(2018, 1, 1), "2018-01-01");

        List<DueItem> filings = context.due().open(context.due().today()).stream()
                .filter(i -> i.kind() == DueKind.TAX_FILING).toList();

        Map<String, BigDecimal> expected = new TreeMap<>();
        for (Distribution d : service.list(null)) {
            List<LineTax> taxes = service.inspect(d).taxes();
            for (int i = 0; i < d.lines().size(); i++) {
                if (ExportedDistribution.exemptPart(taxes.get(i)).signum() > 0) {
                    expected.merge(d.id() + ":" + YearMonth.from(d.lines().get(i).paidOn()), d.lines().get(i).amount(),
                            BigDecimal::add);
                }
            }
        }
        Map<String, BigDecimal> reminded = new TreeMap<>();
        filings.forEach(i -> reminded.put(i.record().id() + ":" + i.key().substring(i.key().lastIndexOf(':') + 1),
                i.amount()));
        assertThat(reminded).isEqualTo(expected).hasSize(4);
        assertThat(filings).extracting(DueItem::dueOn).containsExactlyInAnyOrder(LocalDate.of(2020, 7, 15),
                LocalDate.of(2022, 1, 15), LocalDate.of(2022, 2, 15), LocalDate.of(2022, 4, 15));
    }

    @Test
    void annualReport_countsTheSameExemptParts_yearByYear() {
        Map<String, BigDecimal> editor = editor();
        for (int year = 2018; year <= 2023; year++) {
            AnnualReport report = context.reports().figures(year);
            String prefix = String.valueOf(year);
            BigDecimal expected = editor.entrySet().stream()
                    .filter(e -> e.getKey().substring(e.getKey().indexOf(' ') + 1).startsWith(prefix))
                    .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(report.rewards().taxExempt58()).as("58号 exempt part %d", year).isEqualByComparingTo(expected);
            List<TraceLine> trace = report.traceOf("rewards.taxExempt58");
            assertThat(trace).extracting(TraceLine::amount).allSatisfy(a -> assertThat(a.signum()).isPositive());
            assertThat(trace.stream().map(TraceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(expected);
        }
        assertThat(context.reports().figures(2022).rewards().taxExempt58()).isEqualByComparingTo("21000.00");
        assertThat(context.reports().figures(2018).rewards().taxExempt58()).isEqualByComparingTo("0.00");
        assertThat(context.reports().figures(2023).rewards().taxExempt58()).isEqualByComparingTo("0.00");
    }
}
