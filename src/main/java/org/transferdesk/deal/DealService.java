package org.transferdesk.deal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.List;
import java.util.Optional;
import org.transferdesk.audit.Actor;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.Money;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.deal.persistence.DealListQuery;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.settings.OfficeSettings;

/** Deals: validation, the signing rules (R-PUB-PRICE, R-APPROVAL), saving with audit, the list. */
public final class DealService {
    private final DealRepository deals;
    private final DealListQuery list;
    private final AuditRepository audit;
    private final OfficeSettings settings;
    private final Clock clock;
    private final DistributedParts distributed;

    /** Without rewards: no receipt or cost is locked. */
    public DealService(DealRepository deals, DealListQuery list, AuditRepository audit, OfficeSettings settings,
                       Clock clock) {
        this(deals, list, audit, settings, clock, DistributedParts.NONE);
    }

    public DealService(DealRepository deals, DealListQuery list, AuditRepository audit, OfficeSettings settings,
                       Clock clock, DistributedParts distributed) {
        this.distributed = distributed;
        this.deals = deals;
        this.list = list;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Optional<Deal> find(long id) {
        return deals.findById(id);
    }

    /** The publicity minimum in force on {@code start} (R-PUB-PRICE) and the earliest allowed last day. */
    public LocalDate earliestPublicityEnd(LocalDate start) {
        return PublicityRules.earliestEnd(start, settings.pricePublicityDays(start));
    }

    /** The contract number a new deal is offered: the next of the office's numbers this year. */
    public String nextContractNo() {
        return ContractNumbers.next(deals.contractNumbers(), today().getYear());
    }

    /** The 流程 of the deal as edited, with the checks {@link #changeStatus} runs on each move. */
    public DealFlow flow(Deal d) {
        List<SigningRules.Check> checks = new ArrayList<>(SigningRules.checklist(d, DealFlow.signingDay(d, today()),
                publicityDays(d), tiersFor(d)));
        List<Problem> listed = checks.stream().flatMap(c -> c.problems().stream()).toList();
        List<Problem> others = validate(d.withStatus(DealStatus.SIGNED)).stream()
                .filter(p -> p.isError() && !listed.contains(p)).toList();
        if (!others.isEmpty()) {
            checks.add(new SigningRules.Check(SigningRules.Check.Kind.RECORD, others, ""));
        }
        return DealFlow.of(d, checks);
    }

    public ApprovalTier requiredApproval(Deal deal) {
        return tiersFor(deal).required(deal.contractAmount());
    }

    private ApprovalTiers tiersFor(Deal deal) {
        return ApprovalTiers.parse(settings.approvalTiers(deal.signedOn() == null ? today() : deal.signedOn()));
    }

    /** Every problem (errors and warnings) of the deal as it would be saved. */
    public List<Problem> validate(Deal d) {
        List<Problem> problems = new ArrayList<>(DealValidator.validate(d, today()));
        if (d.contractNo() != null && !d.contractNo().isBlank() && deals.contractNoTaken(d.contractNo().strip(), d.id())) {
            problems.add(Problem.error("deal.contractNo.taken", "contractNo", d.contractNo().strip()));
        }
        if (d.status().isSigned()) {
            problems.addAll(signingProblems(d));
        }
        problems.addAll(lockedPartProblems(d));
        return problems;
    }

    /**
     * A receipt or cost a live distribution holds keeps its date and amount and cannot be removed: the
     * reward was computed from it (and the database would refuse the removal anyway).
     */
    private List<Problem> lockedPartProblems(Deal d) {
        if (d.id() == null) {
            return List.of();
        }
        Set<Long> receiptIds = distributed.lockedReceiptIds(d.id());
        Set<Long> costIds = distributed.lockedCostIds(d.id());
        if (receiptIds.isEmpty() && costIds.isEmpty()) {
            return List.of();
        }
        Optional<Deal> stored = deals.findById(d.id());
        if (stored.isEmpty()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        RECEIPTS.check(d.receipts(), stored.get().receipts(), receiptIds, problems);
        COSTS.check(d.costs(), stored.get().costs(), costIds, problems);
        return problems;
    }

    private static final LockedParts<Receipt> RECEIPTS = new LockedParts<>("receipts",
            "deal.receipt.distributedRemoved", "deal.receipt.distributedChanged", Receipt::id, Receipt::receivedOn,
            Receipt::amount, r -> new Object[] {r.receivedOn(), Money.format(r.amount())});
    private static final LockedParts<Cost> COSTS = new LockedParts<>("costs",
            "deal.cost.distributedRemoved", "deal.cost.distributedChanged", Cost::id, Cost::incurredOn, Cost::amount,
            c -> new Object[] {c.incurredOn(), c.category().label(), Money.format(c.amount())});

    /**
     * How a deal's receipts or costs are checked against the stored ones a distribution holds: the problem keys, and
     * the date and amount that must stay as they were ({@code described}: the old part as the messages name it).
     */
    private record LockedParts<P>(String field, String removedKey, String changedKey, Function<P, Long> id,
                                  Function<P, LocalDate> date, Function<P, BigDecimal> amount,
                                  Function<P, Object[]> described) {
        void check(List<P> now, List<P> stored, Set<Long> lockedIds, List<Problem> problems) {
            Map<Long, P> current = new HashMap<>();
            now.stream().filter(p -> id.apply(p) != null).forEach(p -> current.put(id.apply(p), p));
            for (P old : stored) {
                if (!lockedIds.contains(id.apply(old))) {
                    continue;
                }
                P part = current.get(id.apply(old));
                if (part == null) {
                    problems.add(Problem.error(removedKey, field, described.apply(old)));
                } else if (!Objects.equals(date.apply(part), date.apply(old)) || amount.apply(part) == null
                        || amount.apply(part).compareTo(amount.apply(old)) != 0) {
                    problems.add(Problem.error(changedKey, field, described.apply(old)));
                }
            }
        }
    }

    public List<Problem> signingProblems(Deal d) {
        return SigningRules.beforeSigning(d, publicityDays(d), tiersFor(d));
    }

    /** The publicity minimum in force when the deal's publicity started (or today, before it has). */
    private int publicityDays(Deal d) {
        LocalDate start = d.publicity() == null || d.publicity().startsOn() == null ? today() : d.publicity().startsOn();
        return settings.pricePublicityDays(start);
    }

    public Deal save(Deal d) {
        List<Problem> errors = validate(d).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return deals.save(d, Actor.current(), LocalDateTime.now(clock));
    }

    /**
     * Warms the save path without writing (issue 20: the JVM's first save cost two to three times a later one); the
     * desktop app runs it once in the background after its home screen is filled, and {@code benchmark save} runs it
     * too. See {@link DealRepository#rehearseSave}.
     */
    public void rehearseSave() {
        deals.rehearseSave(LocalDateTime.now(clock));
    }

    /** Moves the deal along its workflow; signing is refused until publicity and approval allow it. */
    public Deal changeStatus(Deal current, DealStatus to) {
        if (!current.status().allowedNext().contains(to)) {
            throw new ValidationException(List.of(Problem.error("validation.status.notAllowed", "status",
                    current.status().label(), to.label())));
        }
        if (to == DealStatus.PUBLICITY && !current.needsPricePublicity()) {
            throw new ValidationException(List.of(Problem.error("deal.publicity.notNeeded", "status")));
        }
        return save(current.withStatus(to));
    }

    public List<DealSummary> list() {
        return list.all(today());
    }

    public List<DealSummary> ofResult(long disclosureId) {
        return list.ofResult(disclosureId, today());
    }

    /** The signed deals on a result and what each has received (no money position, parts or departments). */
    public List<SignedDeal> signedOfResult(long disclosureId) {
        return list.signedOfResult(disclosureId);
    }

    public List<DealSummary> ofCounterparty(long counterpartyId) {
        return list.ofCounterparty(counterpartyId, today());
    }

    public AccountPosition position(Deal d) {
        return AccountPosition.of(d, today());
    }

    public List<AuditEntry> history(long id) {
        return audit.history(DealRepository.ENTITY, id);
    }

    public int count() {
        return deals.count();
    }
}
