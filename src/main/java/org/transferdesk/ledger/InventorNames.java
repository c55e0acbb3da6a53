package org.transferdesk.ledger;

import static org.transferdesk.ledger.LedgerSheet.Columns.INVENTORS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.transferdesk.ledger.LedgerRows.InventorEntry;
import org.transferdesk.ledger.LedgerRows.PersonRow;
import org.transferdesk.ledger.LedgerRows.ResultRow;
import org.transferdesk.people.Person;

/**
 * 完成人 written as names (张三(40%)、李四(60%)): a name that is no staff number is looked up among the people of
 * the 人员 sheet and the database. One person of that name: the entry becomes their staff number, said in a notice.
 * Several: an error listing them with their departments, so the clerk writes the staff number. None: left as it
 * is, and the planner reports the unknown staff number.
 */
final class InventorNames {
    private InventorNames() {
    }

    static List<ResultRow> resolve(List<ResultRow> rows, List<PersonRow> people, LedgerLookup lookup,
                                   SheetHeader header, ErrorList errors, ErrorList notices) {
        Set<String> ids = rows.stream().flatMap(r -> r.inventors().stream()).map(InventorEntry::staffNo)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> fileStaff = people.stream().map(PersonRow::staffNo).filter(s -> s != null)
                .collect(Collectors.toSet());
        Set<String> unknown = new HashSet<>(ids);
        unknown.removeAll(fileStaff);
        if (unknown.isEmpty()) {
            return rows;
        }
        unknown.removeAll(lookup.people(unknown).keySet());
        if (unknown.isEmpty()) {
            return rows;
        }
        Map<String, List<String[]>> byName = new HashMap<>();
        for (PersonRow p : people) {
            if (p.name() != null && unknown.contains(p.name())) {
                byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(new String[] {p.staffNo(), p.department()});
            }
        }
        lookup.peopleNamed(unknown).forEach((name, list) -> {
            List<String[]> candidates = byName.computeIfAbsent(name, k -> new ArrayList<>());
            for (Person p : list) {
                if (candidates.stream().noneMatch(c -> c[0].equals(p.staffNo()))) {
                    candidates.add(new String[] {p.staffNo(), p.departmentName()});
                }
            }
        });
        List<ResultRow> resolved = new ArrayList<>(rows.size());
        Map<String, int[]> told = new HashMap<>();
        for (ResultRow r : rows) {
            List<InventorEntry> entries = new ArrayList<>();
            for (InventorEntry e : r.inventors()) {
                List<String[]> candidates = unknown.contains(e.staffNo()) ? byName.get(e.staffNo()) : null;
                if (candidates == null || candidates.isEmpty()) {
                    entries.add(e);
                } else if (candidates.size() == 1) {
                    String staffNo = candidates.get(0)[0];
                    entries.add(new InventorEntry(staffNo, e.share(), e.keyContributor()));
                    if (told.putIfAbsent(e.staffNo(), new int[] {r.row()}) == null) {
                        notices.add(header.sheet(), header.error(r.row(), INVENTORS, "ledger.notice.inventorName",
                                e.staffNo(), staffNo));
                    }
                } else {
                    // left out: the error says it all, and the planner must not call it an unknown staff number too
                    errors.add(header.sheet(), header.error(r.row(), INVENTORS, "ledger.inventors.sameName",
                            e.staffNo(), candidates.stream().map(c -> c[0] + (c[1] == null ? "" : "（" + c[1] + "）"))
                                    .collect(Collectors.joining("、"))));
                }
            }
            resolved.add(new ResultRow(r.row(), r.resultNo(), r.title(), r.disclosedOn(), r.department(),
                    r.resultType(), r.funding(), entries));
        }
        return resolved;
    }
}
