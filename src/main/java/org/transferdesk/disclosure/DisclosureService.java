package org.transferdesk.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.transferdesk.audit.Actor;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.people.InventorResults;
import org.transferdesk.people.PersonResultRow;

/** The results register: numbering, validation, saving with audit, status workflow. */
public final class DisclosureService implements InventorResults {
    private final DisclosureRepository repository;
    private final AuditRepository audit;
    private final Clock clock;

    public DisclosureService(DisclosureRepository repository, AuditRepository audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The next free {@code R-YYYY-NNNN} for the year of {@code disclosedOn}. */
    public String suggestResultNo(LocalDate disclosedOn) {
        int year = (disclosedOn == null ? today() : disclosedOn).getYear();
        return formatResultNo(year, repository.highestSequence(year) + 1);
    }

    public static String formatResultNo(int year, int sequence) {
        return String.format("R-%d-%04d", year, sequence);
    }

    public Optional<Disclosure> find(long id) {
        return repository.findById(id);
    }

    public List<Problem> validate(Disclosure d) {
        List<Problem> problems = new ArrayList<>(DisclosureValidator.validate(d, today()));
        if (d.resultNo() != null && !d.resultNo().isBlank() && repository.resultNoTaken(d.resultNo().strip(), d.id())) {
            problems.add(Problem.error("validation.resultNo.taken", "resultNo", d.resultNo().strip()));
        }
        return problems;
    }

    /** Validates everything, then writes the result, its inventors and IP and an audit row in one transaction. */
    public Disclosure save(Disclosure d) {
        Disclosure clean = normalise(d);
        List<Problem> errors = validate(clean).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return repository.save(clean, Actor.current(), LocalDateTime.now(clock));
    }

    public Disclosure changeStatus(Disclosure current, ResultStatus to, LocalDate on, String reason) {
        List<Problem> problems = new ArrayList<>();
        if (!current.status().canMoveTo(to)) {
            problems.add(Problem.error("validation.status.notAllowed", "status", current.status().label(), to.label()));
        }
        if (on == null) {
            problems.add(Problem.error("validation.required", "statusDate", "status.date"));
        } else {
            if (on.isAfter(today())) {
                problems.add(Problem.error("validation.dateInFuture", "statusDate", "status.date"));
            }
            LocalDate last = current.history().stream().map(StatusChange::on).max(LocalDate::compareTo)
                    .orElse(current.disclosedOn());
            if (last != null && on.isBefore(last)) {
                problems.add(Problem.error("validation.status.beforePrevious", "statusDate", last));
            }
        }
        if (reason == null || reason.isBlank()) {
            problems.add(Problem.error("validation.required", "statusReason", "status.reason"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return repository.changeStatus(current.id(), current.version(),
                new StatusChange(current.status(), to, on, reason.strip(), Actor.current()), Actor.current(),
                LocalDateTime.now(clock));
    }

    public void loadSummaries(int chunkSize, Consumer<List<DisclosureSummary>> sink) {
        repository.streamSummaries(chunkSize, sink);
    }

    /** Newest first: {@code firstChunk} rows, then chunks of {@code chunkSize}. */
    public void loadSummaries(int firstChunk, int chunkSize, Consumer<List<DisclosureSummary>> sink) {
        repository.streamSummaries(firstChunk, chunkSize, sink);
    }

    public int count() {
        return repository.count();
    }

    public List<AuditEntry> history(long id) {
        return audit.history(DisclosureRepository.ENTITY, id);
    }

    /** Trims text, blanks to null, canonical patent numbers (R-ID-PATENT). */
    static Disclosure normalise(Disclosure d) {
        List<IpAsset> ip = d.ipAssets().stream().map(a -> new IpAsset(a.id(), a.type(),
                DisclosureValidator.normaliseApplicationNo(a.type(), a.applicationNo()), blankToNull(a.title()),
                a.filedOn(), a.grantedOn(), a.status(), blankToNull(a.owners()))).toList();
        Evaluation e = d.evaluation();
        return DisclosureBuilder.toBuilder(d).resultNo(blankToNull(d.resultNo())).title(blankToNull(d.title()))
                .projectNumbers(blankToNull(d.projectNumbers())).technicalField(blankToNull(d.technicalField()))
                .abstractText(blankToNull(d.abstractText()))
                .evaluation(new Evaluation(e.scientific(), e.technical(), e.economic(), e.social(), e.recommendation(),
                        blankToNull(e.notes())))
                .ipAssets(ip).build();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The results a person is an inventor of, newest first. */
    @Override
    public List<PersonResultRow> findByInventor(long personId) {
        return repository.findByInventor(personId);
    }

    /** Person id → number of results they are an inventor of. */
    @Override
    public java.util.Map<Long, Integer> countByInventor() {
        return repository.countByInventor();
    }
}
