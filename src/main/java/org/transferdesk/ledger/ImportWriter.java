package org.transferdesk.ledger;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Percent;
import org.transferdesk.deal.Company;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Equity;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.Publicity;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.Evaluation;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ledger.LedgerLookup.ExistingDeal;
import org.transferdesk.ledger.LedgerLookup.ExistingResult;
import org.transferdesk.ledger.LedgerRows.ContractRow;
import org.transferdesk.ledger.LedgerRows.CostRow;
import org.transferdesk.ledger.LedgerRows.ReceiptRow;
import org.transferdesk.ledger.LedgerRows.ImportData;
import org.transferdesk.ledger.LedgerRows.IpRow;
import org.transferdesk.ledger.LedgerRows.PersonRow;
import org.transferdesk.ledger.LedgerRows.ResultRow;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.Person;
import org.transferdesk.reward.RewardPolicies;

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
    private final RewardPolicies policies;
    private final PilotImportSettings pilots;
    private final LocalDate today;

    ImportWriter(LedgerStore store, ImportData data, ImportPlanner.Plan plan, RewardPolicies policies,
                 PilotImportSettings pilots, LocalDate today, ProgressSink progress) {
        this.store = store;
        this.data = data;
        this.plan = plan;
        this.policies = policies;
        this.pilots = pilots;
        this.today = today;
        this.steps = new Steps(progress, (long) data.people().rows().size() + data.results().rows().size()
                + data.ip().rows().size() + data.contracts().rows().size() + data.receipts().rows().size()
                + data.costs().rows().size() + data.rewards().rows().size() + data.pilots().rows().size());
    }

    List<SheetCounts> write() {
        int[] people = writePeople();
        int[] results = writeResults();
        int[] deals = writeDeals();
        int[] rewards = new RewardWriter(store, plan, written, policies, steps).write(data.rewards());
        int[] pilotCases = new PilotWriter(store, plan, pilots, today, steps).write(data.pilots());
        return List.of(
                new SheetCounts(data.people().header().sheetName(), data.people().rows().size(), people[0], people[1]),
                new SheetCounts(data.results().header().sheetName(), data.results().rows().size(), results[0],
                        results[1]),
                new SheetCounts(data.ip().header().sheetName(), data.ip().rows().size(), ipMerge.created(),
                        ipMerge.updated()),
                new SheetCounts(data.contracts().header().sheetName(), data.contracts().rows().size(), deals[0],
                        deals[1]),
                new SheetCounts(data.receipts().header().sheetName(), data.receipts().rows().size(), deals[2], deals[4]),
                new SheetCounts(data.costs().header().sheetName(), data.costs().rows().size(), deals[3], deals[5]),
                new SheetCounts(data.rewards().header().sheetName(), data.rewards().rows().size(), rewards[0],
                        rewards[1]),
                new SheetCounts(data.pilots().header().sheetName(), data.pilots().rows().size(), pilotCases[0],
                        pilotCases[1]));
    }

    /** Contracts, then the receipts and costs of deals that are only in the database; returns created, updated, receipts, costs. */
    private int[] writeDeals() {
        int[] counts = new int[6];
        Map<String, List<ReceiptRow>> receiptsByContract = new LinkedHashMap<>();
        data.receipts().rows().forEach(r -> receiptsByContract.computeIfAbsent(r.contractNo(), k -> new ArrayList<>())
                .add(r));
        Map<String, List<CostRow>> costsByContract = new LinkedHashMap<>();
        data.costs().rows().forEach(c -> costsByContract.computeIfAbsent(c.contractNo(), k -> new ArrayList<>()).add(c));
        Set<String> resultNos = new HashSet<>();
        data.contracts().rows().forEach(c -> resultNos.addAll(c.resultNos()));
        // the results written above have their ids now: ask the store, which sees this transaction
        Map<String, ExistingResult> resultIds = resultNos.isEmpty() ? Map.of() : store.results(resultNos);
        String sheetName = data.contracts().header().sheetName();
        // every contract's counterparty first, so the new ones are written in one batch (issue 20)
        List<Counterparty> counterparties = store.counterparties(data.contracts().rows().stream()
                .map(r -> new Counterparty(null, r.counterparty(), r.creditCode(), r.regionText(), r.region(),
                        r.industryText(), r.industry(), null, null, 0)).toList());
        List<Deal> created = new ArrayList<>();
        for (int i = 0; i < data.contracts().rows().size(); i++) {
            ContractRow r = data.contracts().rows().get(i);
            steps.step(() -> I18n.t("ledger.progress.writing", sheetName));
            ExistingDeal existing = plan.deals().get(r.contractNo());
            Deal old = existing == null ? null : loadDeal(existing.id());
            Counterparty counterparty = counterparties.get(i);
            List<ResultRef> refs = r.resultNos().stream()
                    .map(no -> new ResultRef(resultIds.get(no).id(), no, null)).toList();
            Deal deal = old == null ? newDeal(r, counterparty, refs) : updatedDeal(old, r, counterparty, refs);
            deal = withMoney(deal, receiptsByContract.remove(r.contractNo()), costsByContract.remove(r.contractNo()),
                    counts);
            if (old == null) {
                created.add(deal);
            } else {
                store.save(deal);
            }
            counts[old == null ? 0 : 1]++;
        }
        store.createDeals(created);
        Set<String> onlyInDatabase = new LinkedHashSet<>(receiptsByContract.keySet());
        onlyInDatabase.addAll(costsByContract.keySet());
        for (String contractNo : onlyInDatabase) {
            Deal old = loadDeal(plan.deals().get(contractNo).id());
            store.save(withMoney(old, receiptsByContract.get(contractNo), costsByContract.get(contractNo), counts));
        }
        return counts;
    }

    private Deal loadDeal(long id) {
        return store.loadDeal(id).orElseThrow(() -> new IllegalStateException("deal " + id + " vanished during import"));
    }

    private Deal newDeal(ContractRow r, Counterparty counterparty, List<ResultRef> refs) {
        Equity equity = r.equityShare() == null ? null
                : equity(counterparty, r.equityShare(), null);
        return DealBuilder.deal().mode(r.mode()).contractNo(r.contractNo()).licenseKind(r.licenseKind())
                .title(title(r.mode(), counterparty)).results(refs).counterpartyId(counterparty.id())
                .counterpartyName(counterparty.name()).signedOn(r.signedOn()).contractAmount(r.amount())
                .pricing(pricing(r, null)).relatedParty(Boolean.TRUE.equals(r.relatedParty()))
                .registration(new Deal.Registration(r.registrationNo(), r.registeredOn(), null))
                .status(r.signedOn() == null ? DealStatus.DRAFT : DealStatus.SIGNED).publicity(publicity(r, null))
                .equity(equity).build();
    }

    /** An empty cell keeps what the deal has; a later status (performing, completed) is kept. */
    private Deal updatedDeal(Deal old, ContractRow r, Counterparty counterparty, List<ResultRef> refs) {
        DealStatus status = old.status();
        if (r.signedOn() != null && !old.status().isSigned()) {
            status = DealStatus.SIGNED;
        }
        Deal.Registration registration = r.registrationNo() == null && r.registeredOn() == null ? old.registration()
                : new Deal.Registration(r.registrationNo() == null ? old.registration().number() : r.registrationNo(),
                r.registeredOn() == null ? old.registration().registeredOn() : r.registeredOn(),
                old.registration().technicalIncome());
        Equity equity = old.equity();
        if (r.equityShare() != null) {
            equity = old.equity() == null ? equity(counterparty, r.equityShare(), null)
                    : new Equity(old.equity().companyId(), old.equity().companyName(), r.equityShare(),
                    old.equity().registrationChangeOn());
        }
        return DealBuilder.toBuilder(old).mode(r.mode())
                .licenseKind(r.licenseKind() == null ? old.licenseKind() : r.licenseKind())
                .results(refs.isEmpty() ? old.results() : refs).counterpartyId(counterparty.id())
                .counterpartyName(counterparty.name()).signedOn(r.signedOn() == null ? old.signedOn() : r.signedOn())
                .contractAmount(r.amount() == null ? old.contractAmount() : r.amount())
                .pricing(pricing(r, old.pricing()))
                .relatedParty(r.relatedParty() == null ? old.relatedParty() : r.relatedParty())
                .registration(registration).status(status).publicity(publicity(r, old.publicity())).equity(equity)
                .build();
    }

    private Equity equity(Counterparty counterparty, Percent share, LocalDate changedOn) {
        Company company = store.company(counterparty.name());
        return new Equity(company.id(), company.name(), share, changedOn);
    }

    private static String title(DealMode mode, Counterparty counterparty) {
        return I18n.t("ledger.contracts.title", mode.label(), counterparty.name());
    }

    private static PricingMethod pricing(ContractRow r, PricingMethod old) {
        if (r.pricing() != null) {
            return r.pricing();
        }
        return old == null && r.mode().convertsResults() ? PricingMethod.NEGOTIATED : old;
    }

    private static Publicity publicity(ContractRow r, Publicity old) {
        if (r.publicityFrom() == null) {
            return old;
        }
        return old == null ? new Publicity(r.publicityFrom(), r.publicityTo(), null, null, List.of())
                : new Publicity(r.publicityFrom(), r.publicityTo(), old.place(), old.content(), old.objections());
    }

    /**
     * Adds the sheet's receipts and costs to the deal; on update, one the deal already had (same date,
     * amount and voucher; same date, category and amount) is not added again.
     */
    private Deal withMoney(Deal deal, List<ReceiptRow> receiptRows, List<CostRow> costRows, int[] counts) {
        List<Receipt> receipts = receipts(deal, receiptRows == null ? List.of() : receiptRows, counts);
        List<Cost> costs = costs(deal, costRows == null ? List.of() : costRows, counts);
        return deal.withMoney(receipts, costs);
    }

    /** As {@link #receipts}: a cost matched by {@link MoneyIdentity} keeps its id (and note) on update. */
    private List<Cost> costs(Deal deal, List<CostRow> rows, int[] counts) {
        List<CostRow> valid = rows.stream().filter(c -> c.incurredOn() != null && c.category() != null
                && c.amount() != null).toList();
        String costSheet = data.costs().header().sheetName();
        valid.forEach(c -> steps.step(() -> I18n.t("ledger.progress.writing", costSheet)));
        if (valid.isEmpty()) {
            return new ArrayList<>(deal.costs());
        }
        // costs have no voucher: the date and the position on it identify them
        List<Cost> matches = MoneyIdentity.match(deal.costs(), Cost::id, Cost::incurredOn, x -> null, valid,
                CostRow::incurredOn, x -> null);
        boolean replace = plan.updateExisting();
        List<Cost> result = new ArrayList<>(replace ? List.of() : deal.costs());
        for (int i = 0; i < valid.size(); i++) {
            CostRow c = valid.get(i);
            Cost match = matches.get(i);
            if (match == null) {
                result.add(new Cost(null, c.incurredOn(), c.category(), c.amount(), null));
                counts[3]++;
            } else if (replace) {
                result.add(new Cost(match.id(), c.incurredOn(), c.category(), c.amount(), match.note()));
                if (match.amount().compareTo(c.amount()) != 0 || match.category() != c.category()) {
                    counts[5]++;
                }
            }
        }
        return result;
    }

    /**
     * The deal's receipts after this ledger: matched by {@link MoneyIdentity}, never by amount. Without update
     * the new ones are added (the planner refused any already stored). With update, for a contract the sheet lists
     * receipts of, the sheet is the list: matched receipts keep their id (and link to an instalment) with the
     * sheet's amount, the others are new, and stored ones the sheet no longer lists are dropped (the planner refused
     * this where a live distribution holds one).
     */
    private List<Receipt> receipts(Deal deal, List<ReceiptRow> rows, int[] counts) {
        List<ReceiptRow> valid = rows.stream().filter(r -> r.receivedOn() != null && r.amount() != null).toList();
        String receiptSheet = data.receipts().header().sheetName();
        valid.forEach(r -> steps.step(() -> I18n.t("ledger.progress.writing", receiptSheet)));
        if (valid.isEmpty()) {
            return new ArrayList<>(deal.receipts());
        }
        List<Receipt> matches = MoneyIdentity.match(deal.receipts(), Receipt::id, Receipt::receivedOn, Receipt::voucherNo,
                valid, ReceiptRow::receivedOn, ReceiptRow::voucherNo);
        boolean replace = plan.updateExisting();
        List<Receipt> result = new ArrayList<>(replace ? List.of() : deal.receipts());
        for (int i = 0; i < valid.size(); i++) {
            ReceiptRow r = valid.get(i);
            Receipt match = matches.get(i);
            if (match == null) {
                result.add(new Receipt(null, r.receivedOn(), r.amount(), r.voucherNo(), null));
                counts[2]++;
            } else if (replace) {
                result.add(new Receipt(match.id(), r.receivedOn(), r.amount(), r.voucherNo(), match.instalmentId()));
                if (match.amount().compareTo(r.amount()) != 0) {
                    counts[4]++;
                }
            }
        }
        return result;
    }

    private int[] writePeople() {
        int[] counts = new int[2];
        String sheetName = data.people().header().sheetName();
        List<Person> created = new ArrayList<>();
        for (PersonRow r : data.people().rows()) {
            steps.step(() -> I18n.t("ledger.progress.writing", sheetName));
            Person existing = plan.people().get(r.staffNo());
            Long departmentId = r.department() == null ? null : store.departmentId(r.department());
            if (existing == null) {
                created.add(new Person(null, r.staffNo(), r.name(), departmentId, r.department(),
                        r.leaderRole() == null ? LeaderRole.NONE : r.leaderRole(), r.idType(), r.idNumber(), null, 0));
                counts[0]++;
            } else {
                Person merged = new Person(existing.id(), r.staffNo(), r.name(),
                        departmentId == null ? existing.departmentId() : departmentId,
                        r.department() == null ? existing.departmentName() : r.department(),
                        r.leaderRole() == null ? existing.leaderRole() : r.leaderRole(),
                        r.idType() == null ? existing.idType() : r.idType(),
                        r.idNumber() == null ? existing.idNumber() : r.idNumber(), existing.contact(),
                        existing.version());
                // an unchanged person keeps its version and gets no empty audit row
                Person person = merged.equals(existing) ? existing : store.save(merged);
                counts[1]++;
                written.put(person.staffNo(), person);
            }
        }
        store.createPeople(created).forEach(p -> written.put(p.staffNo(), p));
        return counts;
    }

    private int[] writeResults() {
        int[] counts = new int[2];
        Map<String, List<IpRow>> ipByResult = new LinkedHashMap<>();
        for (IpRow r : data.ip().rows()) {
            ipByResult.computeIfAbsent(r.resultNo(), k -> new ArrayList<>()).add(r);
        }
        String sheetName = data.results().header().sheetName();
        List<Disclosure> created = new ArrayList<>();
        for (ResultRow r : data.results().rows()) {
            steps.step(() -> I18n.t("ledger.progress.writing", sheetName));
            List<IpRow> ipRows = ipByResult.getOrDefault(r.resultNo(), List.of());
            ipByResult.remove(r.resultNo());
            ExistingResult existing = plan.results().get(r.resultNo());
            if (existing == null) {
                created.add(newResult(r, ipRows));
                counts[0]++;
            } else {
                store.save(updatedResult(load(existing), r, ipRows));
                counts[1]++;
            }
            ipRows.forEach(x -> stepIp());
        }
        store.createResults(created);
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
        return DisclosureBuilder.disclosure().status(ResultStatus.DISCLOSED).resultNo(r.resultNo()).title(r.title())
                .disclosedOn(r.disclosedOn()).departmentId(departmentId).departmentName(r.department())
                .resultType(r.resultType()).funding(r.funding()).evaluation(Evaluation.NONE).inventors(inventors(r))
                .ipAssets(ipMerge.merge(List.of(), ipRows)).build();
    }

    private Disclosure updatedResult(Disclosure old, ResultRow r, List<IpRow> ipRows) {
        // Long.valueOf: a bare long here would unbox a null old.departmentId() and fail
        Long departmentId = r.department() == null ? old.departmentId()
                : Long.valueOf(store.departmentId(r.department()));
        return DisclosureBuilder.toBuilder(old).resultNo(r.resultNo()).title(r.title()).disclosedOn(r.disclosedOn())
                .departmentId(departmentId)
                .departmentName(r.department() == null ? old.departmentName() : r.department())
                .resultType(r.resultType() == null ? old.resultType() : r.resultType())
                .funding(r.funding() == null ? old.funding() : r.funding()).inventors(inventors(r))
                .ipAssets(ipMerge.merge(old.ipAssets(), ipRows)).build();
    }

    private static Disclosure withIp(Disclosure d, List<IpAsset> ip) {
        return DisclosureBuilder.toBuilder(d).ipAssets(ip).build();
    }

    private List<Inventor> inventors(ResultRow r) {
        return r.inventors().stream().map(i -> {
            Person p = written.containsKey(i.staffNo()) ? written.get(i.staffNo()) : plan.people().get(i.staffNo());
            return new Inventor(p.id(), p.staffNo(), p.name(), i.share(), i.keyContributor());
        }).toList();
    }
}
