package org.transferdesk.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.transferdesk.audit.Actor;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.PersonIdNumber;
import org.transferdesk.common.Problem;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.people.persistence.DepartmentRepository;
import org.transferdesk.people.persistence.PersonEpisodeRepository;
import org.transferdesk.people.persistence.PersonRepository;

/** People, their side jobs and leave to found companies, and the managed list of departments. */
public final class PeopleService {
    private final PersonRepository people;
    private final DepartmentRepository departments;
    private final PersonEpisodeRepository episodes;
    private final AuditRepository audit;
    private final Clock clock;

    public PeopleService(PersonRepository people, DepartmentRepository departments, PersonEpisodeRepository episodes,
                         AuditRepository audit, Clock clock) {
        this.people = people;
        this.departments = departments;
        this.episodes = episodes;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Person> findAll() {
        return people.findAll();
    }

    public Optional<Person> find(long id) {
        return people.findById(id);
    }

    public List<Person> search(String term, int limit) {
        return people.search(term, limit);
    }

    public List<Department> departments() {
        return departments.findAll();
    }

    public List<Department> activeDepartments() {
        return departments.findAll().stream().filter(Department::active).toList();
    }

    public List<Problem> validate(Person p) {
        List<Problem> problems = new ArrayList<>(validateFields(p, today()));
        if (PersonIdNumber.isMasked(p.idNumber()) && p.id() != null && people.findById(p.id())
                .map(stored -> PersonIdNumber.normalise(p.idNumber()).equals(stored.idNumber())).orElse(false)) {
            // issue 22: a role that reads ID numbers masked saves the person without touching the number
            problems.removeIf(problem -> problem.key().equals("validation.idNumber.masked"));
        }
        if (p.staffNo() != null && !p.staffNo().isBlank() && people.staffNoTaken(p.staffNo().strip(), p.id())) {
            problems.add(Problem.error("validation.staffNo.taken", "staffNo", p.staffNo().strip()));
        }
        return problems;
    }

    /** Other documents' numbers: letters, digits, brackets and hyphens, as long as the column holds. */
    private static final String OTHER_ID = "[A-Z0-9()（）\\-]{1,32}";

    /** The checks that need no database; the import uses them too. */
    public static List<Problem> validateFields(Person p, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (p.staffNo() == null || p.staffNo().isBlank()) {
            problems.add(Problem.error("validation.required", "staffNo", "person.staffNo"));
        } else if (!p.staffNo().strip().matches("[A-Za-z0-9_\\-]{1,32}")) {
            problems.add(Problem.error("validation.staffNo.format", "staffNo"));
        }
        if (p.name() == null || p.name().isBlank()) {
            problems.add(Problem.error("validation.required", "name", "person.name"));
        } else if (p.name().length() > 100) {
            problems.add(Problem.error("validation.tooLong", "name", "person.name", 100));
        }
        if (PersonIdNumber.isMasked(p.idNumber())) {
            // only the unchanged number of an existing person may stay masked (validate() checks that against the
            // stored one); anywhere else a '*' means the real number was never entered
            problems.add(Problem.error("validation.idNumber.masked", "idNumber"));
        } else if (p.idNumber() != null && !p.idNumber().isBlank()) {
            // R-ID-PERSON's checksum is the 居民身份证's; passports and permits have their own formats (R-TAX58-FILING)
            String key = p.idType().checksummed() ? PersonIdNumber.problemKey(p.idNumber(), today)
                    : PersonIdNumber.normalise(p.idNumber()).matches(OTHER_ID) ? "" : "validation.idNumber.otherFormat";
            if (!key.isEmpty()) {
                problems.add(Problem.error(key, "idNumber"));
            }
        }
        return problems;
    }

    public Person save(Person p) {
        Person clean = new Person(p.id(), strip(p.staffNo()), strip(p.name()), p.departmentId(), p.departmentName(),
                p.leaderRole() == null ? LeaderRole.NONE : p.leaderRole(), p.idType(),
                p.idNumber() == null || p.idNumber().isBlank() ? null : PersonIdNumber.normalise(p.idNumber()),
                p.contact() == null || p.contact().isBlank() ? null : p.contact().strip(), p.version());
        List<Problem> errors = validate(clean).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return people.save(clean, Actor.current(), LocalDateTime.now(clock));
    }

    public Department saveDepartment(Department d) {
        String name = strip(d.name());
        if (name == null || name.isEmpty()) {
            throw new ValidationException(List.of(Problem.error("validation.required", "name", "department.name")));
        }
        if (departments.nameTaken(name, d.id())) {
            throw new ValidationException(List.of(Problem.error("validation.department.taken", "name", name)));
        }
        return departments.save(new Department(d.id(), name, d.active(), d.version()), Actor.current(),
                LocalDateTime.now(clock));
    }

    public List<AuditEntry> history(long personId) {
        return audit.history(PersonRepository.ENTITY, personId);
    }

    /** The office's today, for what is running now (episode status). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<PersonEpisode> episodes(long personId) {
        return episodes.byPerson(personId);
    }

    /** Everyone's episodes, with the person's staff number, name and department (R-REPORT-PARTS (4)). */
    public List<EpisodeRow> allEpisodes() {
        return episodes.all();
    }

    /** The full-time technology-transfer staff in {@code year}, one row per person (R-REPORT-MORE). */
    public List<EpisodeRow> ttoStaffInYear(int year) {
        return episodes.ttoStaffInYear(year);
    }

    /** All problems of {@code e}, including an overlap with another episode of the same person and kind. */
    public List<Problem> validateEpisode(PersonEpisode e) {
        return EpisodeRules.validate(clean(e), episodes.byPerson(e.personId()));
    }

    /** Inserts (no id) or updates; audited on the person. Refuses invalid episodes and changes nothing then. */
    public PersonEpisode saveEpisode(PersonEpisode e) {
        PersonEpisode clean = clean(e);
        if (people.findById(clean.personId()).isEmpty()) {
            throw new UserFacingException("error.recordGone");
        }
        List<Problem> errors = EpisodeRules.validate(clean, episodes.byPerson(clean.personId())).stream()
                .filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return clean.id() == null ? episodes.insert(clean, Actor.current(), now)
                : episodes.update(clean, Actor.current(), now);
    }

    /** Deletes the episode (audited on the person); nothing happens when it is already gone. */
    public void deleteEpisode(long id) {
        episodes.delete(id, Actor.current(), LocalDateTime.now(clock));
    }

    private static PersonEpisode clean(PersonEpisode e) {
        return new PersonEpisode(e.id(), e.personId(), e.kind(), blankToNull(e.company()), e.startsOn(), e.endsOn(),
                e.extendedTo(), blankToNull(e.approvalRef()), blankToNull(e.note()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public int count() {
        return people.count();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
