package org.transferdesk.institution;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.transferdesk.audit.Actor;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.institution.persistence.InstitutionRepository;

/** The register of institutions and platforms built jointly with companies (R-REPORT-PARTS (4), R-REPORT-MORE). */
public final class InstitutionService {
    /** No register reaches back further: a year before it is a typing error. */
    static final int FIRST_YEAR = 1949;

    private final InstitutionRepository repository;
    private final CounterpartyService counterparties;
    private final Clock clock;

    public InstitutionService(InstitutionRepository repository, CounterpartyService counterparties, Clock clock) {
        this.repository = repository;
        this.counterparties = counterparties;
        this.clock = clock;
    }

    public List<JointInstitution> findAll() {
        return repository.findAll();
    }

    public Optional<JointInstitution> find(long id) {
        return repository.findById(id);
    }

    /** The counterparties a partner can be chosen from. */
    public List<Counterparty> partners() {
        return counterparties.findAll();
    }

    /**
     * Name, kind and partner are required; the year founded is not after this year (the application's clock) and
     * a closing year is not before it (nor after this year).
     */
    public List<Problem> validate(JointInstitution i) {
        List<Problem> problems = new ArrayList<>();
        if (i.name() == null || i.name().isBlank()) {
            problems.add(Problem.error("validation.required", "name", "institution.name"));
        } else if (i.name().strip().length() > 200) {
            problems.add(Problem.error("validation.tooLong", "name", "institution.name", 200));
        }
        if (i.kind() == null) {
            problems.add(Problem.error("validation.required", "kind", "institution.kind"));
        }
        if (i.counterpartyId() == null && (i.partnerName() == null || i.partnerName().isBlank())) {
            problems.add(Problem.error("validation.required", "partner", "institution.partner"));
        } else if (i.counterpartyId() == null && i.partnerName().strip().length() > 200) {
            problems.add(Problem.error("validation.tooLong", "partner", "institution.partner", 200));
        }
        int thisYear = LocalDate.now(clock).getYear();
        if (i.foundedYear() == null) {
            problems.add(Problem.error("validation.required", "foundedYear", "institution.foundedYear"));
        } else if (i.foundedYear() > thisYear) {
            problems.add(Problem.error("institution.foundedInFuture", "foundedYear", year(i.foundedYear()), year(thisYear)));
        } else if (i.foundedYear() < FIRST_YEAR) {
            problems.add(Problem.error("institution.yearTooEarly", "foundedYear", year(i.foundedYear()), year(FIRST_YEAR)));
        }
        if (i.closedYear() != null) {
            if (i.foundedYear() != null && i.closedYear() < i.foundedYear()) {
                problems.add(Problem.error("institution.closedBeforeFounded", "closedYear", year(i.closedYear()),
                        year(i.foundedYear())));
            } else if (i.closedYear() > thisYear) {
                problems.add(Problem.error("institution.closedInFuture", "closedYear", year(i.closedYear()), year(thisYear)));
            }
        }
        if (i.note() != null && i.note().strip().length() > 500) {
            problems.add(Problem.error("validation.tooLong", "note", "institution.note", 500));
        }
        return problems;
    }

    /** Saves (audited) when valid; refused with every problem otherwise. */
    public JointInstitution save(JointInstitution i) {
        JointInstitution clean = new JointInstitution(i.id(), strip(i.name()), i.kind(), i.counterpartyId(),
                i.counterpartyId() == null ? strip(i.partnerName()) : null, i.foundedYear(), i.closedYear(),
                strip(i.note()), i.version());
        List<Problem> errors = validate(clean).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return repository.save(clean, Actor.current(), LocalDateTime.now(clock));
    }

    public boolean delete(long id) {
        return repository.delete(id, Actor.current(), LocalDateTime.now(clock));
    }

    /** For the report (R-REPORT-MORE): the institutions that existed in {@code year}, by kind. */
    public Map<InstitutionKind, List<JointInstitution>> activeByKind(int year) {
        Map<InstitutionKind, List<JointInstitution>> byKind = new EnumMap<>(InstitutionKind.class);
        for (InstitutionKind kind : InstitutionKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        repository.activeIn(year).forEach(i -> byKind.get(i.kind()).add(i));
        return byKind;
    }

    /** A year as written (2026), not as a number is formatted (2,026). */
    private static String year(int y) {
        return Integer.toString(y);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
