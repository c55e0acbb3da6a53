package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.deal.DealMode;
import org.transferdesk.ledger.MappingReport.Origin;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;

/**
 * Issue 17's mapping step: a messy ledger's guesses are shown with where they came from, every unknown is asked once
 * (not once per cell), the answers make a profile that reads the same ledger next time without a question, and a
 * profile naming what the format does not know is refused whole.
 */
@Tag(TestDatabase.TAG)
class LedgerMappingTest extends LedgerImportTestBase {
    LedgerMappingTest() {
        super(LedgerDb.LATER);
    }

    private ImportPreview check(Path file, ImportMapping mapping) {
        return importer.preview(file, new LedgerImporter.Options(false, false, mapping), ProgressSink.NONE);
    }

    @Test
    void aMessyLedger_isReadWithItsGuessesShown_andAsksEachUnknownOnce() throws IOException {
        Path file = MessyLedger.write(tmp.resolve("messy.xlsx"));
        ImportPreview preview = check(file, ImportMapping.NONE);
        MappingReport report = preview.mapping();

        assertThat(report.sheets()).extracting(MappingReport.SheetChoice::worksheet, MappingReport.SheetChoice::sheet,
                MappingReport.SheetChoice::origin).containsExactly(
                tuple("人员名单", LedgerSheet.PEOPLE, Origin.GUESSED),
                tuple("成果清单", LedgerSheet.RESULTS, Origin.GUESSED),
                tuple("合同台账", LedgerSheet.CONTRACTS, Origin.GUESSED),
                tuple("到账明细", LedgerSheet.RECEIPTS, Origin.GUESSED),
                tuple("Sheet3", null, Origin.UNMAPPED));
        assertThat(report.columns()).filteredOn(c -> c.sheet() == LedgerSheet.CONTRACTS)
                .extracting(MappingReport.ColumnChoice::header, c -> c.column() == null ? null : c.column().alias(),
                        MappingReport.ColumnChoice::origin)
                .containsExactly(tuple("合同编号", "contract_no", Origin.FORMAT), tuple("转化方式", "mode", Origin.FORMAT),
                        tuple("签订日期", "signed_on", Origin.FORMAT), tuple("合同金额（万元）", "amount", Origin.FORMAT),
                        tuple("合同对方", "counterparty", Origin.GUESSED),
                        tuple("占股比例", "equity_share", Origin.GUESSED),
                        tuple("关联成果", "result_nos", Origin.FORMAT), tuple("备注", null, Origin.UNMAPPED));
        // 技术合作 is in two cells: one question, with both cells counted
        assertThat(report.values()).filteredOn(v -> v.column() == LedgerSheet.Columns.MODE)
                .extracting(MappingReport.ValueChoice::text, MappingReport.ValueChoice::constant,
                        MappingReport.ValueChoice::origin, MappingReport.ValueChoice::cells)
                .containsExactly(tuple("作价入股", "EQUITY", Origin.GUESSED, 1), tuple("技术合作", null, Origin.UNMAPPED, 2),
                        tuple("普通许可", "LICENSE", Origin.GUESSED, 1));
        assertThat(preview.errors()).filteredOn(e -> e.key().equals("ledger.value.unmapped")).singleElement()
                .satisfies(e -> {
                    assertThat(e.row()).isEqualTo(5);
                    assertThat(e.column()).isEqualTo("转化方式");
                    assertThat(e.message()).contains("技术合作", "2");
                });
        assertThat(report.fractions()).extracting(MappingReport.FractionQuestion::header,
                MappingReport.FractionQuestion::example, MappingReport.FractionQuestion::answer)
                .containsExactly(tuple("占股比例", "0.2", null));
        assertThat(report.shares().cells()).isEqualTo(1);
        assertThat(report.names()).extracting(MappingReport.NameQuestion::name).containsExactly("王五");
        assertThat(report.names().get(0).candidates()).extracting(MappingReport.Option::label)
                .containsExactly("T003（材料学院）", "T004（化学学院）");
        assertThat(report.keys()).extracting(MappingReport.KeyQuestion::resultNo).containsExactly("R1");
        assertThat(report.openQuestions()).isEqualTo(MessyLedger.QUESTIONS);
        assertThat(report.hasGuesses()).isTrue();
    }

    @Test
    void theAnswers_importTheLedgerRight_andTheSavedProfileReadsItAgainWithoutAQuestion() throws IOException {
        Path file = MessyLedger.write(tmp.resolve("messy.xlsx"));
        ImportMapping answered = check(file, ImportMapping.NONE).mapping().mapping()
                .withValue(LedgerSheet.CONTRACTS, LedgerSheet.Columns.MODE, "技术合作", DealMode.DEVELOPMENT.name())
                .withFractions(LedgerSheet.CONTRACTS, LedgerSheet.Columns.EQUITY_SHARE, ImportMapping.FRACTION)
                .withEqualShares(true)
                .withPerson("王五", "T004")
                .withKeyContributors("R1", Set.of("张三"));
        Path profileFile = tmp.resolve("mappings/月度台账.json");
        answered.write(profileFile);
        ImportMapping profile = new MappingProfiles(tmp.resolve("mappings")).read("月度台账");
        assertThat(profile).isEqualTo(answered);
        assertThat(Files.readString(profileFile)).contains("\"合同对方\" : \"counterparty\"", "\"技术合作\" : \"DEVELOPMENT\"",
                "\"Sheet3\" : \"\"", "\"备注\" : \"\"");

        ImportPreview preview = check(file, profile);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.mapping().openQuestions()).isZero();
        assertThat(preview.mapping().hasGuesses()).isFalse();
        // confirmed columns and sheets left out are no longer news
        assertThat(preview.notices()).extracting(ImportError::key)
                .doesNotContain("ledger.notice.ignoredColumn", "ledger.notice.sheetSkipped", "ledger.notice.valueAs");
        importer.commit(preview, ProgressSink.NONE);

        assertThat(ledger.deal("HT-2024-01").mode()).isEqualTo(DealMode.EQUITY);
        assertThat(ledger.deal("HT-2024-01").contractAmount()).isEqualByComparingTo("1200000.00");
        assertThat(ledger.deal("HT-2024-01").equity().universityShare().percent()).isEqualByComparingTo("20");
        assertThat(ledger.deal("HT-2024-02").mode()).isEqualTo(DealMode.DEVELOPMENT);
        assertThat(ledger.deal("HT-2024-04").contractAmount()).isEqualByComparingTo("123450.00");
        assertThat(ledger.deal("HT-2024-02").receipts()).extracting(r -> r.amount().toPlainString())
                .containsExactly("200000.00", "155000.00");
        assertThat(ledger.db.dsl().fetch("select r.result_no, p.staff_no, i.share, i.key_contributor from inventor i"
                + " join person p on p.id = i.person_id join disclosure r on r.id = i.disclosure_id"
                + " where r.result_no in ('R1', 'R2') order by r.result_no, p.staff_no")
                .map(r -> r.get(0) + " " + r.get(1) + " " + r.get(2, BigDecimal.class).stripTrailingZeros()
                        .toPlainString() + " " + r.get(3)))
                .containsExactly("R1 T001 0.5 true", "R1 T002 0.5 false", "R2 T004 1 true");
    }

    @Test
    void aContractNumberMergedOverItsReceipts_inAnXlsx_belongsToEachOfThem() throws IOException {
        Path file = TestWorkbook.create()
                .sheet("合同", TestWorkbook.row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称", "关联成果"),
                        TestWorkbook.row("C1", "技术开发", "2024-03-05", 90_000, "甲公司", null))
                .sheet("到账", TestWorkbook.row("合同编号", "到账日期", "金额", "凭证号"),
                        TestWorkbook.row("C1", "2024-04-01", 30_000, "P1"),
                        TestWorkbook.row(null, "2024-05-01", 30_000, "P2"),
                        TestWorkbook.row(null, "2024-06-01", 30_000, "P3"))
                .merge("到账", 1, 0, 3, 0)
                .writeTo(tmp.resolve("merged.xlsx"));
        ImportPreview preview = check(file, ImportMapping.NONE);
        assertThat(preview.errors()).isEmpty();
        importer.commit(preview, ProgressSink.NONE);
        assertThat(ledger.deal("C1").receipts()).extracting(r -> r.amount().toPlainString())
                .containsExactly("30000.00", "30000.00", "30000.00");
    }

    @Test
    void aTwoRowGroupedHeader_isReadAsOneHeader_andSaidSo() throws IOException {
        Path file = TestWorkbook.create()
                .sheet("合同台账", TestWorkbook.row("2024年合同台账"),
                        TestWorkbook.row("合同编号", "合同信息", null, null, "对方名称", "关联成果"),
                        TestWorkbook.row(null, "转化方式", "签订日期", "合同金额（万元）", null, null),
                        TestWorkbook.row("C1", "技术开发", "2024-03-05", 9, "甲公司", null))
                .merge("合同台账", 1, 0, 2, 0).merge("合同台账", 1, 1, 1, 3).merge("合同台账", 1, 4, 2, 4)
                .merge("合同台账", 1, 5, 2, 5)
                .writeTo(tmp.resolve("grouped.xlsx"));
        ImportPreview preview = check(file, ImportMapping.NONE);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.notices()).extracting(ImportError::key).contains("ledger.notice.groupedHeader");
        importer.commit(preview, ProgressSink.NONE);
        assertThat(ledger.deal("C1").contractAmount()).isEqualByComparingTo("90000.00");
        assertThat(ledger.deal("C1").mode()).isEqualTo(DealMode.DEVELOPMENT);
    }

    @Test
    void equalShares_sumToExactlyOneHundred() {
        assertThat(InventorList.equalShares(3)).extracting(p -> p.percent().toPlainString())
                .containsExactly("33.3334", "33.3333", "33.3333");
        assertThat(InventorList.equalShares(7).stream().map(p -> p.fraction()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1");
        assertThat(InventorList.equalShares(1)).extracting(p -> p.percent().toPlainString()).containsExactly("100");
    }

    @Test
    void aProfileAnsweringPercent_readsBareFractionsAsPercentages() throws IOException {
        Path file = TestWorkbook.create().sheet("合同",
                TestWorkbook.row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称", "持股比例", "关联成果"),
                TestWorkbook.row("C1", "作价投资", "2024-03-05", 800_000, "甲公司", 0.5, null)).writeTo(tmp.resolve("p.xlsx"));
        ImportPreview preview = check(file, ImportMapping.NONE
                .withFractions(LedgerSheet.CONTRACTS, LedgerSheet.Columns.EQUITY_SHARE, ImportMapping.PERCENT));
        assertThat(preview.errors()).extracting(ImportError::key).doesNotContain("ledger.percent.ask");
        assertThat(preview.mapping().fractions()).extracting(MappingReport.FractionQuestion::answer)
                .containsExactly(ImportMapping.PERCENT);
    }

    @Test
    void aProfileNamingWhatTheFormatDoesNotKnow_isRefusedWhole() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, """
                {"format": "transferdesk-import-mapping/1",
                 "sheets": {"台账": "contract"},
                 "columns": {"contracts": {"金额（万元）": "money"}},
                 "values": {"contracts.mode": {"技术合作": "合作"}, "contracts.title": {"x": "Y"}},
                 "fractions": {"contracts.equity_share": "maybe"}}
                """);
        assertThatThrownBy(() -> ImportMapping.read(bad)).isInstanceOf(ImportFailedException.class)
                .satisfies(e -> assertThat(((ImportFailedException) e).errors()).extracting(ImportError::key)
                        .containsExactlyInAnyOrder("ledger.mapping.unknownSheet", "ledger.mapping.unknownColumn",
                                "ledger.mapping.unknownValue", "ledger.mapping.noValues",
                                "ledger.mapping.fractionAnswer"));
        Files.writeString(bad, "not json");
        assertThatThrownBy(() -> ImportMapping.read(bad)).isInstanceOf(ImportFailedException.class);
        assertThatThrownBy(() -> new MappingProfiles(tmp).read("无此方案")).isInstanceOf(ImportFailedException.class)
                .satisfies(e -> assertThat(((ImportFailedException) e).errors().get(0).key())
                        .isEqualTo("ledger.mapping.notFound"));
    }

    @Test
    void aProfileMapsAnOfficesOwnHeaderAndSheetName() throws IOException {
        Path file = TestWorkbook.create().sheet("HT",
                TestWorkbook.row("编号", "方式", "日子", "钱（元）", "对方名称"),
                TestWorkbook.row("C1", "转让", "2024-03-05", 50_000, "甲公司")).writeTo(tmp.resolve("own.xlsx"));
        ImportMapping own = ImportMapping.NONE.withSheet("HT", LedgerSheet.CONTRACTS)
                .withColumn(LedgerSheet.CONTRACTS, "编号", LedgerSheet.Columns.CONTRACT_NO)
                .withColumn(LedgerSheet.CONTRACTS, "方式", LedgerSheet.Columns.MODE)
                .withColumn(LedgerSheet.CONTRACTS, "日子", LedgerSheet.Columns.SIGNED_ON)
                .withColumn(LedgerSheet.CONTRACTS, "钱（元）", LedgerSheet.Columns.CONTRACT_AMOUNT);
        ImportPreview preview = check(file, own);
        assertThat(preview.mapping().sheets()).extracting(MappingReport.SheetChoice::origin)
                .containsExactly(Origin.PROFILE);
        assertThat(preview.errors()).extracting(ImportError::key).doesNotContain("ledger.column.missing");
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.counts().stream().mapToInt(SheetCounts::created).sum()).isEqualTo(1);
    }
}
