package org.transferdesk.deal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.transferdesk.audit.Actor;
import org.transferdesk.common.CreditCode;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.deal.persistence.CounterpartyRepository;

/** Counterparties, kept free of duplicates (same credit code or same normalised name), and the company register. */
public final class CounterpartyService {
    private final CounterpartyRepository repository;
    private final Clock clock;

    public CounterpartyService(CounterpartyRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public List<Counterparty> findAll() {
        return repository.findAll();
    }

    public Optional<Counterparty> find(long id) {
        return repository.findById(id);
    }

    /** Errors and warnings; a failed credit-code check is a warning only (R-ID-USCC). */
    public List<Problem> validate(Counterparty c) {
        List<Problem> problems = new ArrayList<>(DealValidator.validateCounterparty(c));
        if (c.name() != null && !c.name().isBlank()) {
            repository.findDuplicate(c.name(), normalisedCode(c), c.id()).ifPresent(d ->
                    problems.add(Problem.error("counterparty.duplicate", "name", d.name())));
        }
        return problems;
    }

    public Counterparty save(Counterparty c) {
        Counterparty clean = new Counterparty(c.id(), c.name() == null ? null : c.name().strip(), normalisedCode(c),
                c.region(), c.province(), c.industry(), c.industrySection(), c.size(), c.contact(), c.version());
        List<Problem> errors = validate(clean).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return repository.save(clean, Actor.current(), LocalDateTime.now(clock));
    }

    /** Keeps {@code kept}; the duplicate's deals move to it and the duplicate is removed. */
    public void merge(long kept, long duplicate) {
        repository.merge(kept, duplicate, Actor.current(), LocalDateTime.now(clock));
    }

    public List<Company> companies() {
        return repository.companies();
    }

    /** The company register with the university's share and 作价 amount from the equity deals. */
    public List<CompanyHolding> companyHoldings() {
        return repository.companyHoldings();
    }

    public Company saveCompany(Company c) {
        if (c.name() == null || c.name().isBlank() || c.origin() == null) {
            throw new ValidationException(List.of(Problem.error("validation.required", "name", "company.name")));
        }
        return repository.saveCompany(c);
    }

    private static String normalisedCode(Counterparty c) {
        return c.creditCode() == null || c.creditCode().isBlank() ? null : CreditCode.normalise(c.creditCode());
    }
}
