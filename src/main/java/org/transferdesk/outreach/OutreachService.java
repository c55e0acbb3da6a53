package org.transferdesk.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.transferdesk.audit.Actor;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.outreach.persistence.OutreachRepository;

/**
 * Events and contact logs (issue 25): saves refuse what {@link OutreachValidator} finds; the counts of a year and the
 * open next steps are read here for the home screen, the annual report and 待办.
 */
public final class OutreachService {
    private final OutreachRepository repository;
    private final Clock clock;

    public OutreachService(OutreachRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Who the contact log names by default: the one signed in. */
    public String me() {
        return Actor.current();
    }

    public List<EventSummary> list() {
        return repository.summaries();
    }

    public Optional<OutreachEvent> find(long id) {
        return repository.event(id);
    }

    public OutreachEvent save(OutreachEvent e) {
        OutreachEvent clean = new OutreachEvent(e.id(), strip(e.title()), e.kind(), e.startsOn(),
                e.startsOn() != null && e.startsOn().equals(e.endsOn()) ? null : e.endsOn(), strip(e.place()),
                strip(e.organiser()), e.online(), strip(e.notes()), e.results(), e.companies(), e.leads(),
                e.version());
        refuseErrors(OutreachValidator.validateEvent(clean));
        return repository.save(clean, Actor.current(), LocalDateTime.now(clock));
    }

    public boolean delete(long id) {
        return repository.deleteEvent(id, Actor.current(), LocalDateTime.now(clock));
    }

    /** A counterparty's contact log, newest first. */
    public List<ContactEntry> contacts(long counterpartyId) {
        return repository.contacts(counterpartyId);
    }

    public ContactEntry save(ContactEntry c) {
        ContactEntry clean = new ContactEntry(c.id(), c.counterpartyId(), c.contactedOn(), c.way(), strip(c.who()),
                strip(c.metWith()), strip(c.summary()), strip(c.nextStep()), c.nextDue(), c.nextDone(), c.version());
        refuseErrors(OutreachValidator.validateEntry(clean, today()));
        return repository.save(clean, Actor.current(), LocalDateTime.now(clock));
    }

    /** The next steps not yet done, for 待办. */
    public List<NextStep> openNextSteps() {
        return repository.openNextSteps();
    }

    /** The year's counts (events that start in it, 1 January to 31 December). */
    public OutreachCounts counts(int year) {
        return OutreachCounts.of(year, repository.eventsOfYear(year));
    }

    private static void refuseErrors(List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
