package org.transferdesk.due;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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

    private final Map<Long, Deal> deals = new HashMap<>();
    private final Map<Long, Set<Long>> dealsByResult = new HashMap<>();
    private final Map<Long, List<ObligationRow>> obligationsByDeal = new HashMap<>();
    private final Map<Long, Distribution> distributions = new HashMap<>();
    // keyed by the distribution's deal id, null for those without a deal (HashMap allows the null key)
    private final Map<Long, Set<Long>> distributionsByDeal = new HashMap<>();
    private final Map<Long, PilotCase> cases = new HashMap<>();
    private final Map<Long, Set<Long>> casesByResult = new HashMap<>();
    private final Map<Long, List<EpisodeRow>> episodesByPerson = new HashMap<>();
    private final Map<Long, PatentRow> patents = new HashMap<>();
    private final Map<Long, Set<Long>> patentsByResult = new HashMap<>();

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
        for (Map<?, ?> m : List.of(deals, dealsByResult, obligationsByDeal, distributions, distributionsByDeal, cases,
                casesByResult, episodesByPerson, patents, patentsByResult, dealItems, caseItems, personItems,
                patentItems)) {
            m.clear();
        }
        sources.deals().forEach(this::putDeal);
        sources.obligations().forEach(o -> obligationsByDeal.computeIfAbsent(o.dealId(), k -> new ArrayList<>()).add(o));
        sources.distributions().forEach(this::putDistribution);
        sources.pilotCases().forEach(this::putCase);
        sources.episodes().forEach(e -> episodesByPerson.computeIfAbsent(e.episode().personId(),
                k -> new ArrayList<>()).add(e));
        sources.patents().forEach(this::putPatent);
        Set<Long> bundles = new HashSet<>(deals.keySet());
        bundles.addAll(obligationsByDeal.keySet());
        bundles.addAll(distributionsByDeal.keySet());
        bundles.forEach(this::deriveDeal);
        cases.keySet().forEach(this::deriveCase);
        episodesByPerson.keySet().forEach(this::derivePerson);
        patents.keySet().forEach(this::derivePatent);
        merged = null;
    }

    /** The deal as saved now: its bundle, its distributions' labels, and the cases and patents of its results. */
    void dealChanged(long id) {
        Set<Long> results = resultsOf(deals.get(id));
        removeDeal(id);
        sources.deal(id).ifPresent(this::putDeal);
        results.addAll(resultsOf(deals.get(id)));
        obligationsByDeal.remove(id);
        List<ObligationRow> obligations = sources.obligationsOfDeal(id);
        if (!obligations.isEmpty()) {
            obligationsByDeal.put(id, new ArrayList<>(obligations));
        }
        // the distributions carry the deal's contract number and title in their labels
        new ArrayList<>(distributionsByDeal.getOrDefault(id, Set.of())).forEach(this::removeDistribution);
        sources.distributionsOfDeal(id).forEach(this::putDistribution);
        deriveDeal(id);
        results.forEach(this::deriveResult);
    }

    void distributionChanged(long id) {
        Distribution before = distributions.get(id);
        Long oldDeal = before == null ? null : before.dealId();
        removeDistribution(id);
        Distribution now = sources.distribution(id).orElse(null);
        if (now != null) {
            putDistribution(now);
            deriveDeal(now.dealId());
        }
        if (before != null) {
            deriveDeal(oldDeal);
        }
    }

    void caseChanged(long id) {
        PilotCase before = cases.get(id);
        removeCase(id);
        sources.pilotCase(id).ifPresent(this::putCase);
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
        new ArrayList<>(casesByResult.getOrDefault(disclosureId, Set.of())).forEach(this::removeCase);
        sources.pilotCasesOfResult(disclosureId).forEach(this::putCase);
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
        return new TreeSet<>(dealsByResult.getOrDefault(disclosureId, Set.of()));
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
        for (Long ipId : new ArrayList<>(patentsByResult.getOrDefault(disclosureId, Set.of()))) {
            removePatent(ipId);
        }
        sources.patentsOfResult(disclosureId).forEach(this::putPatent);
    }

    private void deriveResult(long disclosureId) {
        casesByResult.getOrDefault(disclosureId, Set.of()).forEach(this::deriveCase);
        patentsByResult.getOrDefault(disclosureId, Set.of()).forEach(this::derivePatent);
    }

    private void deriveDeal(Long key) {
        Deal deal = key == null ? null : deals.get(key);
        List<Deal> one = deal == null ? List.of() : List.of(deal);
        List<Distribution> ds = distributionsByDeal.getOrDefault(key, Set.of()).stream().map(distributions::get)
                .toList();
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
                casesByResult.getOrDefault(p.disclosureId(), Set.of()).stream().map(cases::get).toList(),
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
        return dealsByResult.getOrDefault(disclosureId, Set.of()).stream().map(deals::get).toList();
    }

    private static Set<Long> resultsOf(Deal d) {
        Set<Long> results = new TreeSet<>();
        if (d != null) {
            d.results().stream().map(ResultRef::disclosureId).forEach(results::add);
        }
        return results;
    }

    private void putDeal(Deal d) {
        deals.put(d.id(), d);
        resultsOf(d).forEach(r -> dealsByResult.computeIfAbsent(r, k -> new TreeSet<>()).add(d.id()));
    }

    private void removeDeal(long id) {
        Deal d = deals.remove(id);
        resultsOf(d).forEach(r -> unindex(dealsByResult, r, id));
    }

    private void putDistribution(Distribution d) {
        distributions.put(d.id(), d);
        distributionsByDeal.computeIfAbsent(d.dealId(), k -> new TreeSet<>()).add(d.id());
    }

    private void removeDistribution(long id) {
        Distribution d = distributions.remove(id);
        if (d != null) {
            unindex(distributionsByDeal, d.dealId(), id);
        }
    }

    private void putCase(PilotCase c) {
        cases.put(c.id(), c);
        casesByResult.computeIfAbsent(c.disclosureId(), k -> new TreeSet<>()).add(c.id());
    }

    private void removeCase(long id) {
        PilotCase c = cases.remove(id);
        if (c != null) {
            unindex(casesByResult, c.disclosureId(), id);
            caseItems.remove(id);
            merged = null;
        }
    }

    private void putPatent(PatentRow p) {
        patents.put(p.ipId(), p);
        patentsByResult.computeIfAbsent(p.disclosureId(), k -> new TreeSet<>()).add(p.ipId());
    }

    private void removePatent(long ipId) {
        PatentRow p = patents.remove(ipId);
        if (p != null) {
            unindex(patentsByResult, p.disclosureId(), ipId);
            patentItems.remove(ipId);
            merged = null;
        }
    }

    private static void unindex(Map<Long, Set<Long>> index, Long key, long id) {
        Collection<Long> ids = index.get(key);
        if (ids != null) {
            ids.remove(id);
            if (ids.isEmpty()) {
                index.remove(key);
            }
        }
    }

    @Override
    public String toString() {
        return "DueCache" + Objects.toString(context);
    }
}
