package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.transferdesk.db.jooq.Tables.COMPANY;
import static org.transferdesk.db.jooq.Tables.COUNTERPARTY;
import static org.transferdesk.db.jooq.Tables.DEAL;
import static org.transferdesk.db.jooq.Tables.DEAL_COST;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.PERSON;
import static org.transferdesk.db.jooq.Tables.RECEIPT;
import static org.transferdesk.ledger.TestWorkbook.row;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.Percent;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.deal.CompanyOrigin;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.deal.persistence.CounterpartyRepository;
import org.junit.jupiter.api.Tag;

/** The sheets 合同, 到账 and 费用 (DOMAIN §9), with E8's contracts C1–C8 as test data. */
@Tag(TestDatabase.TAG)
class LedgerDealImportTest extends LedgerImportTestBase {
    static final Object[][] CONTRACTS = {
            row("合同编号", "转化方式", "许可类型", "签订日期", "合同金额", "对方名称", "统一社会信用代码", "定价方式", "公示开始",
                    "公示结束", "技术合同登记号", "登记日期", "关联成果", "持股比例", "关联交易"),
            row("C1", "转让", null, "2024-03-15", 1_500_000, "北京甲科技有限公司", "91110108MA01ABCD1X", "协议定价",
                    "2024-02-20", "2024-03-06", "2024110108000123", "2024-04-10", "R-2024-0001", null, "否"),
            row("C2", "许可", "独占", LocalDate.of(2024, 6, 1), "1,200,000.00", "北京甲科技 有限公司", null, "挂牌交易",
                    null, null, null, null, "R-2024-0002", null, "是"),
            row("C3", "许可", "普通", "2023-11-20", 600_000, "上海乙生物公司", null, null, null, null, null, null,
                    "R-2024-0001;R-2024-0002", null, null),
            row("C4", "作价投资", null, "2024-09-30", "8,000,000", "丙新材料有限公司", null, "协议定价", null, null, null,
                    null, "R-2024-0001", 40, null),
            row("C5", "技术开发", null, "2024-04-01", 3_000_000, "丁汽车集团", null, null, null, null, null, null, null,
                    null, null),
            row("C6", "技术服务", null, "2024-07-01", 250_000, "戊医院", null, null, null, null, null, null, null, null,
                    null),
            row("C7", "技术咨询", null, "2024-12-20", 80_000, "己咨询公司", null, null, null, null, null, null, null, null,
                    null),
            row("C8", "技术开发", null, "2022-05-01", 5_000_000, "庚能源公司", null, null, null, null, null, null, null,
                    null, null)};

    static final Object[][] RECEIPTS = {
            row("合同编号", "到账日期", "金额", "凭证号"),
            row("C1", "2024-04-01", 1_500_000, "V-001"),
            row("C2", "2024-06-20", 400_000, "V-002"),
            row("C2", "2025-06-20", 200_000, null),
            row("C2", "2026-06-20", 200_000, null),
            row("C2", "2027-06-20", 200_000, null),
            row("C2", "2028-06-20", 200_000, null),
            row("C3", "2024-01-10", "600,000.00", null),
            row("C5", "2024-05-01", 900_000, null),
            row("C5", "2024-11-01", 900_000, null),
            row("C5", "2025-05-01", 1_200_000, null),
            row("C6", "2024-08-01", 250_000, null),
            row("C7", "2025-01-05", 80_000, null),
            row("C8", "2022-06-01", 2_000_000, null),
            row("C8", "2023-06-01", 2_000_000, null),
            row("C8", "2024-06-01", 1_000_000, null)};

    static final Object[][] COSTS = {
            row("合同编号", "日期", "类别", "金额"),
            row("C1", "2024-04-02", "税费", 600),
            row("C1", "2024-03-01", "评估费", "30,000.00"),
            row("C2", "2024-06-21", "中介费", 100_000)};

    LedgerDealImportTest() {
        // after E8's last receipt (June 2028), so every receipt of the example lies in the past
        super(LedgerDb.LATER);
    }

    private static TestWorkbook allSix(Object[][] receipts) {
        return TestWorkbook.create().sheet("人员", LedgerFixtures.PEOPLE).sheet("成果", LedgerFixtures.RESULTS)
                .sheet("知识产权", LedgerFixtures.IP).sheet("合同", CONTRACTS).sheet("到账", receipts)
                .sheet("费用", COSTS);
    }

    private int count(org.jooq.Table<?> table) {
        return db.dsl().fetchCount(table);
    }

    @Test
    void goodWorkbookWithAllSixSheets_importsDealsReceiptsAndCosts() throws IOException {
        Path file = allSix(RECEIPTS).writeTo(tmp.resolve("ledger.xlsx"));

        ImportResult result = importer.importAll(file, false, ProgressSink.NONE);

        assertThat(result.counts()).containsExactly(LedgerFixtures.restEmpty(new SheetCounts("人员", 4, 4, 0),
                new SheetCounts("成果", 2, 2, 0), new SheetCounts("知识产权", 2, 2, 0),
                new SheetCounts("合同", 8, 8, 0), new SheetCounts("到账", 15, 15, 0), new SheetCounts("费用", 3, 3, 0)));
        Deal c1 = deal("C1");
        assertThat(c1.mode()).isEqualTo(DealMode.TRANSFER);
        assertThat(c1.status()).isEqualTo(DealStatus.SIGNED);
        assertThat(c1.signedOn()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(c1.contractAmount()).isEqualByComparingTo("1500000.00");
        assertThat(c1.pricing()).isEqualTo(PricingMethod.NEGOTIATED);
        assertThat(c1.publicity().startsOn()).isEqualTo(LocalDate.of(2024, 2, 20));
        assertThat(c1.publicity().endsOn()).isEqualTo(LocalDate.of(2024, 3, 6));
        assertThat(c1.registration().number()).isEqualTo("2024110108000123");
        assertThat(c1.registration().registeredOn()).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(c1.results()).extracting(ResultRef::resultNo).containsExactly("R-2024-0001");
        assertThat(c1.relatedParty()).isFalse();
        assertThat(c1.title()).isNotBlank();
        assertThat(c1.receipts()).extracting(Receipt::voucherNo).containsExactly("V-001");
        assertThat(c1.costs()).extracting(Cost::category, Cost::amount).containsExactlyInAnyOrder(
                tuple(CostCategory.TAX, new BigDecimal("600.00")), tuple(CostCategory.VALUATION, new BigDecimal("30000.00")));

        Deal c2 = deal("C2");
        assertThat(c2.licenseKind()).isEqualTo(LicenseKind.EXCLUSIVE);
        assertThat(c2.contractAmount()).isEqualByComparingTo("1200000");
        assertThat(c2.relatedParty()).isTrue();
        assertThat(c2.pricing()).isEqualTo(PricingMethod.LISTED);
        // "北京甲科技 有限公司" is the same counterparty as "北京甲科技有限公司" (Counterparty.nameKey)
        assertThat(c2.counterpartyId()).isEqualTo(c1.counterpartyId());
        assertThat(count(COUNTERPARTY)).isEqualTo(7);
        assertThat(deal("C3").results()).hasSize(2);

        Deal c4 = deal("C4");
        assertThat(c4.equity().universityShare()).isEqualTo(Percent.ofPercent("40"));
        assertThat(new CounterpartyRepository(db.dsl()).companies()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("丙新材料有限公司");
            assertThat(c.origin()).isEqualTo(CompanyOrigin.CREATED);
            assertThat(c.id()).isEqualTo(c4.equity().companyId());
        });
    }

    @Test
    void e8_receiptsSumPerYearAsTheReportSays() throws IOException {
        importer.importAll(allSix(RECEIPTS).writeTo(tmp.resolve("e8.xlsx")), false, ProgressSink.NONE);

        Map<DealMode, BigDecimal> received2024 = new HashMap<>();
        db.dsl().select(DEAL.MODE, DSL.sum(RECEIPT.AMOUNT)).from(RECEIPT).join(DEAL).on(DEAL.ID.eq(RECEIPT.DEAL_ID))
                .where(RECEIPT.RECEIVED_ON.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                .groupBy(DEAL.MODE).forEach(r -> received2024.put(DealMode.valueOf(r.value1()), r.value2()));
        assertThat(received2024.get(DealMode.TRANSFER)).isEqualByComparingTo("1500000"); // 150.00 万
        assertThat(received2024.get(DealMode.LICENSE)).isEqualByComparingTo("1000000"); // 100.00 万
        assertThat(received2024.get(DealMode.EQUITY)).isNull(); // 0.00
        assertThat(received2024.get(DealMode.DEVELOPMENT)).isEqualByComparingTo("2800000"); // 280.00 万
        assertThat(received2024.get(DealMode.CONSULTING)).isNull(); // 0.00
        assertThat(received2024.get(DealMode.SERVICE)).isEqualByComparingTo("250000"); // 25.00 万
        assertThat(received2024.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("5550000"); // all six 555.00 万
        BigDecimal signed2024 = db.dsl().select(DSL.sum(DEAL.CONTRACT_AMOUNT)).from(DEAL)
                .where(DEAL.SIGNED_ON.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).fetchOne().value1();
        assertThat(signed2024).isEqualByComparingTo("14030000"); // 1,403.00 万
        assertThat(deal("C2").receipts()).hasSize(5);
    }

    @Test
    void oneBadReceipt_writesNothing_andIsListedWithSheetRowAndColumn() throws IOException {
        List<Object[]> receipts = new ArrayList<>(Arrays.asList(RECEIPTS));
        receipts.add(row("C6", "2024-09-01", "二十万", null));
        Path file = allSix(receipts.toArray(new Object[0][])).writeTo(tmp.resolve("bad.xlsx"));

        ImportPreview preview = importer.preview(file, false, ProgressSink.NONE);

        assertThat(preview.errors()).extracting(ImportError::sheet, ImportError::row, ImportError::column,
                ImportError::key).containsExactly(tuple("到账", 17, "金额", "ledger.cell.badAmount"));
        assertThat(preview.errors().get(0).message()).contains("二十万");
        assertThatThrownBy(() -> importer.commit(preview, ProgressSink.NONE)).isInstanceOf(ImportFailedException.class);
        assertThatThrownBy(() -> importer.importAll(file, true, ProgressSink.NONE))
                .isInstanceOf(ImportFailedException.class);
        for (org.jooq.Table<?> table : List.of(DEAL, RECEIPT, DEAL_COST, COUNTERPARTY, COMPANY, PERSON, DISCLOSURE)) {
            assertThat(count(table)).as(table.getName()).isZero();
        }
    }

    @Test
    void contractErrors_areListedPerCell() throws IOException {
        Path file = TestWorkbook.create().sheet("成果", LedgerFixtures.RESULTS).sheet("人员", LedgerFixtures.PEOPLE)
                .sheet("合同", row("合同编号", "转化方式", "许可类型", "签订日期", "合同金额", "对方名称", "关联成果", "持股比例",
                                "关联交易", "公示开始"),
                        row("K1", "转让", null, "2024-01-01", 100, "甲", null, null, null, null),
                        row("K2", "许可", null, "2024-01-01", "十万", "乙", "R-2024-0001", null, "也许", null),
                        row("K3", "作价投资", null, "2024-01-01", 100, "丙", "R-9", null, null, "2024-01-01"),
                        row("K1", "卖掉", null, "2030-01-01", -5, null, null, 20, null, null))
                .sheet("到账", row("合同编号", "到账日期", "金额"), row("K9", "2024-02-01", 100), row("K1", "2024-02-01", 0))
                .sheet("费用", row("合同编号", "日期", "类别", "金额"), row("K1", "2024-02-01", "饭费", -3))
                .writeTo(tmp.resolve("contracts.xlsx"));

        ImportPreview preview = importer.preview(file, false, ProgressSink.NONE);

        assertThat(preview.errors()).extracting(ImportError::sheet, ImportError::row, ImportError::column,
                ImportError::key).containsExactly(
                tuple("合同", 2, "关联成果", "deal.results.required"),
                tuple("合同", 3, "合同金额", "ledger.cell.badAmount"),
                tuple("合同", 3, "关联交易", "ledger.cell.badYesNo"),
                tuple("合同", 3, "许可类型", "validation.required"),
                tuple("合同", 4, "公示结束", "ledger.contracts.publicityIncomplete"),
                tuple("合同", 4, "持股比例", "deal.equity.required"),
                tuple("合同", 4, "关联成果", "ledger.contracts.unknownResult"),
                tuple("合同", 5, "对方名称", "ledger.cell.required"),
                tuple("合同", 5, "合同金额", "deal.amount.invalid"),
                tuple("合同", 5, "签订日期", "validation.dateInFuture"),
                tuple("合同", 5, "合同编号", "ledger.duplicateInFile"),
                // asked once per distinct value when the sheet is read, so after the row's own errors
                tuple("合同", 5, "转化方式", "ledger.value.unmapped"),
                tuple("到账", 2, "合同编号", "ledger.receipts.unknownContract"),
                tuple("到账", 3, "金额", "ledger.receipts.zero"),
                tuple("费用", 2, "金额", "ledger.costs.notPositive"),
                tuple("费用", 2, "类别", "ledger.value.unmapped"));
        assertThat(preview.errors()).allSatisfy(e -> assertThat(e.message()).isNotBlank());
    }

    @Test
    void badCreditCodeIsNoError_andUpdateDoesNotDoubleReceipts() throws IOException {
        // an empty 签订日期 is refused since issue 17 (LedgerMisreadTest): a ledger lists signed contracts
        Object[][] contracts = {
                row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称", "统一社会信用代码"),
                row("D1", "技术服务", "2024-01-15", 50_000, "辛公司", "123456789012345678")};
        Path first = TestWorkbook.create().sheet("合同", contracts)
                .sheet("到账", row("合同编号", "到账日期", "金额", "凭证号"), row("D1", "2024-02-01", 20_000, "V1"))
                .writeTo(tmp.resolve("first.xlsx"));
        importer.importAll(first, false, ProgressSink.NONE);
        assertThat(deal("D1").signedOn()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(db.dsl().fetchValue(COUNTERPARTY.CREDIT_CODE)).isEqualTo("123456789012345678");

        Path more = TestWorkbook.create()
                .sheet("到账", row("合同编号", "到账日期", "金额", "凭证号"), row("D1", "2024-02-01", 20_000, "V1"),
                        row("D1", "2024-03-01", -5_000, "V2"))
                .writeTo(tmp.resolve("more.xlsx"));
        assertThat(importer.preview(more, false, ProgressSink.NONE).errors()).extracting(ImportError::row,
                ImportError::key).containsExactly(tuple(2, "ledger.receipts.exists"));

        ImportResult result = importer.importAll(more, true, ProgressSink.NONE);

        assertThat(result.counts().get(4)).isEqualTo(new SheetCounts("到账", 2, 1, 0));
        assertThat(deal("D1").receipts()).extracting(Receipt::amount).containsExactly(new BigDecimal("20000.00"),
                new BigDecimal("-5000.00"));
        assertThat(deal("D1").receipts().get(1).isRefund()).isTrue();
    }
}
