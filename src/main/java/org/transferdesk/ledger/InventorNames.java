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
 * Several: the mapping profile's answer for that name (people), else a question once per name listing them with
 * their departments. None: left as it
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
        Map<String, Question> asked = new java.util.LinkedHashMap<>();
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
                    String answer = header.mapping().people().get(e.staffNo());
                    if (answer != null && candidates.stream().anyMatch(c -> c[0].equals(answer))) {
                        entries.add(new InventorEntry(answer, e.share(), e.keyContributor()));
                    }
                    // a question once per name (the planner must not call it an unknown staff number too)
                    asked.computeIfAbsent(e.staffNo(), n -> new Question(r.row(), candidates, answer)).cells++;
                }
            }
            resolved.add(new ResultRow(r.row(), r.resultNo(), r.title(), r.disclosedOn(), r.department(),
                    r.resultType(), r.funding(), entries));
        }
        asked.forEach((name, q) -> {
            List<MappingReport.Option> options = q.candidates.stream()
                    .map(c -> new MappingReport.Option(c[0], c[0] + (c[1] == null ? "" : "（" + c[1] + "）"))).toList();
            boolean answered = q.answer != null && q.candidates.stream().anyMatch(c -> c[0].equals(q.answer));
            header.askName(new MappingReport.NameQuestion(name, options, answered ? q.answer : null, q.firstRow, q.cells));
            if (!answered) {
                errors.add(header.sheet(), header.error(q.firstRow, INVENTORS, "ledger.inventors.sameName", name,
                        options.stream().map(MappingReport.Option::label).collect(Collectors.joining("、")), q.cells));
            }
        });
        return resolved;
    }

    private static final class Question {
        final int firstRow;
        final List<String[]> candidates;
        final String answer;
        int cells;

        Question(int firstRow, List<String[]> candidates, String answer) {
            this.firstRow = firstRow;
            this.candidates = candidates;
            this.answer = answer;
        }
    }
}
