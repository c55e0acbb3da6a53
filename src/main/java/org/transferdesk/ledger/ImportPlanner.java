package org.transferdesk.ledger;

import org.transferdesk.common.Money;
import static org.transferdesk.ledger.LedgerSheet.Columns.AMOUNT;
import static org.transferdesk.ledger.LedgerSheet.Columns.VOUCHER_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.APPLICATION_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.CONTRACT_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.DATE;
import static org.transferdesk.ledger.LedgerSheet.Columns.RECEIVED_ON;
import static org.transferdesk.ledger.LedgerSheet.Columns.RESULT_NOS;
import static org.transferdesk.ledger.LedgerSheet.Columns.INVENTORS;
import static org.transferdesk.ledger.LedgerSheet.Columns.PAID_ON;
import static org.transferdesk.ledger.LedgerSheet.Columns.REWARD_KIND;
import static org.transferdesk.ledger.LedgerSheet.Columns.RESULT_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.STAFF_NO;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.transferdesk.ledger.LedgerLookup.ExistingDeal;
import org.transferdesk.ledger.LedgerLookup.ExistingResult;
import org.transferdesk.ledger.LedgerLookup.ExistingReward;
import org.transferdesk.ledger.LedgerRows.RewardPaidRow;
import org.transferdesk.deal.DealMode;
import org.transferdesk.ledger.LedgerRows.ContractMoneyRow;
import org.transferdesk.ledger.LedgerRows.ContractRow;
import org.transferdesk.ledger.LedgerRows.CostRow;
import org.transferdesk.ledger.LedgerRows.ReceiptRow;
import org.transferdesk.ledger.LedgerRows.ImportData;
import org.transferdesk.ledger.LedgerRows.InventorEntry;
import org.transferdesk.ledger.LedgerRows.IpRow;
import org.transferdesk.ledger.LedgerRows.PersonRow;
import org.transferdesk.ledger.LedgerRows.ResultRow;
import org.transferdesk.ledger.LedgerRows.SheetRows;
import org.transferdesk.people.Person;

/**
 * The checks that need the database: keys that exist already (duplicates unless updating), staff
 * numbers and result numbers that must exist in the database or in the file. Run once for the
 * preview and again inside the commit's transaction, where the database may have changed meanwhile.
 */
final class ImportPlanner {
    private ImportPlanner() {
    }

    /** What the import will do: the existing records it touches, its counts, and what stops it. */
    record Plan(Map<String, Person> people, Map<String, ExistingResult> results, Map<String, ExistingDeal> deals,
                Map<String, ExistingReward> rewards, Map<String, Long> pilotsToReplace, List<SheetCounts> counts,
                ErrorList errors, boolean updateExisting) {
    }

    static Plan plan(ImportData data, LedgerLookup lookup, boolean updateExisting) {
        ErrorList errors = new ErrorList();
        Set<String> staffInFile = new HashSet<>();
        data.people().rows().stream().map(PersonRow::staffNo).filter(s -> s != null).forEach(staffInFile::add);
        Set<String> staffNos = new HashSet<>(staffInFile);
        data.results().rows().forEach(r -> r.inventors().forEach(i -> staffNos.add(i.staffNo())));
        data.rewards().rows().stream().map(RewardPaidRow::staffNo).filter(s -> s != null).forEach(staffNos::add);
        Map<String, Person> people = lookup.people(staffNos);

        Set<String> resultsInFile = new HashSet<>();
        data.results().rows().stream().map(ResultRow::resultNo).filter(s -> s != null).forEach(resultsInFile::add);
        Set<String> resultNos = new HashSet<>(resultsInFile);
        data.ip().rows().stream().map(IpRow::resultNo).filter(s -> s != null).forEach(resultNos::add);
        data.contracts().rows().forEach(c -> resultNos.addAll(c.resultNos()));
        Map<String, ExistingResult> results = lookup.results(resultNos);

        Set<String> contractsInFile = new HashSet<>();
        data.contracts().rows().stream().map(ContractRow::contractNo).filter(s -> s != null)
                .forEach(contractsInFile::add);
        Set<String> contractNos = new HashSet<>(contractsInFile);
        data.receipts().rows().stream().map(ReceiptRow::contractNo).filter(s -> s != null).forEach(contractNos::add);
        data.costs().rows().stream().map(CostRow::contractNo).filter(s -> s != null).forEach(contractNos::add);
        Set<String> rewardContracts = new HashSet<>();
        data.rewards().rows().stream().map(RewardPaidRow::contractNo).filter(s -> s != null)
                .forEach(rewardContracts::add);
        contractNos.addAll(rewardContracts);
        Map<String, ExistingDeal> deals = lookup.deals(contractNos);
        rewardContracts.retainAll(deals.keySet());
        Map<String, ExistingReward> rewards = rewardContracts.isEmpty() ? Map.of()
                : lookup.importedRewards(rewardContracts);

        SheetCounts peopleCounts = checkPeople(data, people, updateExisting, errors);
        SheetCounts resultCounts = checkResults(data, people, staffInFile, results, updateExisting, errors);
        SheetCounts ipCounts = checkIp(data, results, resultsInFile, updateExisting, errors);
        SheetCounts contractCounts = checkContracts(data, results, resultsInFile, deals, updateExisting, errors);
        SheetCounts receiptCounts = checkReceipts(data, deals, contractsInFile, updateExisting, errors);
        SheetCounts costCounts = checkCosts(data, deals, contractsInFile, updateExisting, errors);
        Set<String> staffKnown = new HashSet<>(staffInFile);
        staffKnown.addAll(people.keySet());
        SheetCounts rewardCounts = checkRewards(data, deals, staffKnown, rewards, updateExisting, errors);
        Map<String, Long> pilotsToReplace = new HashMap<>();
        SheetCounts pilotCounts = PilotPlanner.check(data, lookup, resultsInFile, updateExisting, pilotsToReplace,
                errors);
        return new Plan(people, results, deals, rewards, pilotsToReplace, List.of(peopleCounts, resultCounts, ipCounts,
                contractCounts, receiptCounts, costCounts, rewardCounts, pilotCounts), errors, updateExisting);
    }

    private static SheetCounts checkPeople(ImportData data, Map<String, Person> people, boolean update,
                                           ErrorList errors) {
        SheetHeader header = data.people().header();
        int created = 0;
        int updated = 0;
        for (PersonRow r : data.people().rows()) {
            if (r.staffNo() == null || !people.containsKey(r.staffNo())) {
                created++;
            } else if (update) {
                updated++;
            } else {
                int row = r.row();
                errors.add(header.sheet(), header.error(row, STAFF_NO, "ledger.people.exists", r.staffNo()));
            }
        }
        return new SheetCounts(header.sheetName(), data.people().rows().size(), created, updated);
    }

    private static SheetCounts checkResults(ImportData data, Map<String, Person> people, Set<String> staffInFile,
                                            Map<String, ExistingResult> results, boolean update, ErrorList errors) {
        SheetHeader header = data.results().header();
        int created = 0;
        int updated = 0;
        for (ResultRow r : data.results().rows()) {
            int row = r.row();
            if (r.resultNo() == null || !results.containsKey(r.resultNo())) {
                created++;
            } else if (update) {
                updated++;
            } else {
                errors.add(header.sheet(), header.error(row, RESULT_NO, "ledger.results.exists", r.resultNo()));
            }
            for (InventorEntry i : r.inventors()) {
                if (!people.containsKey(i.staffNo()) && !staffInFile.contains(i.staffNo())) {
                    String staffNo = i.staffNo();
                    errors.add(header.sheet(), header.error(row, INVENTORS, "ledger.inventors.unknownStaff", staffNo));
                }
            }
        }
        return new SheetCounts(header.sheetName(), data.results().rows().size(), created, updated);
    }

    private static SheetCounts checkIp(ImportData data, Map<String, ExistingResult> results, Set<String> resultsInFile,
                                       boolean update, ErrorList errors) {
        SheetHeader header = data.ip().header();
        int created = 0;
        int updated = 0;
        for (IpRow r : data.ip().rows()) {
            int row = r.row();
            if (r.resultNo() == null) {
                continue; // reported as a required cell already
            }
            ExistingResult existing = results.get(r.resultNo());
            if (existing == null && !resultsInFile.contains(r.resultNo())) {
                errors.add(header.sheet(), header.error(row, RESULT_NO, "ledger.ip.unknownResult", r.resultNo()));
            } else if (existing != null && r.applicationNo() != null
                    && existing.applicationNos().contains(r.applicationNo())) {
                if (update) {
                    updated++;
                } else {
                    String no = r.applicationNo();
                    errors.add(header.sheet(), header.error(row, APPLICATION_NO, "ledger.ip.exists", no, r.resultNo()));
                }
            } else {
                created++;
            }
        }
        return new SheetCounts(header.sheetName(), data.ip().rows().size(), created, updated);
    }

    private static SheetCounts checkContracts(ImportData data, Map<String, ExistingResult> results,
                                              Set<String> resultsInFile, Map<String, ExistingDeal> deals,
                                              boolean update, ErrorList errors) {
        SheetHeader header = data.contracts().header();
        int created = 0;
        int updated = 0;
        for (ContractRow r : data.contracts().rows()) {
            int row = r.row();
            if (r.contractNo() == null || !deals.containsKey(r.contractNo())) {
                created++;
            } else if (update) {
                updated++;
            } else {
                errors.add(header.sheet(), header.error(row, CONTRACT_NO, "ledger.contracts.exists", r.contractNo()));
            }
            for (String resultNo : r.resultNos()) {
                if (!results.containsKey(resultNo) && !resultsInFile.contains(resultNo)) {
                    errors.add(header.sheet(), header.error(row, RESULT_NOS, "ledger.contracts.unknownResult", resultNo));
                }
            }
        }
        return new SheetCounts(header.sheetName(), data.contracts().rows().size(), created, updated);
    }

    /**
     * 到账, matched to stored receipts by {@link MoneyIdentity} (voucher, or date and position), never by amount.
     * Without update a receipt already stored is refused (the same amount: "exists"; another amount: "changed",
     * naming both). With update the ledger is the truth for each contract it lists receipts of: amounts are
     * corrected and stored receipts it no longer lists are removed — except those a live distribution holds,
     * which are refused with the receipt named.
     */
    private static SheetCounts checkReceipts(ImportData data, Map<String, ExistingDeal> deals,
                                             Set<String> contractsInFile, boolean update, ErrorList errors) {
        SheetHeader header = data.receipts().header();
        int created = 0;
        int updated = 0;
        Map<String, List<ReceiptRow>> byContract = byKnownContract(data.receipts(), deals, contractsInFile,
                "ledger.receipts.unknownContract", errors);
        for (Map.Entry<String, List<ReceiptRow>> e : byContract.entrySet()) {
            ExistingDeal deal = deals.get(e.getKey());
            List<ReceiptRow> rows = e.getValue().stream().filter(r -> r.receivedOn() != null && r.amount() != null)
                    .toList();
            if (deal == null) {
                created += rows.size();
                continue;
            }
            List<LedgerLookup.StoredReceipt> matches = MoneyIdentity.match(deal.receipts(),
                    LedgerLookup.StoredReceipt::id, LedgerLookup.StoredReceipt::receivedOn,
                    LedgerLookup.StoredReceipt::voucherNo, rows, ReceiptRow::receivedOn, ReceiptRow::voucherNo);
            List<String> identities = MoneyIdentity.of(rows.stream().map(ReceiptRow::receivedOn).toList(),
                    rows.stream().map(ReceiptRow::voucherNo).toList());
            Map<String, Integer> seen = new HashMap<>();
            Set<Long> matched = new HashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                ReceiptRow r = rows.get(i);
                Integer first = seen.putIfAbsent(identities.get(i), r.row());
                if (first != null) {
                    errors.add(header.sheet(), header.error(r.row(), VOUCHER_NO, "ledger.receipts.voucherTwice",
                            r.voucherNo(), first));
                    continue;
                }
                LedgerLookup.StoredReceipt match = matches.get(i);
                if (match != null) {
                    matched.add(match.id());
                }
                if (match == null) {
                    created++;
                } else if (match.amount().compareTo(r.amount()) == 0) {
                    if (!update) {
                        errors.add(header.sheet(), header.error(r.row(), RECEIVED_ON, "ledger.receipts.exists",
                                r.contractNo()));
                    }
                } else if (!update) {
                    errors.add(header.sheet(), header.error(r.row(), AMOUNT, "ledger.receipts.changed", r.contractNo(),
                            Money.format(match.amount()), Money.format(r.amount())));
                } else if (match.held()) {
                    errors.add(header.sheet(), header.error(r.row(), AMOUNT, "ledger.receipts.distributedChange",
                            r.contractNo(), match.receivedOn(), Money.format(match.amount())));
                } else {
                    updated++;
                }
            }
            if (update) {
                refuseHeldRemovals(deal.receipts(), matched, e.getKey(), "ledger.receipts.distributedRemove", header,
                        errors);
            }
        }
        return new SheetCounts(header.sheetName(), data.receipts().rows().size(), created, updated);
    }

    /** 费用, as {@link #checkReceipts}: a cost is the same cost by date and position, never by amount or category. */
    private static SheetCounts checkCosts(ImportData data, Map<String, ExistingDeal> deals,
                                          Set<String> contractsInFile, boolean update, ErrorList errors) {
        SheetHeader header = data.costs().header();
        int created = 0;
        int updated = 0;
        Map<String, List<CostRow>> byContract = byKnownContract(data.costs(), deals, contractsInFile,
                "ledger.costs.unknownContract", errors);
        for (Map.Entry<String, List<CostRow>> e : byContract.entrySet()) {
            ExistingDeal deal = deals.get(e.getKey());
            List<CostRow> rows = e.getValue().stream()
                    .filter(r -> r.incurredOn() != null && r.category() != null && r.amount() != null).toList();
            if (deal == null) {
                created += rows.size();
                continue;
            }
            // costs have no voucher: the date and the position on it identify them
            List<LedgerLookup.StoredCost> matches = MoneyIdentity.match(deal.costs(), LedgerLookup.StoredCost::id,
                    LedgerLookup.StoredCost::incurredOn, x -> null, rows, CostRow::incurredOn, x -> null);
            Set<Long> matched = new HashSet<>();
            matches.stream().filter(java.util.Objects::nonNull).forEach(m -> matched.add(m.id()));
            for (int i = 0; i < rows.size(); i++) {
                CostRow r = rows.get(i);
                LedgerLookup.StoredCost match = matches.get(i);
                if (match == null) {
                    created++;
                } else if (match.amount().compareTo(r.amount()) == 0 && match.category() == r.category()) {
                    if (!update) {
                        errors.add(header.sheet(), header.error(r.row(), DATE, "ledger.costs.exists", r.contractNo()));
                    }
                } else if (!update) {
                    errors.add(header.sheet(), header.error(r.row(), AMOUNT, "ledger.costs.changed", r.contractNo(),
                            match.category().label() + " " + Money.format(match.amount()),
                            r.category().label() + " " + Money.format(r.amount())));
                } else if (match.held()) {
                    errors.add(header.sheet(), header.error(r.row(), AMOUNT, "ledger.costs.deductedChange",
                            r.contractNo(), match.incurredOn(), Money.format(match.amount())));
                } else {
                    updated++;
                }
            }
            if (update) {
                refuseHeldRemovals(deal.costs(), matched, e.getKey(), "ledger.costs.deductedRemove", header, errors);
            }
        }
        return new SheetCounts(header.sheetName(), data.costs().rows().size(), created, updated);
    }

    /**
     * A money sheet's rows by contract, in the file's order. A row of a contract neither stored nor in this file is
     * refused ({@code unknownKey}); one without a contract number was reported as a required cell already.
     */
    private static <R extends ContractMoneyRow> Map<String, List<R>> byKnownContract(SheetRows<R> sheet,
            Map<String, ExistingDeal> deals, Set<String> contractsInFile, String unknownKey, ErrorList errors) {
        SheetHeader header = sheet.header();
        Map<String, List<R>> byContract = new java.util.LinkedHashMap<>();
        for (R r : sheet.rows()) {
            if (r.contractNo() == null) {
                continue;
            }
            if (deals.get(r.contractNo()) == null && !contractsInFile.contains(r.contractNo())) {
                errors.add(header.sheet(), header.error(r.row(), CONTRACT_NO, unknownKey, r.contractNo()));
                continue;
            }
            byContract.computeIfAbsent(r.contractNo(), k -> new java.util.ArrayList<>()).add(r);
        }
        return byContract;
    }

    /** With update, the stored money of {@code contractNo} the ledger no longer lists is removed, unless held. */
    private static void refuseHeldRemovals(List<? extends LedgerLookup.StoredMoney> stored, Set<Long> matched,
                                           String contractNo, String heldKey, SheetHeader header, ErrorList errors) {
        for (LedgerLookup.StoredMoney s : stored) {
            if (!matched.contains(s.id()) && s.held()) {
                errors.add(header.sheet(), header.error(0, null, heldKey, contractNo, s.on(), Money.format(s.amount())));
            }
        }
    }

    /**
     * 奖励发放: the contract and the person must exist (in the database or this file), the kind must suit the
     * deal (equity: equity deal only; cash: any other — R-45-1, R-45-TECH, R-45-3), and a payment imported before
     * is refused unless updating (then replaced).
     */
    private static SheetCounts checkRewards(ImportData data, Map<String, ExistingDeal> deals, Set<String> staffKnown,
                                            Map<String, ExistingReward> rewards, boolean update, ErrorList errors) {
        SheetHeader header = data.rewards().header();
        Map<String, DealMode> modesInFile = new HashMap<>();
        data.contracts().rows().stream().filter(c -> c.contractNo() != null && c.mode() != null)
                .forEach(c -> modesInFile.put(c.contractNo(), c.mode()));
        Set<String> contractsInFile = new HashSet<>();
        data.contracts().rows().stream().map(ContractRow::contractNo).filter(s -> s != null)
                .forEach(contractsInFile::add);
        Map<String, Integer> firstRow = new HashMap<>();
        int created = 0;
        int updated = 0;
        for (RewardPaidRow r : data.rewards().rows()) {
            int row = r.row();
            boolean counted = false;
            if (r.staffNo() != null && !staffKnown.contains(r.staffNo())) {
                errors.add(header.sheet(), header.error(row, STAFF_NO, "ledger.rewards.unknownStaff", r.staffNo()));
            }
            if (r.contractNo() == null) {
                continue; // reported as a required cell already
            }
            ExistingDeal deal = deals.get(r.contractNo());
            DealMode mode = modesInFile.containsKey(r.contractNo()) ? modesInFile.get(r.contractNo())
                    : deal == null ? null : deal.mode();
            if (deal == null && !contractsInFile.contains(r.contractNo())) {
                errors.add(header.sheet(), header.error(row, CONTRACT_NO, "ledger.rewards.unknownContract",
                        r.contractNo()));
                continue;
            }
            if (r.kind() != null && mode != null && !r.kind().fits(mode)) {
                errors.add(header.sheet(), header.error(row, REWARD_KIND, "ledger.rewards.kindMode", r.kind().label(),
                        r.contractNo(), mode.label()));
            }
            if (r.paidOn() == null || r.kind() == null || r.staffNo() == null) {
                continue;
            }
            String key = LedgerLookup.rewardKey(r.contractNo(), r.paidOn(), r.kind());
            Integer first = firstRow.putIfAbsent(key + "|" + r.staffNo(), row);
            if (first != null) {
                errors.add(header.sheet(), header.error(row, STAFF_NO, "ledger.rewards.twiceInFile", r.staffNo(),
                        first));
                continue;
            }
            ExistingReward existing = rewards.get(key);
            if (existing != null && existing.staffNos().contains(r.staffNo())) {
                if (update) {
                    updated++;
                    counted = true;
                } else {
                    errors.add(header.sheet(), header.error(row, PAID_ON, "ledger.rewards.exists", r.contractNo(),
                            r.paidOn(), r.staffNo(), r.kind().label()));
                    continue;
                }
            }
            if (!counted) {
                created++;
            }
        }
        return new SheetCounts(header.sheetName(), data.rewards().rows().size(), created, updated);
    }
}
