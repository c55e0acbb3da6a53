package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.transferdesk.ledger.TestWorkbook.row;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.Receipt;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.ResultOwnership;
import org.transferdesk.reward.RewardFixture;
import org.transferdesk.reward.RewardPolicy;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;
import org.transferdesk.reward.RewardServices;

/**
 * A wrong receipt is repaired by importing the corrected ledger with update (issue 17): a receipt is the same
 * receipt by voucher, or by date and position, never by amount; a receipt a live distribution holds stays.
 */
@Tag(TestDatabase.TAG)
class LedgerReceiptRepairTest extends LedgerImportTestBase {
    private static final Object[] CONTRACT_HEADER = row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称");
    private static final Object[] RECEIPT_HEADER = row("合同编号", "到账日期", "金额", "凭证号");

    LedgerReceiptRepairTest() {
        super(LedgerDb.LATER);
    }

    private Path ledger(String name, Object[]... receipts) throws IOException {
        return TestWorkbook.create().sheet("合同", CONTRACT_HEADER, row("C1", "转让", "2024-03-05", 500_000, "甲公司"))
                .sheet("到账", RECEIPT_HEADER, receipts).writeTo(tmp.resolve(name));
    }

    private List<BigDecimal> amounts(String contractNo) {
        return deal(contractNo).receipts().stream().map(Receipt::amount).toList();
    }

    @Test
    void aCorrectedAmount_isRefusedWithBothAmountsWithoutUpdate_andReplacesTheReceiptWithUpdate() throws IOException {
        importer.importAll(ledger("a.xlsx", row("C1", "2024-04-01", 100_000, "V-1"), row("C1", "2024-05-01", 50_000, null),
                row("C1", "2024-05-01", 30_000, null)), false, ProgressSink.NONE);
        long firstId = deal("C1").receipts().stream().filter(r -> "V-1".equals(r.voucherNo())).findFirst().orElseThrow().id();

        Path corrected = ledger("b.xlsx", row("C1", "2024-04-01", 120_000, "V-1"), row("C1", "2024-05-01", 50_000, null),
                row("C1", "2024-05-01", 35_000, null));
        assertThat(importer.preview(corrected, false, ProgressSink.NONE).errors())
                .extracting(ImportError::row, ImportError::column, ImportError::key).contains(
                        tuple(2, "金额", "ledger.receipts.changed"), tuple(4, "金额", "ledger.receipts.changed"));

        ImportResult result = importer.importAll(corrected, true, ProgressSink.NONE);
        assertThat(result.counts().get(4)).isEqualTo(new SheetCounts("到账", 3, 0, 2));
        assertThat(amounts("C1")).containsExactlyInAnyOrder(new BigDecimal("120000.00"), new BigDecimal("50000.00"),
                new BigDecimal("35000.00"));
        assertThat(deal("C1").receipts()).extracting(Receipt::id).contains(firstId);
    }

    @Test
    void withUpdate_theLedgerIsTheList_aReceiptItNoLongerHasIsRemoved_andTheSameLedgerTwiceChangesNothing()
            throws IOException {
        importer.importAll(ledger("a.xlsx", row("C1", "2024-04-01", 100_000, "V-1"), row("C1", "2024-06-01", 99_999, "V-WRONG")),
                false, ProgressSink.NONE);
        Path fixed = ledger("b.xlsx", row("C1", "2024-04-01", 100_000, "V-1"));
        importer.importAll(fixed, true, ProgressSink.NONE);
        assertThat(amounts("C1")).containsExactly(new BigDecimal("100000.00"));

        List<Receipt> before = deal("C1").receipts();
        ImportResult again = importer.importAll(fixed, true, ProgressSink.NONE);
        assertThat(again.counts().get(4)).isEqualTo(new SheetCounts("到账", 1, 0, 0));
        assertThat(deal("C1").receipts()).isEqualTo(before);
    }

    @Test
    void aReceiptALiveDistributionHolds_isNeitherChangedNorRemoved() throws IOException {
        DistributionService rewards = new RewardServices(db, date -> RewardPolicy.Preset.BEIJING.policy(),
                ResultOwnership.UNIVERSITY_OWNED, LedgerDb.LATER).distributions;
        Deal held = new RewardFixture(db.dsl()).e1Team(LeaderRole.NONE).e1Licence("LOCK-1", true);
        rewards.saveDraft(rewards.proposeCash(held.id(), List.of(held.receipts().get(0).id())).distribution());

        Path changed = TestWorkbook.create().sheet("到账", RECEIPT_HEADER, row("LOCK-1", "2024-06-20", 1_999_999, "PZ-001"))
                .writeTo(tmp.resolve("changed.xlsx"));
        assertThat(importer.preview(changed, true, ProgressSink.NONE).errors()).extracting(ImportError::key)
                .containsExactly("ledger.receipts.distributedChange");

        Path without = TestWorkbook.create().sheet("到账", RECEIPT_HEADER, row("LOCK-1", "2024-07-01", 10_000, "PZ-002"))
                .writeTo(tmp.resolve("without.xlsx"));
        ImportPreview refused = importer.preview(without, true, ProgressSink.NONE);
        assertThat(refused.errors()).extracting(ImportError::key).containsExactly("ledger.receipts.distributedRemove");
        assertThat(refused.errors().get(0).message()).contains("LOCK-1", "2024-06-20", "2,000,000.00");
        assertThat(amounts("LOCK-1")).containsExactly(new BigDecimal("2000000.00"));
    }

    @Test
    void identities_areTheVoucherOrTheDateAndPosition_neverTheAmount() {
        assertThat(MoneyIdentity.of(List.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 6, 1)), java.util.Arrays.asList(null, "V-9", " ", null)))
                .containsExactly("D|2024-05-01|1", "V|V-9", "D|2024-05-01|2", "D|2024-06-01|1");
    }

    @Test
    void aCorrectedCost_isTheSameCostByDateAndPosition_andUpdateMakesTheLedgerTheList() throws IOException {
        Object[] costHeader = row("合同编号", "日期", "类别", "金额");
        Path first = TestWorkbook.create().sheet("合同", CONTRACT_HEADER, row("C1", "转让", "2024-03-05", 500_000, "甲公司"))
                .sheet("费用", costHeader, row("C1", "2024-04-02", "税费", 600), row("C1", "2024-04-02", "评估费", 30_000),
                        row("C1", "2024-05-01", "中介费", 9_999))
                .writeTo(tmp.resolve("c1.xlsx"));
        importer.importAll(first, false, ProgressSink.NONE);

        Path corrected = TestWorkbook.create().sheet("费用", costHeader, row("C1", "2024-04-02", "税费", 660),
                row("C1", "2024-04-02", "鉴定费", 30_000)).writeTo(tmp.resolve("c2.xlsx"));
        assertThat(importer.preview(corrected, false, ProgressSink.NONE).errors()).extracting(ImportError::row,
                ImportError::key).containsExactly(tuple(2, "ledger.costs.changed"), tuple(3, "ledger.costs.changed"));

        ImportResult result = importer.importAll(corrected, true, ProgressSink.NONE);
        assertThat(result.counts().get(5)).isEqualTo(new SheetCounts("费用", 2, 0, 2));
        assertThat(deal("C1").costs()).extracting(org.transferdesk.deal.Cost::category, org.transferdesk.deal.Cost::amount)
                .containsExactlyInAnyOrder(tuple(org.transferdesk.deal.CostCategory.TAX, new BigDecimal("660.00")),
                        tuple(org.transferdesk.deal.CostCategory.APPRAISAL, new BigDecimal("30000.00")));
    }
}
