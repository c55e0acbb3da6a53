package org.transferdesk.deal;

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

    public DealService(DealRepository deals, DealListQuery list, AuditRepository audit, OfficeSettings settings,
                       Clock clock) {
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
        return problems;
    }

    public List<Problem> signingProblems(Deal d) {
        LocalDate start = d.publicity() == null || d.publicity().startsOn() == null ? today() : d.publicity().startsOn();
        return SigningRules.beforeSigning(d, settings.pricePublicityDays(start), tiersFor(d));
    }

    public Deal save(Deal d) {
        List<Problem> errors = validate(d).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return deals.save(d, Actor.current(), LocalDateTime.now(clock));
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
