package org.transferdesk.ledger;

import static org.transferdesk.ledger.LedgerSheet.Columns.APPLICATION_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.INVENTORS;
import static org.transferdesk.ledger.LedgerSheet.Columns.RESULT_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.STAFF_NO;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.transferdesk.ledger.LedgerLookup.ExistingResult;
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
    record Plan(Map<String, Person> people, Map<String, ExistingResult> results, List<SheetCounts> counts,
                ErrorList errors) {
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
        Map<String, ExistingResult> results = lookup.results(resultNos);

        SheetCounts peopleCounts = checkPeople(data, people, updateExisting, errors);
        SheetCounts resultCounts = checkResults(data, people, staffInFile, results, updateExisting, errors);
        SheetCounts ipCounts = checkIp(data, results, resultsInFile, updateExisting, errors);
        return new Plan(people, results, List.of(peopleCounts, resultCounts, ipCounts), errors);
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
}
