package org.transferdesk.need;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.transferdesk.audit.Actor;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.need.persistence.NeedRepository;

/**
 * The needs register: validation, saving with audit, the workflow's moves, and a need's draft deal (made by the deal
 * service, the one way a deal is made).
 */
public final class NeedService {
    private final NeedRepository needs;
    private final CounterpartyService counterparties;
    private final DealService deals;
    private final AuditRepository audit;
    private final Clock clock;

    public NeedService(NeedRepository needs, CounterpartyService counterparties, DealService deals,
                       AuditRepository audit, Clock clock) {
        this.needs = needs;
        this.counterparties = counterparties;
        this.deals = deals;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Need> list() {
        return needs.findAll();
    }

    public Optional<Need> find(long id) {
        return needs.findById(id);
    }

    public int count() {
        return needs.count();
    }

    /** The companies a need may name (the counterparties, in pinyin order). */
    public List<Counterparty> companies() {
        return counterparties.findAll();
    }

    /** Every problem of the need as it would be saved; a new company is checked as the counterparty form checks it. */
    public List<Problem> validate(Need n) {
        List<Problem> problems = new ArrayList<>(NeedValidator.validate(n, today()));
        if (n.newCompany() != null) {
            counterparties.validate(n.newCompany()).stream().filter(p -> p.key().equals("counterparty.duplicate"))
                    .forEach(p -> problems.add(Problem.error(p.key(), "company", p.args())));
        }
        return problems;
    }

    public Need save(Need n) {
        List<Problem> errors = validate(n).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        NeedMove recorded = n.isNew() ? new NeedMove(null, n.status(), today(), Actor.current(), null) : null;
        return needs.save(n, recorded, Actor.current(), LocalDateTime.now(clock));
    }

    /** Moves the stored need along its workflow (closing takes a reason); refused moves change nothing. */
    public Need move(Need current, NeedStatus to, String reason) {
        Need moved = NeedFlow.move(current, to, reason, today(), Actor.current());
        return needs.save(moved, moved.moves().get(moved.moves().size() - 1), Actor.current(),
                LocalDateTime.now(clock));
    }

    /**
     * 起草合同: a draft deal with the need's company and title and the chosen result (a transfer, priced by
     * negotiation, as the deal editor starts one), saved by the deal service and linked to the need. Only a need
     * in negotiation without a deal yet.
     */
    public Deal draftDeal(Need need, ResultRef result) {
        if (need.status() != NeedStatus.NEGOTIATING) {
            throw new ValidationException(List.of(Problem.error("need.draft.notNegotiating", "status")));
        }
        if (need.dealId() != null) {
            throw new ValidationException(List.of(Problem.error("need.draft.hasDeal", "deal", need.dealNo())));
        }
        DealMode mode = result == null ? DealMode.DEVELOPMENT : DealMode.TRANSFER;
        Deal draft = DealBuilder.toBuilder(Deal.draft(mode)).contractNo(deals.nextContractNo()).title(need.title())
                .counterpartyId(need.counterpartyId()).counterpartyName(need.counterpartyName())
                .results(result == null ? List.of() : List.of(result)).build();
        Deal saved = deals.save(draft);
        needs.save(need.withDeal(saved.id(), saved.contractNo()), null, Actor.current(), LocalDateTime.now(clock));
        return saved;
    }

    /** Open needs with a deadline, passed or not: what 待办 reminds of (issue 25). */
    public List<Need> openDeadlines() {
        return needs.findAll().stream().filter(n -> n.status().isOpen() && n.deadline() != null).toList();
    }

    /** Open needs whose deadline falls within {@code days} days of today (today included), soonest first. */
    public List<Need> deadlinesWithin(int days) {
        LocalDate today = today();
        return needs.findAll().stream().filter(n -> n.status().isOpen() && n.deadline() != null
                        && !n.deadline().isBefore(today) && !n.deadline().isAfter(today.plusDays(days)))
                .sorted(java.util.Comparator.comparing(Need::deadline)).toList();
    }

    public List<AuditEntry> history(long id) {
        return audit.history(NeedRepository.ENTITY, id);
    }
}
