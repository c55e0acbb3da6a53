package org.transferdesk.due;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.ObligationRow;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.fees.FeeRules;
import org.transferdesk.people.EpisodeRow;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotRules;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.NonProfitStatus;

/**
 * The due list's records and the items each derives, kept between calls so that a change re-reads and
 * re-derives only the records it touches (issue 20). The items of a record depend on others:
 * <ul>
 * <li>a deal's bundle (instalments, price publicity, obligations, and the rewards of its receipts and
 * distributions, R-TAX58) on the deal, its obligations and its distributions;</li>
 * <li>a pilot case's deadline on the signed deals of its result (R-PILOT-DEADLINE);</li>
 * <li>a patent's fee on the pilot cases (co-ownership) and open licences of its result (R-PAT-FEE, R-PAT-OPEN).</li>
 * </ul>
 * so a deal's change re-derives the cases and patents of its results before and after, and a case's change
 * the patents of its result. Everything is derived afresh when the {@link Context} (today, the language,
 * the settings) moves. Not thread-safe: {@link DueService} holds its lock around every call.
 */
final class DueCache {
    /** What every item was derived under besides the records; when it differs the cache starts over. */
    record Context(LocalDate today, Locale locale, LocalDate from, PilotRules pilotRules,
                   List<String> settings) {
    }

    private static final Comparator<DueItem> ORDER = Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::key);

    private final DueSources sources;
    private Context context;
    // read with the settings the context's stamp records, so it changes only when the context does
    private NonProfitStatus nonProfit = NonProfitStatus.always(true);
    private FeeRules feeRules;

    /** By result. */
    private final IndexedRecords<Deal> deals = new IndexedRecords<>(Deal::id, DueCache::resultsOf);
    private final Map<Long, List<ObligationRow>> obligationsByDeal = new HashMap<>();
    /** By deal; null for those without a deal. */
    private final IndexedRecords<Distribution> distributions =
            IndexedRecords.oneParent(Distribution::id, Distribution::dealId);
    /** By result. */
    private final IndexedRecords<PilotCase> cases = IndexedRecords.oneParent(PilotCase::id, PilotCase::disclosureId);
    private final Map<Long, List<EpisodeRow>> episodesByPerson = new HashMap<>();
    /** By result. */
    private final IndexedRecords<PatentRow> patents =
            IndexedRecords.oneParent(PatentRow::ipId, PatentRow::disclosureId);

    private final Map<Long, List<DueItem>> dealItems = new HashMap<>();
    private final Map<Long, List<DueItem>> caseItems = new HashMap<>();
    private final Map<Long, List<DueItem>> personItems = new HashMap<>();
    private final Map<Long, List<DueItem>> patentItems = new HashMap<>();
    private List<DueItem> reportItems = List.of();
    private List<DueItem> merged;

    DueCache(DueSources sources) {
        this.sources = sources;
    }

    Context context() {
        return context;
    }

    /**
     * Reads every record and derives every item under {@code context}; the annual reports' deadlines
     * (R-REPORT-WHO) depend on today and the settings only, so they are derived here too.
     */
    void rebuild(Context context, NonProfitStatus nonProfit,
                 java.util.function.IntFunction<java.time.MonthDay> reportDeadline) {
        this.context = context;
        this.nonProfit = nonProfit;
        this.reportItems = ReportReminders.of(context.today(), reportDeadline);
        this.feeRules = sources.feeRules();
        for (IndexedRecords<?> records : List.of(deals, distributions, cases, patents)) {
            records.clear();
        }
        for (Map<?, ?> m : List.of(obligationsByDeal, episodesByPerson, dealItems, caseItems, personItems,
                patentItems)) {
            m.clear();
        }
        sources.deals().forEach(deals::put);
        sources.obligations().forEach(o -> obligationsByDeal.computeIfAbsent(o.dealId(), k -> new ArrayList<>()).add(o));
        sources.distributions().forEach(distributions::put);
        sources.pilotCases().forEach(cases::put);
        sources.episodes().forEach(e -> episodesByPerson.computeIfAbsent(e.episode().personId(),
                k -> new ArrayList<>()).add(e));
        sources.patents().forEach(patents::put);
        Set<Long> bundles = new HashSet<>(deals.ids());
        bundles.addAll(obligationsByDeal.keySet());
        bundles.addAll(distributions.parents());
        bundles.forEach(this::deriveDeal);
        cases.ids().forEach(this::deriveCase);
        episodesByPerson.keySet().forEach(this::derivePerson);
        patents.ids().forEach(this::derivePatent);
        merged = null;
    }

    /** The deal as saved now: its bundle, its distributions' labels, and the cases and patents of its results. */
    void dealChanged(long id) {
        Set<Long> results = resultsOf(deals.get(id));
        deals.remove(id);
        sources.deal(id).ifPresent(deals::put);
        results.addAll(resultsOf(deals.get(id)));
        obligationsByDeal.remove(id);
        List<ObligationRow> obligations = sources.obligationsOfDeal(id);
        if (!obligations.isEmpty()) {
            obligationsByDeal.put(id, new ArrayList<>(obligations));
        }
        // the distributions carry the deal's contract number and title in their labels
        new ArrayList<>(distributions.idsOf(id)).forEach(distributions::remove);
        sources.distributionsOfDeal(id).forEach(distributions::put);
        deriveDeal(id);
        results.forEach(this::deriveResult);
    }

    void distributionChanged(long id) {
        Distribution before = distributions.get(id);
        Long oldDeal = before == null ? null : before.dealId();
        distributions.remove(id);
        Distribution now = sources.distribution(id).orElse(null);
        if (now != null) {
            distributions.put(now);
            deriveDeal(now.dealId());
        }
        if (before != null) {
            deriveDeal(oldDeal);
        }
    }

    void caseChanged(long id) {
        PilotCase before = cases.get(id);
        removeCase(id);
        sources.pilotCase(id).ifPresent(cases::put);
        PilotCase now = cases.get(id);
        deriveCase(id);
        // an ownership grant may change the result's IP as well as its co-ownership: read its patents again
        Set<Long> results = new TreeSet<>();
        if (before != null) {
            results.add(before.disclosureId());
        }
        if (now != null) {
            results.add(now.disclosureId());
        }
        results.forEach(r -> {
            reloadPatents(r);
            deriveResult(r);
        });
    }

    /** A result (its title, number or IP) changed: its pilot cases and patents are read again. */
    void resultChanged(long disclosureId) {
        new ArrayList<>(cases.idsOf(disclosureId)).forEach(this::removeCase);
        sources.pilotCasesOfResult(disclosureId).forEach(cases::put);
        reloadPatents(disclosureId);
        deriveResult(disclosureId);
    }

    void personChanged(long personId) {
        episodesByPerson.remove(personId);
        List<EpisodeRow> rows = sources.episodesOf(personId);
        if (!rows.isEmpty()) {
            episodesByPerson.put(personId, new ArrayList<>(rows));
        }
        derivePerson(personId);
    }

    /** The result a patent (IP asset) belongs to, when the cache knows the patent. */
    Long resultOfPatent(long ipId) {
        PatentRow p = patents.get(ipId);
        return p == null ? null : p.disclosureId();
    }

    /** The deals of a result, by id. */
    Set<Long> dealsOfResult(long disclosureId) {
        return new TreeSet<>(deals.idsOf(disclosureId));
    }

    /** Every item, from the context's remind-from day on (overdue fees and recovery flags whatever their date). */
    List<DueItem> items(Set<DueKind> always) {
        if (merged == null) {
            List<DueItem> all = new ArrayList<>();
            for (Map<Long, List<DueItem>> m : List.of(dealItems, caseItems, personItems, patentItems)) {
                m.values().forEach(all::addAll);
            }
            LocalDate from = context.from();
            all.addAll(reportItems);
            merged = all.stream().filter(i -> !i.dueOn().isBefore(from) || always.contains(i.kind())).sorted(ORDER)
                    .toList();
        }
        return merged;
    }

    private void reloadPatents(long disclosureId) {
        new ArrayList<>(patents.idsOf(disclosureId)).forEach(this::removePatent);
        sources.patentsOfResult(disclosureId).forEach(patents::put);
    }

    private void deriveResult(long disclosureId) {
        cases.idsOf(disclosureId).forEach(this::deriveCase);
        patents.idsOf(disclosureId).forEach(this::derivePatent);
    }

    private void deriveDeal(Long key) {
        Deal deal = deals.get(key);
        List<Deal> one = deal == null ? List.of() : List.of(deal);
        List<Distribution> ds = distributions.of(key);
        List<DueItem> items = new ArrayList<>(DealReminders.of(one, context.today()));
        items.addAll(DealReminders.obligations(obligationsByDeal.getOrDefault(key, List.of())));
        items.addAll(RewardReminders.of(one, ds, nonProfit));
        put(dealItems, key, items);
    }

    private void deriveCase(long id) {
        PilotCase c = cases.get(id);
        List<DueItem> items = c == null ? List.of()
                : PilotReminders.of(List.of(c), deals(c.disclosureId()), context.today(), context.pilotRules());
        put(caseItems, id, items);
    }

    private void derivePerson(long personId) {
        put(personItems, personId, PeopleReminders.of(episodesByPerson.getOrDefault(personId, List.of())));
    }

    private void derivePatent(long ipId) {
        PatentRow p = patents.get(ipId);
        List<DueItem> items = p == null ? List.of() : PatentReminders.of(PatentFeeInputs.of(List.of(p),
                cases.of(p.disclosureId()),
                deals(p.disclosureId()), context.from()), feeRules, context.today());
        put(patentItems, ipId, items);
    }

    private void put(Map<Long, List<DueItem>> items, Long key, List<DueItem> derived) {
        if (derived.isEmpty()) {
            items.remove(key);
        } else {
            items.put(key, List.copyOf(derived));
        }
        merged = null;
    }

    private List<Deal> deals(long disclosureId) {
        return deals.of(disclosureId);
    }

    private static Set<Long> resultsOf(Deal d) {
        Set<Long> results = new TreeSet<>();
        if (d != null) {
            d.results().stream().map(ResultRef::disclosureId).forEach(results::add);
        }
        return results;
    }

    private void removeCase(long id) {
        if (cases.remove(id) != null) {
            caseItems.remove(id);
            merged = null;
        }
    }

    private void removePatent(long ipId) {
        if (patents.remove(ipId) != null) {
            patentItems.remove(ipId);
            merged = null;
        }
    }

    @Override
    public String toString() {
        return "DueCache" + Objects.toString(context);
    }
}
