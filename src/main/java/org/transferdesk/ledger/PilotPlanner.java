package org.transferdesk.ledger;

import static org.transferdesk.ledger.LedgerSheet.Columns.RESULT_NO;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.ledger.LedgerLookup.ExistingPilot;
import org.transferdesk.ledger.LedgerLookup.PilotTarget;
import org.transferdesk.ledger.LedgerRows.ImportData;
import org.transferdesk.ledger.LedgerRows.PilotRow;
import org.transferdesk.ledger.LedgerRows.ResultRow;
import org.transferdesk.pilot.PilotValidator;

/**
 * 赋权 against the database: the result exists (in this file's 成果 or the database) and its type may be
 * granted (R-PILOT-TYPE); a result that has a pilot case already is a duplicate. On update, only a case an
 * earlier import wrote and nobody has worked on since is replaced; a case kept in TransferDesk never is.
 */
final class PilotPlanner {
    private PilotPlanner() {
    }

    static SheetCounts check(ImportData data, LedgerLookup lookup, Set<String> resultsInFile, boolean update,
                             Map<String, Long> toReplace, ErrorList errors) {
        SheetHeader header = data.pilots().header();
        List<PilotRow> rows = data.pilots().rows();
        if (rows.isEmpty()) {
            return new SheetCounts(header.sheetName(), 0, 0, 0);
        }
        Set<String> resultNos = new HashSet<>();
        rows.stream().map(PilotRow::resultNo).filter(s -> s != null).forEach(resultNos::add);
        Map<String, PilotTarget> targets = resultNos.isEmpty() ? Map.of() : lookup.pilotTargets(resultNos);
        Map<String, ResultType> typesInFile = new HashMap<>();
        for (ResultRow r : data.results().rows()) {
            if (r.resultNo() != null && r.resultType() != null) {
                typesInFile.put(r.resultNo(), r.resultType());
            }
        }
        int created = 0;
        int updated = 0;
        for (PilotRow r : rows) {
            int row = r.row();
            String no = r.resultNo();
            if (no == null) {
                continue; // reported as a required cell already
            }
            PilotTarget target = targets.get(no);
            if (target == null && !resultsInFile.contains(no)) {
                errors.add(header.sheet(), header.error(row, RESULT_NO, "ledger.pilots.unknownResult", no));
                continue;
            }
            // the file's 成果 row sets the type (an empty cell keeps the database's)
            ResultType type = typesInFile.containsKey(no) ? typesInFile.get(no) : target == null ? null : target.type();
            if (!PilotValidator.eligible(type)) {
                errors.add(header.sheet(), header.error(row, RESULT_NO, "ledger.pilots.ineligible", no,
                        type == null ? "—" : type.label()));
                continue;
            }
            List<ExistingPilot> cases = target == null ? List.of() : target.cases();
            if (cases.isEmpty()) {
                created++;
            } else if (!update) {
                errors.add(header.sheet(), header.error(row, RESULT_NO, "ledger.pilots.exists", no,
                        cases.get(0).caseNo()));
            } else if (cases.size() == 1 && cases.get(0).onlyImported()) {
                toReplace.put(no, cases.get(0).id());
                updated++;
            } else {
                ExistingPilot kept = cases.stream().filter(c -> !c.onlyImported()).findFirst().orElse(cases.get(0));
                errors.add(header.sheet(), header.error(row, RESULT_NO, "ledger.pilots.keptInApp", no, kept.caseNo()));
            }
        }
        return new SheetCounts(header.sheetName(), rows.size(), created, updated);
    }
}
