package org.transferdesk.reward;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.transferdesk.audit.Actor;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.calendar.WorkCalendar;
import org.transferdesk.calendar.WorkCalendarSource;
import org.transferdesk.common.Problem;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.Person;
import org.transferdesk.reward.persistence.DistributionRepository;

/**
 * Proposes, validates and moves distributions through their life cycle, and stores them with their
 * deductions so the R-NET carry-over survives. The policy is the one in force on the distribution's basis
 * date (receipt date; equity: signing date).
 */
public final class DistributionService {
    private final DistributionRepository repository;
    private final DealRepository deals;
    private final DisclosureService disclosures;
    private final PeopleService people;
    private final RewardPolicies policies;
    private final WorkCalendarSource calendar;
    /** R-TAX58 condition 1: a fresh read of the dated setting per task, so a change needs no restart. */
    private final Supplier<NonProfitStatus> nonProfitStatus;
    private final AuditRepository audit;
    private final Clock clock;
    /** R-PILOT-INCOME: which results the pilot module has made co-owned (a constructor argument, so never forgotten). */
    private final ResultOwnership ownership;

    /** A unit whose status is read as one value (tests and tools where it never changed). */
    public DistributionService(DistributionRepository repository, DealRepository deals, DisclosureService disclosures,
                               PeopleService people, RewardPolicies policies, WorkCalendarSource calendar,
                               BooleanSupplier nonProfitUnit, ResultOwnership ownership, AuditRepository audit,
                               Clock clock) {
        this(repository, deals, disclosures, people, policies, calendar,
                (Supplier<NonProfitStatus>) () -> day -> nonProfitUnit.getAsBoolean(), ownership, audit, clock);
    }

    /** {@code nonProfitStatus}: the unit's dated status as recorded when asked (R-TAX58 by payment date). */
    public DistributionService(DistributionRepository repository, DealRepository deals, DisclosureService disclosures,
                               PeopleService people, RewardPolicies policies, WorkCalendarSource calendar,
                               Supplier<NonProfitStatus> nonProfitStatus, ResultOwnership ownership,
                               AuditRepository audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.deals = deals;
        this.disclosures = disclosures;
        this.people = people;
        this.policies = policies;
        this.calendar = calendar;
        this.nonProfitStatus = nonProfitStatus;
        this.ownership = ownership;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Distribution> list(Integer year) {
        return repository.findWhere(year, null);
    }

    public Optional<Distribution> find(long id) {
        return repository.findById(id);
    }

    public List<Distribution> ofDeal(long dealId) {
        return repository.findWhere(null, dealId);
    }

    public List<Distribution> ofPerson(long personId) {
        return repository.findByPerson(personId);
    }

    public Optional<Deal> deal(long dealId) {
        return deals.findById(dealId);
    }

    public RewardPolicy policyOn(LocalDate date) {
        return policies.policyOn(date);
    }

    /** Positive receipts of the deal that no live distribution holds yet, oldest first. */
    public List<Receipt> undistributedReceipts(Deal deal) {
        Set<Long> taken = repository.distributedReceiptIds(deal.id());
        return deal.receipts().stream().filter(r -> r.id() != null && r.amount().signum() > 0 && !taken.contains(r.id()))
                .sorted(Comparator.comparing(Receipt::receivedOn).thenComparing(Receipt::id)).toList();
    }

    /**
     * A cash (or, for a co-owned result, ownership) distribution of the chosen receipts of a transfer or licence,
     * or a R-45-TECH one of the receipts of a development, consulting or service contract.
     */
    public Proposal proposeCash(long dealId, List<Long> receiptIds) {
        Deal deal = deals.findById(dealId).orElseThrow(() -> new UserFacingException("reward.deal.missing", dealId));
        return proposeCash(deal, () -> team(deal), receiptIds);
    }

    /** For a caller that proposes several receipts of one deal: the deal read once, its team built at most once. */
    Proposal proposeCash(Deal deal, java.util.function.Supplier<List<TeamMember>> team, List<Long> receiptIds) {
        long dealId = deal.id();
        DistributionKind kind = DistributionKind.ofCash(deal.mode()).orElse(null);
        if (kind != DistributionKind.CASH && kind != DistributionKind.TECH_CONTRACT) {
            throw new ValidationException(List.of(Problem.error("reward.propose.notCashMode", "deal", deal.mode().label())));
        }
        Set<Long> wanted = new HashSet<>(receiptIds);
        List<Receipt> receipts = undistributedReceipts(deal).stream().filter(r -> wanted.contains(r.id())).toList();
        List<Problem> early = new ArrayList<>();
        if (receipts.isEmpty() || receipts.size() != wanted.size()) {
            early.add(Problem.error("reward.propose.receiptsTaken", "receipts"));
        }
        if (deal.receipts().stream().anyMatch(r -> wanted.contains(r.id()) && r.isRefund())) {
            early.add(Problem.error("reward.propose.refund", "receipts"));
        }
        if (!early.isEmpty()) {
            throw new ValidationException(early);
        }
        LocalDate basis = receipts.stream().map(Receipt::receivedOn).max(LocalDate::compareTo).orElseThrow();
        RewardPolicy policy = policies.policyOn(basis);
        Map<Long, BigDecimal> deducted = repository.deductedByCost(dealId);
        if (kind == DistributionKind.TECH_CONTRACT) {
            // a technical contract's income is the contract's, not a result's: no ownership split (R-PILOT-INCOME)
            Distribution d = DistributionProposer.techContract(deal, team.get(), receipts, deducted, policy);
            return new Proposal(d, problemsOf(d, deal));
        }
        IncomeOwnership owners = new IncomeOwnership(ownership);
        Optional<ResultOwnership.CoOwnership> coOwned = owners.of(deal, receipts, basis);
        Distribution d = coOwned.isPresent()
                ? DistributionProposer.ownershipIncome(deal, coOwned.get(), receipts, deducted, policy)
                : DistributionProposer.cash(deal, team.get(), receipts, deducted, policy,
                        policy.unitShares().school().isPositive() ? departments(deal) : List.of());
        List<Problem> problems = new ArrayList<>(problemsOf(d, deal));
        owners.severalResultsWarning(deal, basis).ifPresent(problems::add);
        return new Proposal(d, problems);
    }

    public Proposal proposeEquity(long dealId) {
        Deal deal = deals.findById(dealId).orElseThrow(() -> new UserFacingException("reward.deal.missing", dealId));
        List<Problem> early = new ArrayList<>();
        if (deal.mode() != DealMode.EQUITY || deal.equity() == null || deal.signedOn() == null) {
            early.add(Problem.error("reward.propose.equityIncomplete", "deal"));
        } else if (repository.hasLive(DistributionKind.EQUITY, dealId, null, null)) {
            early.add(Problem.error("reward.propose.equityExists", "deal"));
        }
        if (!early.isEmpty()) {
            throw new ValidationException(early);
        }
        Distribution d = DistributionProposer.equity(deal, team(deal), policies.policyOn(deal.signedOn()));
        return new Proposal(d, problemsOf(d, deal));
    }

    /** R-45-3 for one recorded year of a SELF/COOPERATION deal. */
    public Proposal proposeSelfImplementation(long dealId, int year) {
        Deal deal = deals.findById(dealId).orElseThrow(() -> new UserFacingException("reward.deal.missing", dealId));
        OperatingProfit profit = repository.operatingProfits(dealId).stream().filter(p -> p.year() == year).findFirst()
                .orElseThrow(() -> new ValidationException(List.of(Problem.error("reward.propose.noProfit", "year", year))));
        if (repository.hasLive(DistributionKind.SELF_IMPLEMENTATION, dealId, null, year)) {
            throw new ValidationException(List.of(Problem.error("reward.propose.yearExists", "year", year)));
        }
        RewardPolicy policy = policies.policyOn(LocalDate.of(year, 12, 31));
        Distribution d = DistributionProposer.selfImplementation(deal, team(deal), year, profit.profit(), policy);
        List<Problem> problems = new ArrayList<>(problemsOf(d, deal));
        int first = deal.signedOn() == null ? year : deal.signedOn().getYear();
        if (year - first >= policy.selfYears()) {
            problems.add(Problem.warning("reward.self.beyondYears", "year", policy.selfYears()));
        }
        return new Proposal(d, problems);
    }

    /** R-BONUS for a granted patent of a result. */
    public Proposal proposePatentBonus(long disclosureId, long ipAssetId) {
        Disclosure result = disclosures.find(disclosureId)
                .orElseThrow(() -> new UserFacingException("reward.result.missing", disclosureId));
        IpAsset patent = result.ipAssets().stream().filter(a -> a.id() == ipAssetId).findFirst()
                .orElseThrow(() -> new UserFacingException("reward.result.missing", disclosureId));
        if (patent.grantedOn() == null || !patent.type().isPatent()
                || repository.hasLive(DistributionKind.PATENT_BONUS, null, ipAssetId, null)) {
            throw new ValidationException(List.of(Problem.error("reward.propose.bonusNotDue", "ip", patent.applicationNo())));
        }
        List<TeamMember> team = TeamShares.of(List.of(new ResultTeam(result.id(), result.resultNo(), result.inventors())),
                this::leaderRole);
        Distribution d = DistributionProposer.patentBonus(patent, result.title(), team,
                policies.policyOn(patent.grantedOn()));
        return new Proposal(d, DistributionRules.problems(d));
    }

    /** Granted patents that have no bonus yet: patent id → result id. */
    public Map<Long, Long> patentsAwaitingBonus() {
        return repository.grantedPatentsWithoutBonus();
    }

    public List<Problem> problems(Distribution d) {
        return problemsOf(d, dealOf(d));
    }

    /**
     * Saves a proposal (or an edited draft); the receipts must still be free, so two users cannot distribute one
     * twice. This check names the usual case early (a receipt an imported payment names counts as taken too); the
     * race it cannot see — two saves that both found the receipt free — the database stops (V12), and the
     * repository reports it as a validation problem, which {@code distribute} lists as skipped.
     */
    public Distribution saveDraft(Distribution d) {
        if (!d.isNew() && d.status() != DistributionStatus.DRAFT) {
            throw new ValidationException(List.of(Problem.error("reward.status.wrong", "status", d.status().label(),
                    DistributionStatus.DRAFT.label())));
        }
        if (d.isNew() && d.dealId() != null) {
            Set<Long> taken = repository.distributedReceiptIds(d.dealId());
            if (d.receipts().stream().anyMatch(r -> taken.contains(r.receiptId()))) {
                throw new ValidationException(List.of(Problem.error("reward.propose.receiptsTaken", "receipts")));
            }
        }
        return repository.save(d, Actor.current(), LocalDateTime.now(clock));
    }

    public Distribution override(long id, List<DistributionLine> lines, String reason) {
        Distribution current = load(id);
        return repository.save(DistributionWorkflow.override(current, lines, reason), Actor.current(),
                LocalDateTime.now(clock));
    }

    /** R-PUB-REWARD: the earliest last day of a reward publicity starting on {@code from}. */
    public LocalDate earliestPublicityEnd(LocalDate from) {
        return publicityEnd(from).end();
    }

    /** R-PUB-REWARD: the earliest last day from {@code from}, with the years it counted weekends only. */
    public PublicityEnd publicityEnd(LocalDate from) {
        RewardPolicy policy = policies.policyOn(from);
        WorkCalendar workCalendar = calendar.calendar();
        LocalDate end = DistributionWorkflow.earliestPublicityEnd(policy, workCalendar, from);
        return new PublicityEnd(end, DistributionWorkflow.calendarGaps(policy, workCalendar, from, end));
    }

    /** The years of a publicity from {@code from} to {@code to} counted without holiday arrangements. */
    public java.util.SortedSet<Integer> publicityCalendarGaps(LocalDate from, LocalDate to) {
        return DistributionWorkflow.calendarGaps(policies.policyOn(from), calendar.calendar(), from, to);
    }

    public Distribution publicise(long id, LocalDate from, LocalDate to, String docNo) {
        return publicise(id, from, to, docNo, null);
    }

    /** Starts the reward publicity, with the 公示结果文件 number and name where known (R-TAX58-FILING). */
    public Distribution publicise(long id, LocalDate from, LocalDate to, String docNo, String docName) {
        Distribution current = load(id);
        LocalDate earliest = from == null ? null : earliestPublicityEnd(from);
        // the workflow checks the rules; what the deal must offer is checked here
        List<Problem> fromDeal = dealProblems(current, dealOf(current));
        if (!fromDeal.isEmpty()) {
            throw new ValidationException(fromDeal);
        }
        return save(DistributionWorkflow.publicise(current, from, to, docNo, docName,
                earliest == null ? LocalDate.MAX : earliest), AuditAction.STATUS);
    }

    public Distribution approve(long id, LocalDate on, String by) {
        return save(DistributionWorkflow.approve(load(id), on, by), AuditAction.STATUS);
    }

    public Distribution pay(long id, Set<Integer> linePositions, LocalDate paidOn, String payrollRef) {
        return pay(id, linePositions, paidOn, payrollRef, Map.of());
    }

    /** As above, with the income tax withheld per line position where it is known. */
    public Distribution pay(long id, Set<Integer> linePositions, LocalDate paidOn, String payrollRef,
                            Map<Integer, BigDecimal> taxWithheld) {
        return save(DistributionWorkflow.pay(load(id), linePositions, paidOn, payrollRef, taxWithheld, today()),
                AuditAction.STATUS);
    }

    public Distribution revoke(long id, LocalDate on, String reason) {
        return save(DistributionWorkflow.revoke(load(id), on == null ? today() : on, reason), AuditAction.STATUS);
    }

    public List<AuditEntry> history(long id) {
        return audit.history(DistributionRepository.ENTITY, id);
    }

    /**
     * A distribution's line taxes, problems and explanation, from one read of its deal; {@code payCap} is the
     * R-45-TECH performance-pay flag of a technical-contract reward (null for other kinds).
     */
    public record Inspection(List<LineTax> taxes, List<Problem> problems, Explanation explanation, PayCap payCap) {
    }

    public Inspection inspect(Distribution d) {
        return inspect(d, dealOf(d), nonProfitStatus.get());
    }

    /** A distribution with its inspection. */
    public record Inspected(Distribution distribution, Inspection inspection) {
    }

    /**
     * The distributions of the year (basis date in it; all when null), each inspected: their deals read in one
     * query and the unit's profile once, not both per distribution (issue 20: `export distributions`).
     */
    public List<Inspected> inspectAll(Integer year) {
        List<Distribution> all = list(year);
        Map<Long, Deal> byId = new HashMap<>();
        for (Deal deal : deals.findDistributedIn(year)) {
            byId.put(deal.id(), deal);
        }
        NonProfitStatus nonProfit = nonProfitStatus.get();
        return all.stream().map(d -> new Inspected(d,
                inspect(d, d.dealId() == null ? null : byId.get(d.dealId()), nonProfit))).toList();
    }

    private Inspection inspect(Distribution d, Deal deal, NonProfitStatus nonProfit) {
        List<LineTax> taxes = taxesOf(d, deal, nonProfit);
        List<Problem> problems = problemsOf(d, deal);
        return new Inspection(taxes, problems, Explanation.of(d, deal, taxes, problems),
                deal == null ? null : PayCap.of(d.kind(), deal.registration().isRegistered()).orElse(null));
    }

    public List<LineTax> taxes(Distribution d) {
        return taxesOf(d, dealOf(d), nonProfitStatus.get());
    }

    public Explanation explain(Distribution d) {
        return inspect(d).explanation();
    }

    public List<OperatingProfit> operatingProfits(long dealId) {
        return repository.operatingProfits(dealId);
    }

    public void recordOperatingProfit(OperatingProfit profit) {
        Deal deal = deals.findById(profit.dealId())
                .orElseThrow(() -> new UserFacingException("reward.deal.missing", profit.dealId()));
        if (deal.mode() != DealMode.SELF && deal.mode() != DealMode.COOPERATION) {
            throw new ValidationException(List.of(Problem.error("reward.self.wrongMode", "deal", deal.mode().label())));
        }
        repository.putOperatingProfit(profit, Actor.current(), LocalDateTime.now(clock));
    }

    /**
     * The CLI's {@code distribute}: a proposal for each receipt (of the year, or of the contract) not yet
     * distributed, and for each EQUITY deal (signed in the year) without one; valid proposals are saved as
     * drafts, the others are named with the reason.
     */
    public BatchOutcome distributeAll(String contractNo, Integer year) {
        return new DistributionBatch(this, repository, deals).run(contractNo, year);
    }

    private Distribution load(long id) {
        return repository.findById(id).orElseThrow(() -> new UserFacingException("reward.distribution.missing", id));
    }

    private Distribution save(Distribution d, AuditAction action) {
        return repository.saveWithAction(d, Actor.current(), LocalDateTime.now(clock), action);
    }

    private Deal dealOf(Distribution d) {
        return d.dealId() == null ? null : deals.findById(d.dealId()).orElse(null);
    }

    private List<LineTax> taxesOf(Distribution d, Deal deal, NonProfitStatus nonProfit) {
        boolean registered = deal != null && deal.registration().isRegistered();
        LocalDate today = LocalDate.now(clock);
        return d.lines().stream().map(l -> LineTax.of(d, l, nonProfit, registered, today)).toList();
    }

    /**
     * The rules, plus what the deal itself must offer: a team (R-TEAM) with a key contributor; and, for a
     * R-45-TECH reward on an unregistered contract, the warning that it counts inside the performance-pay cap.
     */
    private List<Problem> problemsOf(Distribution d, Deal deal) {
        List<Problem> problems = new ArrayList<>(dealProblems(d, deal));
        problems.addAll(DistributionRules.problems(d));
        if (deal != null) {
            PayCap.warning(d.kind(), deal.registration().isRegistered(), deal.contractNo()).ifPresent(problems::add);
        }
        return problems;
    }

    private static List<Problem> dealProblems(Distribution d, Deal deal) {
        return deal != null && deal.results().isEmpty() && d.kind() != DistributionKind.PATENT_BONUS
                ? List.of(Problem.error("reward.propose.noResults", "deal")) : List.of();
    }

    List<TeamMember> team(Deal deal) {
        List<ResultTeam> teams = new ArrayList<>();
        for (ResultRef ref : deal.results()) {
            disclosures.find(ref.disclosureId())
                    .ifPresent(r -> teams.add(new ResultTeam(r.id(), r.resultNo(), r.inventors())));
        }
        return TeamShares.of(teams, this::leaderRole);
    }

    /** R-UNIT-SPLIT: the department (学院) of each linked result, in the deal's order; blank where none is recorded. */
    List<String> departments(Deal deal) {
        List<String> names = new ArrayList<>();
        for (ResultRef ref : deal.results()) {
            disclosures.find(ref.disclosureId()).ifPresent(r -> names.add(r.departmentName()));
        }
        return names;
    }

    private LeaderRole leaderRole(long personId) {
        return people.find(personId).map(Person::leaderRole).orElse(LeaderRole.NONE);
    }
}
