package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.transferdesk.db.jooq.Tables.AUDIT_LOG;
import static org.transferdesk.db.jooq.Tables.DEAL;
import static org.transferdesk.db.jooq.Tables.DISTRIBUTION;
import static org.transferdesk.db.jooq.Tables.PERSON;
import static org.transferdesk.ledger.TestWorkbook.row;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.deal.DealMode;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.DistributionStatus;
import org.transferdesk.reward.persistence.DistributionRepository;
import org.junit.jupiter.api.Tag;

/** The sheet 奖励发放 (DOMAIN §9): historical reward payments as imported, paid distributions. */
@Tag(TestDatabase.TAG)
class LedgerRewardImportTest extends LedgerImportTestBase {

    static final Object[][] REWARDS = {
            row("合同编号", "发放日期", "工号", "类型", "金额", "股权比例", "公示"),
            row("C1", "2024-05-10", "T001", "现金", 400_000, null, "是"),
            row("C1", "2024-05-10", "T002", "现金", "250,000.00", null, "是"),
            row("C1", LocalDate.of(2024, 5, 10), "T003", "现金", 200_000, null, null),
            row("C4", "2024-12-01", "T001", "股权", 1_600_000, 8, "否"),
            row("C4", "2024-12-01", "T002", "股权", 1_200_000, "6", null)};

    LedgerRewardImportTest() {
        super(LedgerDb.LATER);
    }

    private static TestWorkbook workbook(Object[][] rewards) {
        return TestWorkbook.create().sheet("人员", LedgerFixtures.PEOPLE).sheet("成果", LedgerFixtures.RESULTS)
                .sheet("合同", LedgerDealImportTest.CONTRACTS).sheet("奖励发放", rewards);
    }

    private List<Distribution> distributions() {
        return new DistributionRepository(db.dsl()).findWhere(null, null);
    }

    @Test
    void workbookWithPeopleResultsContractsAndRewards_importsPaidDistributionsWithTheirLines() throws IOException {
        ImportResult result = importer.importAll(workbook(REWARDS).writeTo(tmp.resolve("l.xlsx")), false,
                ProgressSink.NONE);

        assertThat(result.counts()).contains(new SheetCounts("奖励发放", 5, 5, 0));
        List<Distribution> all = distributions();
        assertThat(all).hasSize(2);
        Distribution cash = all.get(0);
        assertThat(cash.kind()).isEqualTo(DistributionKind.CASH);
        assertThat(cash.contractNo()).isEqualTo("C1");
        assertThat(cash.mode()).isEqualTo(DealMode.TRANSFER);
        assertThat(cash.imported()).isTrue();
        assertThat(cash.status()).isEqualTo(DistributionStatus.PAID);
        assertThat(cash.basisDate()).isEqualTo(LocalDate.of(2024, 5, 10));
        assertThat(cash.receipts()).isEmpty();
        assertThat(cash.deductions()).isEmpty();
        assertThat(cash.figures().gross()).isEqualByComparingTo("850000.00");
        assertThat(cash.figures().net()).isEqualByComparingTo("850000.00");
        assertThat(cash.figures().pool()).isEqualByComparingTo("850000.00");
        assertThat(cash.figures().deducted()).isEqualByComparingTo("0");
        assertThat(cash.figures().rate()).isEqualByComparingTo("1");
        assertThat(cash.figures().universityPart()).isEqualByComparingTo("0");
        // publicised per the ledger, with no document number made up for it (R-TAX58-FILING)
        assertThat(cash.workflow().publicityDocNo()).isNull();
        assertThat(cash.workflow().publicisedPerLedger()).isTrue();
        assertThat(cash.workflow().publicityFrom()).isNull();
        assertThat(cash.workflow().publicityTo()).isNull();
        assertThat(cash.workflow().isPublicised()).isTrue();
        assertThat(cash.lines()).extracting(DistributionLine::staffNo, DistributionLine::amount,
                        DistributionLine::keyContributor, DistributionLine::leaderRole, DistributionLine::paidOn)
                .containsExactly(
                        tuple("T001", new BigDecimal("400000.00"), true, LeaderRole.HEAD, LocalDate.of(2024, 5, 10)),
                        tuple("T002", new BigDecimal("250000.00"), true, LeaderRole.NONE, LocalDate.of(2024, 5, 10)),
                        tuple("T003", new BigDecimal("200000.00"), false, LeaderRole.NONE, LocalDate.of(2024, 5, 10)));
        assertThat(cash.lines().stream().map(DistributionLine::share).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1");

        Distribution equity = all.get(1);
        assertThat(equity.kind()).isEqualTo(DistributionKind.EQUITY);
        assertThat(equity.contractNo()).isEqualTo("C4");
        assertThat(equity.workflow().publicityDocNo()).isNull();
        assertThat(equity.workflow().isPublicised()).isFalse();
        assertThat(equity.figures().pool()).isEqualByComparingTo("2800000.00");
        assertThat(equity.figures().teamCompanyShare()).isEqualByComparingTo("0.14");
        assertThat(equity.lines()).extracting(DistributionLine::equityShare).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.08"), new BigDecimal("0.06"));
        assertThat(db.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("distribution").and(AUDIT_LOG.ACTION.eq("IMPORT"))))
                .isEqualTo(2);
    }

    @Test
    void badRows_failTheWholeImport_andAreListedWithSheetRowAndColumn() throws IOException {
        List<Object[]> rewards = new ArrayList<>(Arrays.asList(REWARDS));
        rewards.add(row("C1", "2024-05-10", "T999", "现金", 1_000, null, null));     // row 7
        rewards.add(row("C4", "2024-12-01", "T003", "股权", 500_000, null, null));   // row 8
        rewards.add(row("C2", "2024-09-01", "T004", "股权", 10_000, 5, null));       // row 9
        Path file = workbook(rewards.toArray(Object[][]::new)).writeTo(tmp.resolve("bad.xlsx"));

        ImportPreview preview = importer.preview(file, false, ProgressSink.NONE);

        assertThat(preview.errors()).extracting(ImportError::sheet, ImportError::row, ImportError::column,
                ImportError::key).containsExactly(
                tuple("奖励发放", 7, "工号", "ledger.rewards.unknownStaff"),
                tuple("奖励发放", 8, "股权比例", "ledger.rewards.equityShareRequired"),
                tuple("奖励发放", 9, "类型", "ledger.rewards.kindMode"));
        assertThat(preview.errors().get(2).message()).contains("C2").contains(DealMode.LICENSE.label());
        assertCommitRefused_writingNothing(preview, DISTRIBUTION, PERSON, DEAL);
    }

    @Test
    void aPaymentImportedBefore_isRefused_unlessUpdating_thenReplaced() throws IOException {
        importer.importAll(workbook(REWARDS).writeTo(tmp.resolve("first.xlsx")), false, ProgressSink.NONE);
        Object[][] again = {REWARDS[0], row("C1", "2024-05-10", "T002", "现金", 260_000, null, "是"),
                row("C1", "2024-05-10", "T004", "现金", 10_000, null, null)};
        Path file = TestWorkbook.create().sheet("奖励发放", again).writeTo(tmp.resolve("again.xlsx"));

        assertThat(importer.preview(file, false, ProgressSink.NONE).errors())
                .extracting(ImportError::row, ImportError::key).containsExactly(tuple(2, "ledger.rewards.exists"));

        ImportResult result = importer.importAll(file, true, ProgressSink.NONE);
        assertThat(result.counts()).contains(new SheetCounts("奖励发放", 2, 1, 1));
        List<Distribution> all = distributions();
        assertThat(all).hasSize(2);
        Distribution cash = all.get(0);
        assertThat(cash.lines()).extracting(DistributionLine::staffNo, DistributionLine::amount).containsExactly(
                tuple("T001", new BigDecimal("400000.00")), tuple("T003", new BigDecimal("200000.00")),
                tuple("T002", new BigDecimal("260000.00")), tuple("T004", new BigDecimal("10000.00")));
        assertThat(cash.figures().pool()).isEqualByComparingTo("870000.00");
        assertThat(cash.version()).isEqualTo(1);
    }

    @Test
    void csvFolder_withEnglishAliasHeaders_imports() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("csv"));
        Files.writeString(folder.resolve("people.csv"), "staff_no,name,leader_role\nT001,张三,HEAD\nT002,李四,\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("results.csv"), "result_no,title,disclosed_on,inventors\n"
                + "R-1,一种材料,2024-03-01,T001:60*;T002:40\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("contracts.csv"), "contract_no,mode,signed_on,amount,counterparty,result_nos\n"
                + "K1,许可,2024-04-01,500000,某公司,R-1\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("rewards_paid.csv"), "contract_no,paid_on,staff_no,kind,amount,publicised\n"
                + "K1,2024-06-30,T001,cash,30000,yes\nK1,2024-06-30,T002,现金,20000,no\n", StandardCharsets.UTF_8);

        ImportResult result = importer.importAll(folder, false, ProgressSink.NONE);

        assertThat(result.counts()).contains(new SheetCounts("rewards_paid", 2, 2, 0));
        assertThat(distributions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DistributionKind.CASH);
            assertThat(d.imported()).isTrue();
            assertThat(d.figures().pool()).isEqualByComparingTo("50000.00");
            assertThat(d.workflow().isPublicised()).isTrue();
            assertThat(d.lines()).extracting(DistributionLine::staffNo, DistributionLine::keyContributor)
                    .containsExactly(tuple("T001", true), tuple("T002", false));
        });
    }
}
