package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.transferdesk.db.jooq.Tables.DEAL;
import static org.transferdesk.ledger.TestWorkbook.percentCell;
import static org.transferdesk.ledger.TestWorkbook.row;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.deal.Deal;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;

/**
 * Issue 17's silent misreadings, each reproduced and now read right or refused with the cell named: amounts in
 * 万元, percent-formatted cells, bare fractions, other column and sheet names, title rows, an empty 签订日期.
 */
@Tag(TestDatabase.TAG)
class LedgerMisreadTest extends LedgerImportTestBase {
    LedgerMisreadTest() {
        super(LedgerDb.LATER);
    }

    private Path contracts(String amountHeader, Object amount) throws IOException {
        return TestWorkbook.create().sheet("合同", row("合同编号", "转化方式", "签订日期", amountHeader, "对方名称"),
                row("C1", "转让", "2024-03-05", amount, "甲公司")).writeTo(tmp.resolve("c.xlsx"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"合同金额（万元）", "合同金额(万元)", "合同金额/万元", "合同金额\n（万元）", "合同金额 【万元】"})
    void anAmountUnder万元_isStoredTimesTenThousand_andSaidSo(String header) throws IOException {
        ImportPreview preview = importer.preview(contracts(header, 120), false, ProgressSink.NONE);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.notices()).extracting(ImportError::key).contains("ledger.notice.wan");
        importer.commit(preview, ProgressSink.NONE);
        assertThat(deal("C1").contractAmount()).isEqualTo(new BigDecimal("1200000.00"));
    }

    @Test
    void aUnitsRowAboveTheHeader_appliesToAmountsWithoutTheirOwnUnit_andTheTitleRowsAreNamed() throws IOException {
        Path file = TestWorkbook.create().sheet("合同",
                row("2024年科技成果转化合同台账"),
                row("填报单位：科技处", null, null, "单位：万元"),
                row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称"),
                row("C1", "许可", "2024-03-05", "12.3456", "甲公司")).writeTo(tmp.resolve("t.xlsx"));
        ImportPreview preview = importer.preview(file, false, ProgressSink.NONE);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.notices()).extracting(ImportError::row, ImportError::key)
                .contains(tuple(3, "ledger.notice.titleRows"), tuple(3, "ledger.notice.wan"));
        importer.commit(preview, ProgressSink.NONE);
        assertThat(deal("C1").contractAmount()).isEqualTo(new BigDecimal("123456.00"));
    }

    @Test
    void yuanStaysYuan_andAnotherUnitIsRefusedNotGuessed() throws IOException {
        importer.importAll(contracts("合同金额（元）", 120), false, ProgressSink.NONE);
        assertThat(deal("C1").contractAmount()).isEqualTo(new BigDecimal("120.00"));

        ImportPreview thousands = importer.preview(contracts("合同金额（千元）", 120), true, ProgressSink.NONE);
        assertThat(thousands.errors()).extracting(ImportError::column, ImportError::key)
                .containsExactly(tuple("合同金额（千元）", "ledger.column.unit"));
    }

    @Test
    void anAmountFinerThanAFen_isRefusedNotRounded() throws IOException {
        ImportPreview preview = importer.preview(contracts("合同金额（万元）", "1.2345678"), false, ProgressSink.NONE);
        assertThat(preview.errors()).extracting(ImportError::row, ImportError::key)
                .containsExactly(tuple(2, "ledger.cell.belowFen"));
    }

    @Test
    void aPercentFormattedCell_isTwentyPercent_andABareFractionIsRefused() throws IOException {
        Object[] header = row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称", "持股比例");
        Path good = TestWorkbook.create().sheet("合同", header,
                row("C1", "作价投资", "2024-03-05", 800_000, "甲公司", percentCell(0.2)),
                row("C2", "作价投资", "2024-03-06", 800_000, "乙公司", "12.5%")).writeTo(tmp.resolve("p.xlsx"));
        importer.importAll(good, false, ProgressSink.NONE);
        assertThat(deal("C1").equity().universityShare().percent()).isEqualByComparingTo("20");
        assertThat(deal("C2").equity().universityShare().percent()).isEqualByComparingTo("12.5");

        Path bare = TestWorkbook.create().sheet("合同", header,
                row("C3", "作价投资", "2024-03-05", 800_000, "丙公司", 0.2)).writeTo(tmp.resolve("f.xlsx"));
        assertThat(importer.preview(bare, false, ProgressSink.NONE).errors())
                .extracting(ImportError::column, ImportError::key)
                .containsExactly(tuple("持股比例", "ledger.percent.ask"));
    }

    @Test
    void columnsUnderTheirUsualOtherNames_areRead_andUnknownOnesAreListed() throws IOException {
        Path file = TestWorkbook.create()
                .sheet("人员", row("序号", "工号", "姓名", "所在学院", "身份证号码"),
                        row(1, "T001", "张三", "材料学院", "11010519491231002X"))
                .sheet("合同", row("合同编号", "转化方式", "许可方式", "签约日期", "合同金额", "对方单位", "统一信用代码",
                                "合同登记号", "备注"),
                        row("C1", "许可", "独占", "2024-03-05", 500_000, "甲公司", "91110108MA01C2LC2X", "2024110101000123",
                                "已续签"))
                .writeTo(tmp.resolve("s.xlsx"));
        ImportPreview preview = importer.preview(file, false, ProgressSink.NONE);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.notices()).filteredOn(n -> n.key().equals("ledger.notice.ignoredColumn"))
                .extracting(ImportError::sheet, ImportError::column)
                .containsExactlyInAnyOrder(tuple("人员", "序号"), tuple("合同", "备注"));
        importer.commit(preview, ProgressSink.NONE);
        Deal c1 = deal("C1");
        assertThat(c1.licenseKind()).isNotNull();
        assertThat(c1.registration().number()).isEqualTo("2024110101000123");
        var person = new org.transferdesk.people.persistence.PersonRepository(db.dsl()).findByStaffNo("T001").orElseThrow();
        assertThat(person.departmentName()).isEqualTo("材料学院");
        assertThat(person.idNumber()).isEqualTo("11010519491231002X");
    }

    @Test
    void aSheetNamed到账明细_isReadAsReceipts_andAnUnknownSheetIsNamed() throws IOException {
        Path file = TestWorkbook.create()
                .sheet("合同", row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称"),
                        row("C1", "转让", "2024-03-05", 100_000, "甲公司"))
                .sheet("到账明细", row("合同编号", "到账日期", "金额"), row("C1", "2024-04-01", 100_000))
                .sheet("说明", row("本表由科技处维护"))
                .writeTo(tmp.resolve("n.xlsx"));
        ImportPreview preview = importer.preview(file, false, ProgressSink.NONE);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.notices()).extracting(ImportError::sheet, ImportError::key).contains(
                tuple("到账明细", "ledger.notice.sheetAs"), tuple("说明", "ledger.notice.sheetSkipped"));
        importer.commit(preview, ProgressSink.NONE);
        assertThat(deal("C1").receipts()).hasSize(1);
    }

    @Test
    void anEmpty签订日期_isAnErrorAtItsCell() throws IOException {
        Path file = TestWorkbook.create().sheet("合同", row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称"),
                row("C1", "技术服务", null, 50_000, "辛公司")).writeTo(tmp.resolve("d.xlsx"));
        assertThat(importer.preview(file, false, ProgressSink.NONE).errors())
                .extracting(ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple(2, "签订日期", "ledger.cell.required"));
    }

    @Test
    void hiddenRows_areLeftOut_andNamed() throws IOException {
        Path file = TestWorkbook.create().sheet("合同", row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称"),
                        row("C1", "转让", "2024-03-05", 100_000, "甲公司"),
                        row("C2", "转让", "2024-03-06", 999_999, "作废公司"),
                        row("C3", "转让", "2024-03-07", 300_000, "丙公司"))
                .hide("合同", 2).writeTo(tmp.resolve("h.xlsx"));
        ImportPreview preview = importer.preview(file, false, ProgressSink.NONE);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.notices()).extracting(ImportError::key, ImportError::args)
                .contains(tuple("ledger.notice.hiddenRows", new Object[] {1, "3"}));
        importer.commit(preview, ProgressSink.NONE);
        assertThat(db.dsl().fetchCount(DEAL)).isEqualTo(2);

        ImportPreview withHidden = importer.preview(file, false, true, ProgressSink.NONE);
        assertThat(withHidden.notices()).extracting(ImportError::key).doesNotContain("ledger.notice.hiddenRows");
        assertThat(withHidden.counts().get(3)).as("the hidden C2 is the one new contract when hidden rows are included")
                .isEqualTo(new SheetCounts("合同", 3, 1, 0));
    }

    @Test
    void theOfficesOwnSpellings_areReadAsTheVocabularySays_andEachDistinctOneIsShownOnce() throws IOException {
        Path file = TestWorkbook.create()
                .sheet("合同", row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称"),
                        row("C1", "作价入股", "2024-03-05", 800_000, "甲公司"),
                        row("C2", "普通许可", "2024-03-06", 50_000, "乙公司"),
                        row("C3", "普通许可", "2024-03-07", 60_000, "丙公司"),
                        row("C4", "委托开发", "2024-03-08", 70_000, "丁公司"))
                .writeTo(tmp.resolve("v.xlsx"));
        ImportPreview preview = importer.preview(file, false, ProgressSink.NONE);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.notices()).filteredOn(n -> n.key().equals("ledger.notice.valueAs"))
                .extracting(ImportError::row, n -> n.args()[0], n -> n.args()[1], n -> n.args()[2])
                .containsExactly(tuple(2, "作价入股", "作价投资", 1), tuple(3, "普通许可", "许可", 2),
                        tuple(5, "委托开发", "技术开发", 1));
        importer.commit(preview, ProgressSink.NONE);
        assertThat(deal("C1").mode()).isEqualTo(org.transferdesk.deal.DealMode.EQUITY);
        assertThat(deal("C2").mode()).isEqualTo(org.transferdesk.deal.DealMode.LICENSE);
        assertThat(deal("C2").licenseKind()).as("普通许可 also says the kind").isEqualTo(org.transferdesk.deal.LicenseKind.ORDINARY);
        assertThat(deal("C4").mode()).isEqualTo(org.transferdesk.deal.DealMode.DEVELOPMENT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"有效", "实审", "视为撤回", "授权公告", "未缴年费专利权终止", "届满"})
    void ipStatusSpellings_allHaveAValue(String spelling) {
        assertThat(Vocabulary.parse(org.transferdesk.ip.IpStatus.class, spelling)).isNotNull();
        assertThat(Vocabulary.isOtherSpelling(org.transferdesk.ip.IpStatus.class, spelling)).isTrue();
    }

    @Test
    void anUnknownSpelling_isStillAnErrorNamingTheChoices() {
        assertThat(Vocabulary.parse(org.transferdesk.people.LeaderRole.class, "院长")).as("院长: ask, DOMAIN §9").isNull();
        assertThat(Vocabulary.parse(org.transferdesk.disclosure.FundingSource.class, "纵向")).isEqualTo(
                org.transferdesk.disclosure.FundingSource.FISCAL);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            2024-03-05          | 2024-03-05
            2024/3/5            | 2024-03-05
            2024.3.5            | 2024-03-05
            2024年3月5日         | 2024-03-05
            20240305            | 2024-03-05
            ２０２４－０３－０５     | 2024-03-05
            2024-03-05 00:00:00 | 2024-03-05
            2024/2/29           | 2024-02-29
            """)
    void datesInTheFormsOfficesWrite_areRead(String written, java.time.LocalDate expected) throws IOException {
        Path file = TestWorkbook.create().sheet("合同", row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称"),
                row("C1", "转让", written, 100_000, "甲公司")).writeTo(tmp.resolve("date.xlsx"));
        importer.importAll(file, false, ProgressSink.NONE);
        assertThat(deal("C1").signedOn()).isEqualTo(expected);
    }

    @Test
    void numbersInGeneralCells_areReadAsSerialsOrCompactDates() throws IOException {
        Path file = TestWorkbook.create().sheet("合同", row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称"),
                row("C1", "转让", 45356, 100_000, "甲公司"), row("C2", "转让", 20240229, 100_000, "乙公司"))
                .writeTo(tmp.resolve("serial.xlsx"));
        importer.importAll(file, false, ProgressSink.NONE);
        assertThat(deal("C1").signedOn()).isEqualTo(java.time.LocalDate.of(2024, 3, 5));
        assertThat(deal("C2").signedOn()).isEqualTo(java.time.LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            6/7/2023   | ledger.cell.ambiguousDate
            23/6/18    | ledger.cell.ambiguousDate
            2024-03    | ledger.cell.monthOnly
            2024年3月   | ledger.cell.monthOnly
            2023-02-29 | ledger.cell.badDate
            20230229   | ledger.cell.badDate
            """)
    void ambiguousOrImpossibleDates_areRefusedWithTheCellNamed(String written, String key) throws IOException {
        Path file = TestWorkbook.create().sheet("合同", row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称"),
                row("C1", "转让", written, 100_000, "甲公司")).writeTo(tmp.resolve("bad.xlsx"));
        assertThat(importer.preview(file, false, ProgressSink.NONE).errors())
                .extracting(ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple(2, "签订日期", key));
    }

    @Test
    void unlikelyFigures_areSaidBeforeWriting_smallAmountOnlyWhenNoUnitIsStated() throws IOException {
        Path file = TestWorkbook.create()
                .sheet("合同", row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称"),
                        row("C1", "转让", "2024-03-05", 120, "甲公司"),
                        row("C2", "转让", "2024-03-05", 100_000, "乙公司"))
                .sheet("到账", row("合同编号", "到账日期", "金额"), row("C2", "2024-03-01", 60_000),
                        row("C2", "2024-04-01", 60_000))
                .writeTo(tmp.resolve("w.xlsx"));
        ImportPreview preview = importer.preview(file, false, ProgressSink.NONE);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.notices()).extracting(ImportError::sheet, ImportError::row, ImportError::key).containsExactly(
                tuple("合同", 2, "ledger.warn.smallAmount"), tuple("到账", 2, "ledger.warn.receiptBeforeSigning"),
                tuple("到账", 3, "ledger.warn.receivedMore"));

        assertThat(importer.preview(contracts("合同金额（元）", 120), false, ProgressSink.NONE).notices())
                .extracting(ImportError::key).doesNotContain("ledger.warn.smallAmount");
    }

    @Test
    void inventorsWrittenAsNames_areResolvedThroughThePeople_sameNamesAndMissingSharesAreRefused() throws IOException {
        Object[] people = row("工号", "姓名", "院系");
        Object[] results = row("成果编号", "成果名称", "披露日期", "完成人");
        Path good = TestWorkbook.create()
                .sheet("人员", people, row("T001", "张三", "材料学院"), row("T002", "李四", "化学学院"))
                .sheet("成果", results, row("R1", "一种材料", "2024-03-01", "张三(40%)*、李四（60）"))
                .writeTo(tmp.resolve("names.xlsx"));
        ImportPreview preview = importer.preview(good, false, ProgressSink.NONE);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.notices()).filteredOn(n -> n.key().equals("ledger.notice.inventorName"))
                .extracting(n -> n.args()[0], n -> n.args()[1]).containsExactly(tuple("张三", "T001"), tuple("李四", "T002"));
        importer.commit(preview, ProgressSink.NONE);
        assertThat(db.dsl().fetch("select p.staff_no, i.share, i.key_contributor from inventor i join person p"
                + " on p.id = i.person_id order by p.staff_no").map(r -> r.get(0) + " " + r.get(1, BigDecimal.class)
                .stripTrailingZeros().toPlainString() + " " + r.get(2)))
                .containsExactly("T001 0.4 true", "T002 0.6 false");

        Path ambiguous = TestWorkbook.create()
                .sheet("人员", people, row("T003", "王五", "材料学院"), row("T005", "王五", "化学学院"))
                .sheet("成果", results, row("R2", "另一种材料", "2024-03-01", "王五(100%)*"),
                        row("R3", "第三种材料", "2024-03-02", "张三、李四"))
                .writeTo(tmp.resolve("ambiguous.xlsx"));
        assertThat(importer.preview(ambiguous, false, ProgressSink.NONE).errors())
                .extracting(ImportError::row, ImportError::key)
                .containsExactly(tuple(2, "ledger.inventors.sameName"), tuple(3, "ledger.inventors.askShares"));
        assertThat(importer.preview(ambiguous, false, ProgressSink.NONE).errors().get(0).message())
                .contains("T003（材料学院）", "T005（化学学院）");
    }

    @Test
    void anAmountInBrackets_isARefund_andFullWidthDigitsAreRead() throws IOException {
        Path file = TestWorkbook.create().sheet("合同", row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称"),
                        row("C1", "转让", "2024-03-05", "５００，０００．００", "甲公司"))
                .sheet("到账", row("合同编号", "到账日期", "金额"), row("C1", "2024-04-01", "500,000.00"),
                        row("C1", "2024-05-01", "(50,000.00)"), row("C1", "2024-05-02", "（1,000）"))
                .writeTo(tmp.resolve("refund.xlsx"));
        importer.importAll(file, false, ProgressSink.NONE);
        assertThat(deal("C1").contractAmount()).isEqualTo(new BigDecimal("500000.00"));
        assertThat(deal("C1").receipts()).extracting(org.transferdesk.deal.Receipt::amount).containsExactly(
                new BigDecimal("500000.00"), new BigDecimal("-50000.00"), new BigDecimal("-1000.00"));
    }

    @Test
    void totalAndYearLabelRows_areLeftOutAndNamed() throws IOException {
        Path file = TestWorkbook.create().sheet("合同", row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称"),
                        row("2023年"),
                        row("C1", "转让", "2023-03-05", 100_000, "甲公司"),
                        row("小计", null, null, 100_000, null),
                        row("2024年度"),
                        row("C2", "许可", "2024-03-05", 200_000, "乙公司"),
                        row("合计：", null, null, 300_000, null))
                .writeTo(tmp.resolve("totals.xlsx"));
        ImportPreview preview = importer.preview(file, false, ProgressSink.NONE);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.notices()).extracting(ImportError::key, ImportError::args)
                .contains(tuple("ledger.notice.summaryRows", new Object[] {4, "2, 4, 5, 7"}));
        importer.commit(preview, ProgressSink.NONE);
        assertThat(db.dsl().fetchCount(DEAL)).isEqualTo(2);
    }
}
