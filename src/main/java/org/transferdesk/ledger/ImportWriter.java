package org.transferdesk.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.transferdesk.common.I18n;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.Evaluation;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ledger.LedgerLookup.ExistingResult;
import org.transferdesk.ledger.LedgerRows.ImportData;
import org.transferdesk.ledger.LedgerRows.IpRow;
import org.transferdesk.ledger.LedgerRows.PersonRow;
import org.transferdesk.ledger.LedgerRows.ResultRow;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.Person;

/**
 * Writes checked rows through the store, inside the commit's transaction. On update, an empty cell
 * keeps what the record has (the ledger only says what it knows); fields the ledger has no column for
 * (contact, abstract, evaluation, status …) are never touched.
 */
final class ImportWriter {
    private final LedgerStore store;
    private final ImportData data;
    private final ImportPlanner.Plan plan;
    private final Steps steps;
    private final Map<String, Person> written = new HashMap<>();
    private final IpMerge ipMerge = new IpMerge();

    ImportWriter(LedgerStore store, ImportData data, ImportPlanner.Plan plan, ProgressSink progress) {
        this.store = store;
        this.data = data;
        this.plan = plan;
        this.steps = new Steps(progress, (long) data.people().rows().size() + data.results().rows().size()
                + data.ip().rows().size());
    }

    List<SheetCounts> write() {
        int[] people = writePeople();
        int[] results = writeResults();
        return List.of(
                new SheetCounts(data.people().header().sheetName(), data.people().rows().size(), people[0], people[1]),
                new SheetCounts(data.results().header().sheetName(), data.results().rows().size(), results[0],
                        results[1]),
                new SheetCounts(data.ip().header().sheetName(), data.ip().rows().size(), ipMerge.created(),
                        ipMerge.updated()));
    }

    private int[] writePeople() {
        int[] counts = new int[2];
        String sheetName = data.people().header().sheetName();
        for (PersonRow r : data.people().rows()) {
            steps.step(() -> I18n.t("ledger.progress.writing", sheetName));
            Person existing = plan.people().get(r.staffNo());
            Long departmentId = r.department() == null ? null : store.departmentId(r.department());
            Person person;
            if (existing == null) {
                person = store.save(new Person(null, r.staffNo(), r.name(), departmentId, r.department(),
                        r.leaderRole() == null ? LeaderRole.NONE : r.leaderRole(), r.idNumber(), null, 0));
                counts[0]++;
            } else {
                Person merged = new Person(existing.id(), r.staffNo(), r.name(),
                        departmentId == null ? existing.departmentId() : departmentId,
                        r.department() == null ? existing.departmentName() : r.department(),
                        r.leaderRole() == null ? existing.leaderRole() : r.leaderRole(),
                        r.idNumber() == null ? existing.idNumber() : r.idNumber(), existing.contact(),
                        existing.version());
                // an unchanged person keeps its version and gets no empty audit row
                person = merged.equals(existing) ? existing : store.save(merged);
                counts[1]++;
            }
            written.put(person.staffNo(), person);
        }
        return counts;
    }

    private int[] writeResults() {
        int[] counts = new int[2];
        Map<String, List<IpRow>> ipByResult = new LinkedHashMap<>();
        for (IpRow r : data.ip().rows()) {
            ipByResult.computeIfAbsent(r.resultNo(), k -> new ArrayList<>()).add(r);
        }
        String sheetName = data.results().header().sheetName();
        for (ResultRow r : data.results().rows()) {
            steps.step(() -> I18n.t("ledger.progress.writing", sheetName));
            List<IpRow> ipRows = ipByResult.getOrDefault(r.resultNo(), List.of());
            ipByResult.remove(r.resultNo());
            ExistingResult existing = plan.results().get(r.resultNo());
            if (existing == null) {
                store.save(newResult(r, ipRows));
                counts[0]++;
            } else {
                store.save(updatedResult(load(existing), r, ipRows));
                counts[1]++;
            }
            ipRows.forEach(x -> stepIp());
        }
        // IP rows for results that are only in the database: added to (or updating) those results
        for (Map.Entry<String, List<IpRow>> e : ipByResult.entrySet()) {
            Disclosure old = load(plan.results().get(e.getKey()));
            store.save(withIp(old, ipMerge.merge(old.ipAssets(), e.getValue())));
            e.getValue().forEach(x -> stepIp());
        }
        return counts;
    }

    private void stepIp() {
        String sheetName = data.ip().header().sheetName();
        steps.step(() -> I18n.t("ledger.progress.writing", sheetName));
    }

    private Disclosure load(ExistingResult existing) {
        return store.loadResult(existing.id())
                .orElseThrow(() -> new IllegalStateException("result " + existing.id() + " vanished during import"));
    }

    private Disclosure newResult(ResultRow r, List<IpRow> ipRows) {
        Long departmentId = r.department() == null ? null : store.departmentId(r.department());
        return new Disclosure(null, r.resultNo(), r.title(), r.disclosedOn(), departmentId, r.department(),
                r.resultType(), r.funding(), null, null, null, false, ResultStatus.DISCLOSED, Evaluation.NONE,
                inventors(r), ipMerge.merge(List.of(), ipRows), List.of(), 0);
    }

    private Disclosure updatedResult(Disclosure old, ResultRow r, List<IpRow> ipRows) {
        // Long.valueOf: a bare long here would unbox a null old.departmentId() and fail
        Long departmentId = r.department() == null ? old.departmentId()
                : Long.valueOf(store.departmentId(r.department()));
        return new Disclosure(old.id(), r.resultNo(), r.title(), r.disclosedOn(), departmentId,
                r.department() == null ? old.departmentName() : r.department(),
                r.resultType() == null ? old.resultType() : r.resultType(),
                r.funding() == null ? old.funding() : r.funding(), old.projectNumbers(), old.technicalField(),
                old.abstractText(), old.confidential(), old.status(), old.evaluation(), inventors(r),
                ipMerge.merge(old.ipAssets(), ipRows), old.history(), old.version());
    }

    private static Disclosure withIp(Disclosure d, List<IpAsset> ip) {
        return new Disclosure(d.id(), d.resultNo(), d.title(), d.disclosedOn(), d.departmentId(), d.departmentName(),
                d.resultType(), d.funding(), d.projectNumbers(), d.technicalField(), d.abstractText(),
                d.confidential(), d.status(), d.evaluation(), d.inventors(), ip, d.history(), d.version());
    }

    private List<Inventor> inventors(ResultRow r) {
        return r.inventors().stream().map(i -> {
            Person p = written.containsKey(i.staffNo()) ? written.get(i.staffNo()) : plan.people().get(i.staffNo());
            return new Inventor(p.id(), p.staffNo(), p.name(), i.share(), i.keyContributor());
        }).toList();
    }
}
