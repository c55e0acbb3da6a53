package org.transferdesk.reward.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Deal;
import org.transferdesk.export.print.PrintableSheet;
import org.transferdesk.export.print.PrintableXlsx;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.Person;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.ExportedDistribution;
import org.transferdesk.reward.RewardFixture;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.reward.RewardServices;
import org.junit.jupiter.api.Tag;

/** The reward documents and the CSV/XLSX of distributions on E1, paid to A and B on 2026-11-20. */
@Tag(TestDatabase.TAG)
class RewardDocumentsTest {
    @TempDir
    Path tmp;

    private Database db;
    private RewardServices services;
    private DistributionService service;
    private RewardDocuments documents;
    private RewardFixture fixture;
    private Distribution e1;
    private static final String DOC_NAME = "关于高镍正极材料专利许可收益奖励分配的公示结果";

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        services = new RewardServices(db, RewardPolicy.Preset.BEIJING.policy());
        service = services.distributions;
        documents = new RewardDocuments(service, services.people, services.disclosures, (k, d) -> Optional.empty());
        fixture = new RewardFixture(db.dsl()).e1Team(LeaderRole.HEAD);
        Person a = fixture.team.get(0);
        services.people.save(new Person(a.id(), a.staffNo(), a.name(), null, null, a.leaderRole(), "11010519491231002X",
                null, a.version()));
        Deal deal = fixture.e1Licence("E1", true);
        Distribution d = service.saveDraft(service.proposeCash(deal.id(), List.of(deal.receipts().get(0).id()))
                .distribution());
        LocalDate from = LocalDate.of(2026, 10, 12);
        service.publicise(d.id(), from, service.earliestPublicityEnd(from), "科奖公示〔2026〕7号", DOC_NAME);
        service.approve(d.id(), LocalDate.of(2026, 11, 10), "校长办公会");
        e1 = service.pay(d.id(), Set.of(0, 1), LocalDate.of(2026, 11, 20), "GZ-2026-11",
                Map.of(0, new BigDecimal("41605.76")));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void taxFiling_listsEachPaidEligibleLine_withHalfExempt_andTheFilingDue() throws IOException {
        List<PrintableSheet> sheets = documents.taxFiling(new UnitInfo("某某大学", "12100000400000000X"),
                YearMonth.of(2026, 11));

        PrintableSheet filing = sheets.get(0);
        assertThat(filing.rows()).hasSize(2);
        List<Object> a = filing.rows().get(0);
        assertThat(a).containsExactly(1, "一种高镍正极材料的制备方法", fixture.result.resultType().label(), "许可（独占）",
                "2024110000001234", "2024-06-20", new BigDecimal("2000000.00"), "甲教授", "居民身份证",
                "11010519491231002X", new BigDecimal("520072.00"), new BigDecimal("260036.00"), "科奖公示〔2026〕7号",
                DOC_NAME, LocalDate.of(2026, 11, 20));
        assertThat(filing.rows().get(1).get(11)).isEqualTo(new BigDecimal("162522.50"));
        assertThat(filing.totals().get(10)).isEqualTo(new BigDecimal("845117.00"));
        assertThat(filing.totals().get(11)).isEqualTo(new BigDecimal("422558.50"));
        assertThat(filing.facts()).extracting(PrintableSheet.Fact::value)
                .containsExactly("某某大学", "12100000400000000X", "2026 年 11 月", "2026-12-15");
        // B has no ID number: the cell is empty and B is listed to complete
        assertThat(filing.rows().get(1).get(9)).isEqualTo("");
        assertThat(sheets.get(1).rows()).containsExactly(List.of("R002", "乙老师", "E1"));
        // the document is recorded: no note asks for it
        assertThat(filing.closing()).noneMatch(c -> c.contains("公示结果文件文号或名称"));
        assertThat(documents.taxFiling(new UnitInfo("某某大学", ""), YearMonth.of(2026, 10)).get(0).rows()).isEmpty();

        Path file = tmp.resolve("备案表.xlsx");
        PrintableXlsx.write(file, sheets);
        String text = text(file, 0);
        assertThat(text).contains("科技人员取得职务科技成果转化现金奖励个人所得税备案表", "某某大学", "12100000400000000X",
                "居民身份证", "11010519491231002X", "科奖公示〔2026〕7号", "公示结果文件名称", DOC_NAME);
    }

    /** R-TAX58-FILING: the ID type comes from the person; only a 居民身份证 number is checked for its digit. */
    @Test
    void taxFiling_idTypeComesFromThePerson() {
        Person b = fixture.team.get(1);
        Person saved = services.people.save(new Person(b.id(), b.staffNo(), b.name(), null, null, b.leaderRole(),
                org.transferdesk.people.IdType.PASSPORT, "E12345678", null, b.version()));
        assertThat(saved.idType()).isEqualTo(org.transferdesk.people.IdType.PASSPORT);

        List<PrintableSheet> sheets = documents.taxFiling(new UnitInfo("某某大学", ""), YearMonth.of(2026, 11));

        assertThat(sheets.get(0).rows()).extracting(r -> r.get(7), r -> r.get(8), r -> r.get(9)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("甲教授", "居民身份证", "11010519491231002X"),
                org.assertj.core.groups.Tuple.tuple("乙老师", "护照", "E12345678"));
        assertThat(sheets).hasSize(1); // everyone has an ID number now
    }

    @Test
    void payroll_hasApprovedAndPaidLines_withExemptAndTaxableTotals() {
        PrintableSheet payroll = documents.payroll(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

        assertThat(payroll.rows()).hasSize(4);
        assertThat(payroll.rows()).extracting(r -> r.get(9)).containsExactly("GZ-2026-11", "GZ-2026-11", "", "");
        // the tax withheld where recorded: only on the first line; empty while unpaid
        assertThat(payroll.rows()).extracting(r -> r.get(7)).containsExactly(new BigDecimal("41605.76"), null, null, null);
        assertThat(payroll.totals().get(4)).isEqualTo(new BigDecimal("1300180.00"));
        assertThat(payroll.totals().get(5)).isEqualTo(new BigDecimal("650090.00"));
        assertThat(payroll.totals().get(6)).isEqualTo(new BigDecimal("650090.00"));
        assertThat(payroll.totals().get(7)).isEqualTo(new BigDecimal("41605.76"));
        assertThat(payroll.rows().get(0).get(8)).isEqualTo("合同 E1 · 分配 #" + e1.id());
        assertThat(documents.payroll(e1.id()).rows()).hasSize(4);
        assertThat(documents.payroll(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)).rows()).isEmpty();
    }

    @Test
    void statement_groupsByYear_withTotals_andAnUnknownStaffNoIsRefused() {
        PrintableSheet statement = documents.statement("R001");

        assertThat(statement.rows()).hasSize(2); // the 2024 line and its subtotal
        assertThat(statement.rows().get(0)).startsWith(LocalDate.of(2024, 6, 20), "E1", "高镍正极材料专利独占许可");
        assertThat(statement.rows().get(0).get(4)).isEqualTo(new BigDecimal("520072.00"));
        assertThat(statement.rows().get(1).get(0).toString()).isEqualTo("2024 年合计");
        assertThat(statement.totals().get(4)).isEqualTo(new BigDecimal("520072.00"));
        assertThat(statement.totals().get(9)).isEqualTo(new BigDecimal("260036.00"));
        assertThat(statement.rows().get(0).get(10)).isEqualTo(new BigDecimal("41605.76"));
        assertThat(statement.totals().get(10)).isEqualTo(new BigDecimal("41605.76"));
        assertThat(documents.statement("R002").totals().get(10)).isNull(); // paid, no tax recorded
        assertThatThrownBy(() -> documents.statement("NOPE")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void rewardNotice_namesTheHeadLeader_andUsesTheRecordedPublicity() throws IOException {
        PrintableSheet notice = documents.rewardNotice(e1.id(), null, null);

        assertThat(notice.rows()).extracting(r -> r.get(2)).containsExactly("正职领导", "", "", "");
        assertThat(notice.facts()).extracting(PrintableSheet.Fact::value).contains("2024110000001234",
                "2,000,000.00 元（2024-06-20 到账）", "70%，奖励总额 1,300,180.00 元");
        assertThat(notice.totals().get(4)).isEqualTo(new BigDecimal("1300180.00"));
        Path file = tmp.resolve("notice.xlsx");
        PrintableXlsx.write(file, List.of(notice));
        assertThat(text(file, 0)).contains("科技成果转化奖励公示", "一种高镍正极材料的制备方法", "甲教授", "正职领导",
                "科奖公示〔2026〕7号");
    }

    @Test
    void csvAndXlsx_carryTheJsonFigures() throws IOException {
        List<ExportedDistribution> kept = ExportedDistribution.select(service, 2024).distributions();
        Path csvFile = tmp.resolve("d.csv");
        DistributionTables.writeCsv(csvFile, kept);
        byte[] bytes = Files.readAllBytes(csvFile);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(records).hasSize(4);
        assertThat(records.get(0).get("pool")).isEqualTo("1300180.00");
        assertThat(records.get(0).get("rate")).isEqualTo("0.7");
        assertThat(records).extracting(r -> r.get("amount")).containsExactly("520072.00", "325045.00", "260036.00",
                "195027.00");
        assertThat(records).extracting(r -> r.get("taxExempt58")).containsExactly("260036.00", "162522.50",
                "130018.00", "97513.50");
        assertThat(records.get(0).get("paidOn")).isEqualTo("2026-11-20");
        assertThat(records).extracting(r -> r.get("taxWithheld")).containsExactly("41605.76", "", "", "");
        StringWriter piped = new StringWriter();
        DistributionTables.writeCsv(piped, kept, false);
        assertThat(piped.toString()).startsWith("contractNo,receiptDates,receiptAmounts,gross,");

        Path xlsx = tmp.resolve("d.xlsx");
        DistributionTables.writeXlsx(xlsx, kept);
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).hasSize(3);
            assertThat(sheets.get(2).read()).as("E1 was not split (R-UNIT-SPLIT): the header only").hasSize(1);
            List<Row> ds = sheets.get(0).read();
            assertThat(ds.get(1).getCell(1).getText()).isEqualTo("E1");
            assertThat(ds.get(1).getCell(9).asNumber()).isEqualByComparingTo("1300180.00");
            assertThat(ds.get(1).getCell(8).asNumber()).isEqualByComparingTo("1857400.00");
            assertThat(ds.get(1).getCell(10).asNumber()).isEqualByComparingTo("0.7");
            List<Row> lines = sheets.get(1).read();
            assertThat(lines).hasSize(5);
            assertThat(lines.subList(1, 5)).extracting(r -> r.getCell(5).asNumber().setScale(2).toPlainString())
                    .containsExactly("520072.00", "325045.00", "260036.00", "195027.00");
            assertThat(lines.get(2).getCell(10).asNumber()).isEqualByComparingTo("162522.50");
            assertThat(lines.get(1).getCell(13).asNumber()).isEqualByComparingTo("41605.76");
        }
    }

    private static String text(Path file, int sheet) throws IOException {
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            return wb.getSheets().toList().get(sheet).read().stream().flatMap(Row::stream)
                    .filter(c -> c != null).map(c -> c.getText()).reduce("", (x, y) -> x + "|" + y);
        }
    }
}
