package org.transferdesk.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.ledger.LedgerLookup.ExistingDeal;
import org.transferdesk.ledger.LedgerLookup.ExistingReward;
import org.transferdesk.ledger.LedgerRows.RewardPaidRow;
import org.transferdesk.ledger.LedgerRows.SheetRows;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.Person;
import org.transferdesk.reward.AppliedPolicy;
import org.transferdesk.reward.DistributedReceipt;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.DistributionStatus;
import org.transferdesk.reward.Figures;
import org.transferdesk.reward.LineRole;
import org.transferdesk.reward.RewardPolicies;
import org.transferdesk.reward.Workflow;

/**
 * 奖励发放 as imported distributions: one per contract, payment date and kind, already paid. The ledger
 * only records who got how much, so the figures are what was paid (gross = net = pool, nothing deducted,
 * nothing kept by the university). A cash payment is linked to the receipts it comes from (R-TAX58: the
 * ones its rows name, else the deal's latest receipt on or before the payment — see RewardReceipts); without
 * any it stays unlinked and so not 58号-eligible. "Publicised" per the ledger is recorded as such, with no
 * document number made up for it (R-TAX58-FILING).
 */
final class RewardWriter {
    private static final int SHARE_SCALE = 10;

    private final LedgerStore store;
    private final ImportPlanner.Plan plan;
    private final Map<String, Person> written;
    private final RewardPolicies policies;
    private final Steps steps;
    private final Map<Long, Optional<Disclosure>> results = new HashMap<>();

    RewardWriter(LedgerStore store, ImportPlanner.Plan plan, Map<String, Person> written, RewardPolicies policies,
                 Steps steps) {
        this.store = store;
        this.plan = plan;
        this.written = written;
        this.policies = policies;
        this.steps = steps;
    }

    /** Returns rows that added a line, rows that replaced one. */
    int[] write(SheetRows<RewardPaidRow> sheet) {
        int[] counts = new int[2];
        if (sheet.rows().isEmpty()) {
            return counts;
        }
        Map<String, List<RewardPaidRow>> groups = new LinkedHashMap<>();
        sheet.rows().forEach(r -> groups.computeIfAbsent(LedgerLookup.rewardKey(r.contractNo(), r.paidOn(), r.kind()),
                k -> new ArrayList<>()).add(r));
        Set<String> contractNos = new HashSet<>();
        sheet.rows().forEach(r -> contractNos.add(r.contractNo()));
        // contracts of this file have their ids now: ask the store, which sees this transaction
        Map<String, ExistingDeal> deals = store.deals(contractNos);
        String sheetName = sheet.header().sheetName();
        for (Map.Entry<String, List<RewardPaidRow>> group : groups.entrySet()) {
            List<RewardPaidRow> rows = group.getValue();
            rows.forEach(r -> steps.step(() -> I18n.t("ledger.progress.writing", sheetName)));
            RewardPaidRow first = rows.get(0);
            long dealId = deals.get(first.contractNo()).id();
            Deal deal = store.loadDeal(dealId)
                    .orElseThrow(() -> new IllegalStateException("deal " + dealId + " vanished during import"));
            ExistingReward existing = plan.rewards().get(group.getKey());
            Distribution old = existing == null ? null : store.loadDistribution(existing.id())
                    .orElseThrow(() -> new IllegalStateException("distribution " + existing.id() + " vanished"));
            store.save(distribution(deal, rows, old, counts));
        }
        return counts;
    }

    private Distribution distribution(Deal deal, List<RewardPaidRow> rows, Distribution old, int[] counts) {
        RewardPaidRow first = rows.get(0);
        LocalDate paidOn = first.paidOn();
        boolean equity = first.kind() == RewardKind.EQUITY;
        Map<String, Inventor> inventors = inventors(deal);
        Set<String> staffInRows = new HashSet<>();
        rows.forEach(r -> staffInRows.add(r.staffNo()));
        List<DistributionLine> lines = new ArrayList<>();
        if (old != null) {
            // the file replaces its own people's lines; the others imported before stay
            old.lines().stream().filter(l -> !staffInRows.contains(l.staffNo())).forEach(lines::add);
        }
        Set<String> hadStaff = new HashSet<>();
        if (old != null) {
            old.lines().forEach(l -> hadStaff.add(l.staffNo()));
        }
        String source = I18n.t("reward.import.shareSource");
        for (RewardPaidRow r : rows) {
            Person person = written.containsKey(r.staffNo()) ? written.get(r.staffNo()) : plan.people().get(r.staffNo());
            Inventor inventor = inventors.get(r.staffNo());
            BigDecimal equityShare = equity && r.equityShare() != null
                    ? r.equityShare().fraction().setScale(SHARE_SCALE, RoundingMode.HALF_UP) : null;
            lines.add(new DistributionLine(null, person.id(), person.staffNo(), person.name(), LineRole.INVENTOR,
                    BigDecimal.ZERO, r.amount(), equityShare, inventor != null && inventor.keyContributor(),
                    person.leaderRole() == null ? LeaderRole.NONE : person.leaderRole(), false, source, paidOn, null,
                    r.taxWithheld()));
            counts[hadStaff.contains(r.staffNo()) ? 1 : 0]++;
        }
        BigDecimal total = lines.stream().map(DistributionLine::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        List<DistributionLine> shared = lines.stream().map(l -> l.withAmount(total.signum() == 0 ? BigDecimal.ZERO
                : l.amount().divide(total, SHARE_SCALE, RoundingMode.HALF_UP), l.amount(), l.shareSource())).toList();
        BigDecimal companyShare = equity ? shared.stream().map(DistributionLine::equityShare)
                .filter(s -> s != null).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        Figures figures = new Figures(total, zero, total, BigDecimal.ONE, total, zero, companyShare);
        boolean publicised = rows.stream().anyMatch(r -> Boolean.TRUE.equals(r.publicised()))
                || old != null && old.workflow().isPublicised();
        Workflow workflow = new Workflow(DistributionStatus.PAID, null, null,
                old == null ? null : old.workflow().publicityDocNo(), old == null ? null : old.workflow().publicityDocName(),
                null, null, null, null, publicised);
        return new Distribution(old == null ? null : old.id(), first.kind().distributionKind(deal.mode()),
                deal.id(), deal.contractNo(), deal.mode(), deal.title(), null, null, paidOn,
                AppliedPolicy.of(policies.policyOn(paidOn)), equity ? List.of() : receipts(deal, rows, old), List.of(),
                figures, workflow, null, true, shared, old == null ? 0 : old.version());
    }

    /** R-TAX58: the receipts the rows name or the latest before the payment, with those linked before. */
    private static List<DistributedReceipt> receipts(Deal deal, List<RewardPaidRow> rows, Distribution old) {
        List<RewardReceipts.Candidate> known = deal.receipts().stream()
                .map(r -> new RewardReceipts.Candidate(r.id(), r.receivedOn(), r.amount(), r.voucherNo())).toList();
        Map<Long, DistributedReceipt> linked = new LinkedHashMap<>();
        if (old != null) {
            old.receipts().forEach(r -> linked.put(r.receiptId(), r));
        }
        for (RewardReceipts.Candidate c : RewardReceipts.ofRows(known, rows)) {
            linked.putIfAbsent(c.id(), new DistributedReceipt(c.id(), c.receivedOn(), c.amount(), c.voucherNo()));
        }
        return linked.values().stream().sorted(java.util.Comparator.comparing(DistributedReceipt::receivedOn)).toList();
    }

    /** The inventors of the deal's results by staff number: the key-contributor flag comes from there. */
    private Map<String, Inventor> inventors(Deal deal) {
        Map<String, Inventor> byStaff = new HashMap<>();
        for (ResultRef ref : deal.results()) {
            results.computeIfAbsent(ref.disclosureId(), store::loadResult)
                    .ifPresent(d -> d.inventors().forEach(i -> byStaff.putIfAbsent(i.staffNo(), i)));
        }
        return byStaff;
    }
}
