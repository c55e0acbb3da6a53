package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferdesk.db.jooq.Tables.DISTRIBUTION;
import static org.transferdesk.db.jooq.Tables.DISTRIBUTION_RECEIPT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.Receipt;
import org.junit.jupiter.api.Tag;

/**
 * Issue 19: a receipt belongs to at most one live distribution, and the database (V12) enforces it — not only
 * the service's check, which two saves at once both pass.
 */
@Tag(TestDatabase.TAG)
class OneDistributionPerReceiptTest extends E1DistributionTestBase {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);

    /** The licence's proposal saved straight through the repository, then saved again: what the second save threw. */
    private AbstractThrowableAssert<?, ? extends Throwable> secondSaveOf(String contractNo) {
        Distribution proposal = proposal(fixture.e1Licence(contractNo, true), 0);
        repository.save(proposal, "a", NOW);
        return assertThatThrownBy(() -> repository.save(proposal, "b", NOW));
    }

    @Test
    void repository_secondSaveOfAReceipt_isRefusedByTheDatabase_evenWithoutTheServiceCheck() {
        secondSaveOf("RC-1").isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                .extracting(Problem::key).containsExactly("reward.save.receiptTaken"));
        // the refused save wrote nothing: no second distribution, no second link
        assertThat(db.dsl().fetchCount(DISTRIBUTION)).isEqualTo(1);
        assertThat(db.dsl().fetchCount(DISTRIBUTION_RECEIPT)).isEqualTo(1);
    }

    @Test
    void anotherIntegrityFailure_isNotReportedAsATakenReceipt() {
        Deal deal = fixture.e1Licence("RC-6", true);
        Distribution d = proposal(deal, 0);
        Distribution unknownReceipt = new Distribution(null, d.kind(), d.dealId(), d.contractNo(), d.mode(), d.title(),
                null, null, d.basisDate(), d.policy(), List.of(new DistributedReceipt(999_999L, d.basisDate(),
                new BigDecimal("1.00"), null)), List.of(), d.figures(), d.workflow(), null, false, d.lines(), 0);

        assertThatThrownBy(() -> repository.save(unknownReceipt, "a", NOW))
                .isInstanceOf(org.jooq.exception.DataAccessException.class).isNotInstanceOf(ValidationException.class);
        assertThat(db.dsl().fetchCount(DISTRIBUTION)).isZero();
    }

    @Test
    void saveDraft_refusedByTheConstraint_namesTheReceiptInTheMessage() {
        secondSaveOf("RC-2").isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0)
                .message()).contains("2024-06-20").contains("2,000,000.00"));
    }

    @Test
    void twoThreadsRacingSaveDraft_onTheSameReceipt_exactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            Deal deal = fixture.e1Licence("RACE-" + round, true);
            // both proposals are made before either save, so both found the receipt free
            Distribution first = proposal(deal, 0);
            Distribution second = proposal(deal, 0);
            List<Object> outcomes = race(() -> service.saveDraft(first), () -> service.saveDraft(second));

            assertThat(outcomes).filteredOn(o -> o instanceof Distribution).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof ValidationException).hasSize(1);
            assertThat(liveHolders(deal.receipts().get(0).id())).isEqualTo(1);
        }
    }

    @Test
    void revokedDistribution_freesItsReceipts_andKeepsItsLink() {
        Deal deal = fixture.e1Licence("RC-3", true);
        Distribution draft = service.saveDraft(proposal(deal, 0));
        long receiptId = deal.receipts().get(0).id();
        assertThat(service.undistributedReceipts(service.deal(deal.id()).orElseThrow())).isEmpty();

        service.revoke(draft.id(), LocalDate.of(2026, 11, 20), "重新计算");
        Distribution again = service.saveDraft(proposal(deal, 0));

        assertThat(again.receipts()).extracting(DistributedReceipt::receiptId).containsExactly(receiptId);
        assertThat(service.find(draft.id()).orElseThrow().receipts()).extracting(DistributedReceipt::receiptId)
                .containsExactly(receiptId);
        assertThat(liveHolders(receiptId)).isEqualTo(1);
        assertThat(db.dsl().fetchCount(DISTRIBUTION_RECEIPT, DISTRIBUTION_RECEIPT.RECEIPT_ID.eq(receiptId))).isEqualTo(2);
    }

    @Test
    void importedPayments_mayNameOneReceiptTogether_butDistributeDoesNotProposeIt() {
        Deal deal = fixture.e1Licence("RC-4", true);
        Distribution proposal = proposal(deal, 0);
        // R-TAX58: two payments of one receipt on different days both name it
        repository.save(imported(proposal, LocalDate.of(2024, 7, 1)), "import", NOW);
        repository.save(imported(proposal, LocalDate.of(2025, 7, 1)), "import", NOW);

        BatchOutcome outcome = service.distributeAll("RC-4", null);

        assertThat(outcome.created()).isEmpty();
        assertThat(service.undistributedReceipts(service.deal(deal.id()).orElseThrow())).isEmpty();
        assertThatThrownBy(() -> service.saveDraft(proposal)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::key).containsExactly("reward.propose.receiptsTaken"));
    }

    @Test
    void distributeTwiceAtOnce_leavesEachReceiptInExactlyOneLiveDistribution() throws Exception {
        List<Receipt> receipts = new ArrayList<>();
        for (int month = 1; month <= 6; month++) {
            receipts.add(new Receipt(null, LocalDate.of(2024, month, 10), new BigDecimal("10000.00"), "PZ-" + month,
                    null));
        }
        Deal deal = fixture.licence("RC-5", true, receipts, List.of());

        List<Object> outcomes = race(() -> service.distributeAll("RC-5", null),
                () -> service.distributeAll("RC-5", null));
        BatchOutcome again = service.distributeAll("RC-5", null);

        int created = 0;
        for (Object o : outcomes) {
            assertThat(o).isInstanceOf(BatchOutcome.class);
            created += ((BatchOutcome) o).created().size();
        }
        assertThat(created).isEqualTo(6);
        assertThat(again.created()).isEmpty();
        for (Receipt r : service.deal(deal.id()).orElseThrow().receipts()) {
            assertThat(liveHolders(r.id())).as("receipt %s", r.receivedOn()).isEqualTo(1);
        }
    }

    /** Two drafts of one deal, proposed before either is saved, may not both deduct the whole of one cost (R-NET). */
    @Test
    void twoDraftsProposedTogether_cannotBothDeductTheSameCost() {
        Deal deal = fixture.licence("RC-7", true, List.of(
                new Receipt(null, LocalDate.of(2024, 6, 10), new BigDecimal("100000.00"), "PZ-A", null),
                new Receipt(null, LocalDate.of(2024, 7, 10), new BigDecimal("100000.00"), "PZ-B", null)),
                List.of(new org.transferdesk.deal.Cost(null, LocalDate.of(2024, 5, 1),
                        org.transferdesk.deal.CostCategory.INTERMEDIARY, new BigDecimal("50000.01"), "中介")));
        Distribution first = proposal(deal, 0);
        Distribution second = proposal(deal, 1);
        assertThat(first.deductions()).extracting(CostDeduction::deducted).containsExactly(new BigDecimal("50000.01"));
        assertThat(second.deductions()).extracting(CostDeduction::deducted).containsExactly(new BigDecimal("50000.01"));

        service.saveDraft(first);
        assertThatThrownBy(() -> service.saveDraft(second)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::key).containsExactly("reward.save.costTaken"));
        assertThat(db.dsl().fetchCount(DISTRIBUTION)).isEqualTo(1);

        Distribution again = proposal(deal, 1);
        assertThat(again.deductions()).extracting(CostDeduction::deducted).allMatch(a -> a.signum() == 0);
        service.saveDraft(again);
        assertThat(db.dsl().fetchCount(DISTRIBUTION)).isEqualTo(2);
    }

    private Distribution proposal(Deal deal, int receipt) {
        return service.proposeCash(deal.id(), List.of(deal.receipts().get(receipt).id())).distribution();
    }

    private static Distribution imported(Distribution d, LocalDate paidOn) {
        return new Distribution(null, d.kind(), d.dealId(), d.contractNo(), d.mode(), d.title(), null, null, paidOn,
                d.policy(), d.receipts(), List.of(), d.figures(), new Workflow(DistributionStatus.PAID, null, null,
                null, null, null, null, null, null, true), null, true, d.lines(), 0);
    }

    /** Live distributions holding the receipt, read from the distributions' status (not from V12's flag). */
    private int liveHolders(long receiptId) {
        return db.dsl().fetchCount(DISTRIBUTION_RECEIPT.join(DISTRIBUTION)
                .on(DISTRIBUTION.ID.eq(DISTRIBUTION_RECEIPT.DISTRIBUTION_ID)), DISTRIBUTION_RECEIPT.RECEIPT_ID.eq(receiptId)
                .and(DISTRIBUTION.STATUS.ne(DistributionStatus.REVOKED.name())));
    }

    /** Runs both at the same moment; each outcome is the result or the exception thrown. */
    private static List<Object> race(Callable<?> a, Callable<?> b) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<?> c : List.of(a, b)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return c.call();
                    } catch (ValidationException e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
