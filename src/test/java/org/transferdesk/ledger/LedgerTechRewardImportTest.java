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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.deal.DealMode;
import org.transferdesk.ledger.persistence.LedgerExportReader;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.DistributionStatus;
import org.transferdesk.reward.persistence.DistributionRepository;
import org.junit.jupiter.api.Tag;

/**
 * 奖励发放 on technical development/consulting/service contracts (R-45-TECH) and on own implementation (R-45-3):
 * real ledgers hold cash rewards on them, so the import takes them — as the technical-contract kind and the
 * own-implementation kind — while an equity reward still comes only from an equity deal.
 */
@Tag(TestDatabase.TAG)
class LedgerTechRewardImportTest {
    /** The contracts of {@link LedgerDealImportTest} and an own implementation, C9. */
    private static final Object[][] CONTRACTS;

    static {
        List<Object[]> rows = new ArrayList<>(Arrays.asList(LedgerDealImportTest.CONTRACTS));
        rows.add(row("C9", "自行实施", null, "2023-01-01", 500_000, "本校中试基地", null, null, null, null, null, null,
                "R-2024-0001", null, null));
        CONTRACTS = rows.toArray(Object[][]::new);
    }

    @TempDir
    Path tmp;

    @AutoClose
    private final LedgerDb db = new LedgerDb(LedgerDb.LATER);

    private static TestWorkbook workbook(Object[]... rewards) {
        List<Object[]> sheet = new ArrayList<>();
        sheet.add(row("合同编号", "发放日期", "工号", "类型", "金额", "股权比例", "公示"));
        sheet.addAll(Arrays.asList(rewards));
        return TestWorkbook.create().sheet("人员", LedgerFixtures.PEOPLE).sheet("成果", LedgerFixtures.RESULTS)
                .sheet("合同", CONTRACTS).sheet("奖励发放", sheet.toArray(Object[][]::new));
    }

    private List<Distribution> distributions() {
        return new DistributionRepository(db.db.dsl()).findWhere(null, null);
    }

    @Test
    void cashRewardsOnATechnicalContractAndOnOwnImplementation_areImportedAsTheirKinds() throws IOException {
        Path file = workbook(row("C5", "2024-06-01", "T001", "现金", 60_000, null, "是"),
                row("C5", "2024-06-01", "T003", "现金", "40,000.00", null, "是"),
                row("C6", "2024-09-01", "T004", "现金", 8_000, null, null),
                row("C9", "2024-03-31", "T002", "现金", 25_000, null, "否"),
                row("C1", "2024-05-10", "T001", "现金", 1_000, null, null)).writeTo(tmp.resolve("tech.xlsx"));

        ImportPreview preview = db.importer.preview(file, false, ProgressSink.NONE);
        assertThat(preview.errors()).isEmpty();
        db.importer.commit(preview, ProgressSink.NONE);

        assertThat(distributions()).extracting(Distribution::contractNo, Distribution::kind, Distribution::mode,
                        Distribution::status, Distribution::imported, d -> d.linesTotal().toPlainString())
                .containsExactlyInAnyOrder(
                        tuple("C5", DistributionKind.TECH_CONTRACT, DealMode.DEVELOPMENT, DistributionStatus.PAID, true,
                                "100000.00"),
                        tuple("C6", DistributionKind.TECH_CONTRACT, DealMode.SERVICE, DistributionStatus.PAID, true,
                                "8000.00"),
                        tuple("C9", DistributionKind.SELF_IMPLEMENTATION, DealMode.SELF, DistributionStatus.PAID, true,
                                "25000.00"),
                        tuple("C1", DistributionKind.CASH, DealMode.TRANSFER, DistributionStatus.PAID, true, "1000.00"));
        Distribution c5 = distributions().stream().filter(d -> d.contractNo().equals("C5")).findFirst().orElseThrow();
        assertThat(c5.lines()).extracting(DistributionLine::staffNo, l -> l.amount().toPlainString(),
                DistributionLine::paidOn).containsExactly(tuple("T001", "60000.00", LocalDate.of(2024, 6, 1)),
                tuple("T003", "40000.00", LocalDate.of(2024, 6, 1)));
        assertThat(c5.workflow().isPublicised()).isTrue();
        assertThat(c5.figures().pool()).isEqualByComparingTo(new BigDecimal("100000.00"));
    }

    @Test
    void anEquityRewardOnALicence_andACashRewardOnAnEquityDeal_areStillRefused() throws IOException {
        Path file = workbook(row("C2", "2024-09-01", "T004", "股权", 10_000, 5, null),
                row("C4", "2024-12-01", "T001", "现金", 10_000, null, null),
                row("C5", "2024-06-01", "T001", "股权", 10_000, 5, null)).writeTo(tmp.resolve("bad.xlsx"));

        ImportPreview preview = db.importer.preview(file, false, ProgressSink.NONE);

        assertThat(preview.errors()).extracting(ImportError::row, ImportError::column, ImportError::key).containsExactly(
                tuple(2, "类型", "ledger.rewards.kindMode"), tuple(3, "类型", "ledger.rewards.kindMode"),
                tuple(4, "类型", "ledger.rewards.kindMode"));
        assertThat(preview.errors().get(0).message()).contains("C2").contains(DealMode.LICENSE.label());
        assertThat(preview.errors().get(1).message()).contains("C4").contains(DealMode.EQUITY.label());
    }

    @Test
    void aTechnicalRewardImportedBefore_isRecognised_andRefusedUnlessUpdating() throws IOException {
        db.importer.importAll(workbook(row("C5", "2024-06-01", "T001", "现金", 60_000, null, "是"),
                row("C9", "2024-03-31", "T002", "现金", 25_000, null, null)).writeTo(tmp.resolve("first.xlsx")), false,
                ProgressSink.NONE);
        Path again = TestWorkbook.create().sheet("奖励发放", new Object[][] {
                row("合同编号", "发放日期", "工号", "类型", "金额", "股权比例", "公示"),
                row("C5", "2024-06-01", "T001", "现金", 65_000, null, "是"),
                row("C9", "2024-03-31", "T002", "现金", 26_000, null, null)}).writeTo(tmp.resolve("again.xlsx"));

        assertThat(db.importer.preview(again, false, ProgressSink.NONE).errors())
                .extracting(ImportError::row, ImportError::key)
                .containsExactly(tuple(2, "ledger.rewards.exists"), tuple(3, "ledger.rewards.exists"));

        ImportResult result = db.importer.importAll(again, true, ProgressSink.NONE);
        assertThat(result.counts()).contains(new SheetCounts("奖励发放", 2, 0, 2));
        assertThat(distributions()).extracting(Distribution::contractNo, Distribution::kind,
                d -> d.linesTotal().toPlainString()).containsExactlyInAnyOrder(
                tuple("C5", DistributionKind.TECH_CONTRACT, "65000.00"),
                tuple("C9", DistributionKind.SELF_IMPLEMENTATION, "26000.00"));
    }

    @Test
    void theExport_writesThemBackAsCashRows_andNothingIsLeftOut() throws IOException {
        db.importer.importAll(workbook(row("C5", "2024-06-01", "T001", "现金", 60_000, null, "是"),
                row("C9", "2024-03-31", "T002", "现金", 25_000, null, "否")).writeTo(tmp.resolve("in.xlsx")), false,
                ProgressSink.NONE);

        Path out = tmp.resolve("out");
        LedgerExport.Written written = new LedgerExport(new LedgerExportReader(db.db.dsl()), TestDatabase.CLOCK)
                .write(out);

        assertThat(Files.readString(out.resolve("奖励发放.csv"), StandardCharsets.UTF_8).lines().toList())
                .containsExactly("\uFEFF合同编号,发放日期,工号,类型,金额,股权比例,公示,代扣个税,到账日期,凭证号",
                        // the fixture's contracts have no receipts: no receipt is named (and none is made up)
                        "C5,2024-06-01,T001,现金,60000.00,,是,,,",
                        "C9,2024-03-31,T002,现金,25000.00,,否,,,");
        assertThat(written.rewardsLeftOut()).isZero();
    }
}
