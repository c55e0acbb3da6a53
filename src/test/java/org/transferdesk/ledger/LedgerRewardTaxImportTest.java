package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.transferdesk.db.jooq.Tables.DEAL;
import static org.transferdesk.db.jooq.Tables.DISTRIBUTION;
import static org.transferdesk.db.jooq.Tables.PERSON;
import static org.transferdesk.ledger.TestWorkbook.row;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.persistence.DistributionRepository;
import org.junit.jupiter.api.Tag;

/** 奖励发放's optional last column 代扣个税 [tax_withheld]: cash rows only, 0 up to 金额. */
@Tag(TestDatabase.TAG)
class LedgerRewardTaxImportTest extends LedgerImportTestBase {
    private static final Object[] HEADER = row("合同编号", "发放日期", "工号", "类型", "金额", "股权比例", "公示", "代扣个税");

    LedgerRewardTaxImportTest() {
        super(LedgerDb.LATER);
    }

    private Path workbook(String name, Object[]... rewards) throws IOException {
        return TestWorkbook.create().sheet("人员", LedgerFixtures.PEOPLE).sheet("成果", LedgerFixtures.RESULTS)
                .sheet("合同", LedgerDealImportTest.CONTRACTS).sheet("奖励发放", HEADER, rewards).writeTo(tmp.resolve(name));
    }

    private List<Distribution> distributions() {
        return new DistributionRepository(db.dsl()).findWhere(null, null);
    }

    @Test
    void cashRowsWithTax_importTheTaxWithheld_emptyMeaningNotRecorded() throws IOException {
        Path file = workbook("ok.xlsx",
                row("C1", "2024-05-10", "T001", "现金", 400_000, null, "是", 72_000),
                row("C1", "2024-05-10", "T002", "现金", "250,000.00", null, "是", "45,000.50"),
                row("C1", "2024-05-10", "T003", "现金", 200_000, null, null, 0),
                row("C1", "2024-05-10", "T004", "现金", 10_000, null, null, null),
                row("C4", "2024-12-01", "T001", "股权", 1_600_000, 8, "否", null));

        ImportResult result = importer.importAll(file, false, ProgressSink.NONE);

        assertThat(result.counts()).contains(new SheetCounts("奖励发放", 5, 5, 0));
        List<Distribution> all = distributions();
        assertThat(all).extracting(Distribution::kind).containsExactly(DistributionKind.CASH, DistributionKind.EQUITY);
        assertThat(all.get(0).lines()).extracting(DistributionLine::staffNo, DistributionLine::taxWithheld)
                .containsExactly(tuple("T001", new BigDecimal("72000.00")), tuple("T002", new BigDecimal("45000.50")),
                        tuple("T003", new BigDecimal("0.00")), tuple("T004", null));
        assertThat(all.get(1).lines()).extracting(DistributionLine::taxWithheld).containsExactly((BigDecimal) null);
    }

    @Test
    void taxOnAnEquityRow_orAboveTheAmount_orNegative_failsTheImport_andNothingIsWritten() throws IOException {
        Path file = workbook("bad.xlsx",
                row("C1", "2024-05-10", "T001", "现金", 400_000, null, "是", 72_000),      // row 2: fine
                row("C1", "2024-05-10", "T002", "现金", 250_000, null, "是", 250_000.01),  // row 3
                row("C4", "2024-12-01", "T001", "股权", 1_600_000, 8, "否", 1_000),        // row 4
                row("C1", "2024-05-10", "T003", "现金", 200_000, null, null, -5),          // row 5
                row("C1", "2024-05-10", "T004", "现金", 10_000, null, null, "很多"));       // row 6

        ImportPreview preview = importer.preview(file, false, ProgressSink.NONE);

        assertThat(preview.errors()).extracting(ImportError::sheet, ImportError::row, ImportError::column,
                ImportError::key).containsExactly(
                tuple("奖励发放", 3, "代扣个税", "taxwh.ledger.taxAboveAmount"),
                tuple("奖励发放", 4, "代扣个税", "taxwh.ledger.taxOnEquity"),
                tuple("奖励发放", 5, "代扣个税", "taxwh.ledger.taxNegative"),
                tuple("奖励发放", 6, "代扣个税", "ledger.cell.badAmount"));
        assertThat(preview.errors().get(0).message()).isEqualTo("代扣个税（250,000.01）不能超过发放金额（250,000.00）。");
        assertCommitRefused_writingNothing(preview, DISTRIBUTION, PERSON, DEAL);
    }

    @Test
    void csvWithTheEnglishAlias_importsTheTax() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("csv"));
        Files.writeString(folder.resolve("people.csv"), "staff_no,name\nT001,张三\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("results.csv"), "result_no,title,disclosed_on,inventors\n"
                + "R-1,一种材料,2024-03-01,T001:100*\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("contracts.csv"), "contract_no,mode,signed_on,amount,counterparty,result_nos\n"
                + "K1,许可,2024-04-01,500000,某公司,R-1\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("rewards_paid.csv"), "contract_no,paid_on,staff_no,kind,amount,tax_withheld\n"
                + "K1,2024-06-30,T001,cash,30000,\"4,320.00\"\n", StandardCharsets.UTF_8);

        importer.importAll(folder, false, ProgressSink.NONE);

        assertThat(distributions()).singleElement().satisfies(d -> assertThat(d.lines())
                .extracting(DistributionLine::taxWithheld).containsExactly(new BigDecimal("4320.00")));
    }
}
