package org.transferdesk.ledger;

import static org.transferdesk.ledger.LedgerSheet.Columns.APPLICATION_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.CONTRACT_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.DATE;
import static org.transferdesk.ledger.LedgerSheet.Columns.RECEIVED_ON;
import static org.transferdesk.ledger.LedgerSheet.Columns.RESULT_NOS;
import static org.transferdesk.ledger.LedgerSheet.Columns.INVENTORS;
import static org.transferdesk.ledger.LedgerSheet.Columns.RESULT_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.STAFF_NO;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.transferdesk.ledger.LedgerLookup.ExistingDeal;
import org.transferdesk.ledger.LedgerLookup.ExistingResult;
import org.transferdesk.ledger.LedgerRows.ContractRow;
import org.transferdesk.ledger.LedgerRows.CostRow;
import org.transferdesk.ledger.LedgerRows.ReceiptRow;
import org.transferdesk.ledger.LedgerRows.ImportData;
import org.transferdesk.ledger.LedgerRows.InventorEntry;
import org.transferdesk.ledger.LedgerRows.IpRow;
import org.transferdesk.ledger.LedgerRows.PersonRow;
import org.transferdesk.ledger.LedgerRows.ResultRow;
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
                List<SheetCounts> counts, ErrorList errors) {
    }

    static Plan plan(ImportData data, LedgerLookup lookup, boolean updateExisting) {
        ErrorList errors = new ErrorList();
        Set<String> staffInFile = new HashSet<>();
        data.people().rows().stream().map(PersonRow::staffNo).filter(s -> s != null).forEach(staffInFile::add);
        Set<String> staffNos = new HashSet<>(staffInFile);
        data.results().rows().forEach(r -> r.inventors().forEach(i -> staffNos.add(i.staffNo())));
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
        Map<String, ExistingDeal> deals = lookup.deals(contractNos);

        SheetCounts peopleCounts = checkPeople(data, people, updateExisting, errors);
        SheetCounts resultCounts = checkResults(data, people, staffInFile, results, updateExisting, errors);
        SheetCounts ipCounts = checkIp(data, results, resultsInFile, updateExisting, errors);
        SheetCounts contractCounts = checkContracts(data, results, resultsInFile, deals, updateExisting, errors);
        SheetCounts receiptCounts = checkReceipts(data, deals, contractsInFile, updateExisting, errors);
        SheetCounts costCounts = checkCosts(data, deals, contractsInFile, updateExisting, errors);
        return new Plan(people, results, deals,
                List.of(peopleCounts, resultCounts, ipCounts, contractCounts, receiptCounts, costCounts), errors);
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

    private static SheetCounts checkReceipts(ImportData data, Map<String, ExistingDeal> deals,
                                             Set<String> contractsInFile, boolean update, ErrorList errors) {
        SheetHeader header = data.receipts().header();
        int created = 0;
        for (ReceiptRow r : data.receipts().rows()) {
            int row = r.row();
            if (r.contractNo() == null) {
                continue; // reported as a required cell already
            }
            ExistingDeal deal = deals.get(r.contractNo());
            if (deal == null && !contractsInFile.contains(r.contractNo())) {
                errors.add(header.sheet(), header.error(row, CONTRACT_NO, "ledger.receipts.unknownContract",
                        r.contractNo()));
            } else if (deal != null && r.receivedOn() != null && r.amount() != null
                    && deal.receiptKeys().contains(LedgerLookup.receiptKey(r.receivedOn(), r.amount(), r.voucherNo()))) {
                if (!update) {
                    errors.add(header.sheet(), header.error(row, RECEIVED_ON, "ledger.receipts.exists",
                            r.contractNo()));
                }
            } else {
                created++;
            }
        }
        return new SheetCounts(header.sheetName(), data.receipts().rows().size(), created, 0);
    }

    private static SheetCounts checkCosts(ImportData data, Map<String, ExistingDeal> deals,
                                          Set<String> contractsInFile, boolean update, ErrorList errors) {
        SheetHeader header = data.costs().header();
        int created = 0;
        for (CostRow r : data.costs().rows()) {
            int row = r.row();
            if (r.contractNo() == null) {
                continue; // reported as a required cell already
            }
            ExistingDeal deal = deals.get(r.contractNo());
            if (deal == null && !contractsInFile.contains(r.contractNo())) {
                errors.add(header.sheet(), header.error(row, CONTRACT_NO, "ledger.costs.unknownContract",
                        r.contractNo()));
            } else if (deal != null && r.incurredOn() != null && r.category() != null && r.amount() != null
                    && deal.costKeys().contains(LedgerLookup.costKey(r.incurredOn(), r.category(), r.amount()))) {
                if (!update) {
                    errors.add(header.sheet(), header.error(row, DATE, "ledger.costs.exists", r.contractNo()));
                }
            } else {
                created++;
            }
        }
        return new SheetCounts(header.sheetName(), data.costs().rows().size(), created, 0);
    }
}
