package org.transferdesk.pilot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.transferdesk.audit.Actor;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.AttachmentCheck;
import org.transferdesk.common.AttachmentStore;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.PeopleService;
import org.transferdesk.pilot.persistence.PilotRepository;
import org.transferdesk.reward.ResultOwnership;
import org.transferdesk.reward.TeamMember;

/**
 * Ownership-grant pilot cases (赋权): start one from an eligible result, keep its team and terms, record
 * the steps of R-PILOT-FLOW in order, and apply the registration: from the registration date the result's
 * IP shows the unit and the team as co-owners and its income is split by ownership (R-PILOT-INCOME).
 */
public final class PilotService {
    /** The default team share of a new ownership case (a 30:70 agreement is the most common). */
    static final Percent DEFAULT_TEAM_SHARE = Percent.ofPercent("70");

    private final PilotRepository repository;
    private final DisclosureService disclosures;
    private final PeopleService people;
    private final PilotSettings settings;
    private final ResultDeals deals;
    private final Supplier<String> unitName;
    private final AttachmentStore files;
    private final AuditRepository audit;
    private final Clock clock;
    /** Where owners'-income distributions are found (the rewards module), so a registration with income stays. */
    private final OwnershipIncome income;

    public PilotService(PilotRepository repository, DisclosureService disclosures, PeopleService people,
                        PilotSettings settings, ResultDeals deals, Supplier<String> unitName, OwnershipIncome income,
                        AttachmentStore files, AuditRepository audit, Clock clock) {
        this.repository = repository;
        this.disclosures = disclosures;
        this.people = people;
        this.settings = settings;
        this.deals = deals;
        this.unitName = unitName;
        this.income = income;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public PilotRules rulesOn(LocalDate date) {
        return settings.rulesOn(date);
    }

    public Optional<PilotCase> find(long id) {
        return repository.findById(id);
    }

    public Optional<PilotCase> findByCaseNo(String caseNo) {
        return repository.findByCaseNo(caseNo);
    }

    public List<PilotCase> all() {
        return repository.findAll();
    }

    public List<PilotCase> ofResult(long disclosureId) {
        return repository.findByDisclosure(disclosureId);
    }

    public int count() {
        return repository.count();
    }

    public List<AuditEntry> history(long id) {
        return audit.history(PilotRepository.ENTITY, id);
    }

    /** Every case as a list row with its deadline today. */
    public List<PilotCaseSummary> list() {
        LocalDate today = today();
        PilotRules rules = rulesOn(today);
        return repository.findAll().stream()
                .map(c -> PilotCaseSummary.of(c, deadline(c, today, rules).orElse(null), today)).toList();
    }

    /** R-PILOT-DEADLINE on {@code today}. */
    public Optional<PilotDeadline> deadline(PilotCase c, LocalDate today, PilotRules rules) {
        LocalDate agreed = c.dateOf(PilotStep.AGREEMENT).orElse(null);
        boolean dealSince = agreed != null && deals.signedOn(c.disclosureId()).stream().anyMatch(d -> !d.isBefore(agreed));
        return PilotDeadline.of(c, today, rules, dealSince);
    }

    /**
     * A new case for the result, not yet saved: ownership at the default split, the team and its internal
     * split from the result's contribution shares, the first key contributor (else the largest share) as
     * representative. Refused for an ineligible type (R-PILOT-TYPE) or when a case is still open.
     */
    public PilotCase draftFor(long disclosureId) {
        Disclosure d = disclosures.find(disclosureId).orElseThrow(() -> new UserFacingException("error.recordGone"));
        if (!PilotValidator.eligible(d.resultType())) {
            throw new UserFacingException("pilot.error.ineligibleType",
                    d.resultType() == null ? "—" : d.resultType().label());
        }
        openCase(disclosureId, null).ifPresent(open -> {
            throw new UserFacingException("pilot.error.openCase", d.resultNo(), open.caseNo());
        });
        return PilotCaseBuilder.pilotCase().disclosureId(disclosureId).model(PilotModel.OWNERSHIP)
                .resultNo(d.resultNo()).resultTitle(d.title()).resultType(d.resultType()).department(d.departmentName())
                .teamShare(DEFAULT_TEAM_SHARE).representativeId(representativeOf(d)).owners(teamOf(d))
                .terms(PilotTerms.NONE).build();
    }

    /** A new case's team: the result's inventors with their contribution shares as the internal split. */
    public static List<PilotOwner> teamOf(Disclosure d) {
        return d.inventors().stream().map(i -> new PilotOwner(i.personId(), i.staffNo(), i.name(), i.share())).toList();
    }

    /** A new case's representative: the first key contributor, else the largest share. */
    public static Long representativeOf(Disclosure d) {
        return d.inventors().stream().filter(Inventor::keyContributor).findFirst()
                .or(() -> d.inventors().stream().max((a, b) -> a.share().compareTo(b.share())))
                .map(Inventor::personId).orElse(null);
    }

    /** The result's case that has not ended (at most one), if any. */
    public Optional<PilotCase> openCaseOf(long disclosureId) {
        return openCase(disclosureId, null);
    }

    private Optional<PilotCase> openCase(long disclosureId, Long except) {
        return repository.findByDisclosure(disclosureId).stream()
                .filter(c -> !c.id().equals(except))
                .filter(c -> c.currentStep() == null || !c.currentStep().ends()).findFirst();
    }

    public List<Problem> validate(PilotCase c) {
        List<Problem> problems = new ArrayList<>(PilotValidator.validate(c, rulesFor(c, today())));
        if (!c.isNew()) {
            repository.findById(c.id()).ifPresent(stored -> problems.addAll(PilotFreeze.check(stored, c)));
        }
        return problems;
    }

    /** Saves the case's fields and team (a new case gets its number FQ-YYYY-NNN); nothing is saved on error. */
    public PilotCase save(PilotCase c) {
        List<Problem> problems = validate(c).stream().filter(Problem::isError).toList();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        openCase(c.disclosureId(), c.id()).ifPresent(open -> {
            throw new UserFacingException("pilot.error.openCase", c.resultNo(), open.caseNo());
        });
        if (c.isNew()) {
            // numbered in the saving transaction (issue 21): a number read before it was handed out twice to clerks
            // saving at the same moment, and the second save failed on the unique case number
            return repository.saveNew(PilotCaseBuilder.toBuilder(c).id(null).caseNo(null).steps(List.of())
                    .objections(List.of()).ownersBefore(null).version(0).build(), "FQ-" + today().getYear() + "-",
                    Actor.current(), now());
        }
        return repository.save(c, Actor.current(), now());
    }

    /**
     * The rules a case's own fields are checked by: those in force when its agreement was signed, once it
     * is — a later change of office rules does not undo an agreement (R-PILOT-MODEL term) — else on {@code date}.
     */
    private PilotRules rulesFor(PilotCase c, LocalDate date) {
        return rulesOn(c.dateOf(PilotStep.AGREEMENT).orElse(date));
    }

    /** The checks a step would fail if recorded now (empty when it can be). */
    public List<Problem> checkStep(PilotCase c, PilotStep step, LocalDate on, LocalDate endsOn, String actor) {
        LocalDate date = on == null ? today() : on;
        List<Problem> p = new ArrayList<>(PilotValidator.validate(c, rulesFor(c, date)));
        p.addAll(PilotWorkflow.check(c, step, on, endsOn, actor, today(), rulesOn(date)));
        return p.stream().filter(Problem::isError).toList();
    }

    /**
     * Records the next step of R-PILOT-FLOW. Registration makes the result's IP show the unit and the team
     * as co-owners; recovery or expiry of a registered grant gives the IP its former owners back.
     */
    public PilotCase recordStep(PilotCase c, PilotStep step, LocalDate on, LocalDate endsOn, String actor, String note) {
        if (c.isNew()) {
            throw new UserFacingException("pilot.error.saveFirst");
        }
        List<Problem> problems = checkStep(c, step, on, endsOn, actor);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        StepRecord record = new StepRecord(step, on, step == PilotStep.PUBLICITY ? endsOn : null, actor.strip(),
                note == null || note.isBlank() ? null : note.strip(), Actor.current(), now());
        return repository.addStep(c, record, ownershipChange(c, step).orElse(null));
    }

    private Optional<IpOwnersChange> ownershipChange(PilotCase c, PilotStep step) {
        if (c.model() != PilotModel.OWNERSHIP) {
            return Optional.empty();
        }
        if (step == PilotStep.REGISTERED) {
            return Optional.of(new IpOwnersChange(coOwnersText(c), true));
        }
        if ((step == PilotStep.RECOVERED || step == PilotStep.EXPIRED) && c.reached(PilotStep.REGISTERED)) {
            return Optional.of(new IpOwnersChange(c.ownersBefore(), false));
        }
        return Optional.empty();
    }

    /** Takes back the latest step (a correction; the reason goes to the audit log) and its effect on the IP. */
    public PilotCase undoLastStep(PilotCase c, String reason) {
        if (c.last().isEmpty()) {
            throw new UserFacingException("pilot.error.noStep");
        }
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(List.of(Problem.error("pilot.error.undoReason", "reason")));
        }
        PilotStep last = c.currentStep();
        if (last.ends()) {
            openCase(c.disclosureId(), c.id()).ifPresent(open -> {
                throw new UserFacingException("pilot.error.undoOtherOpen", open.caseNo());
            });
        }
        if (last == PilotStep.REGISTERED && c.model() == PilotModel.OWNERSHIP) {
            List<String> contracts = income.contractsFrom(c.disclosureId(), c.dateOf(PilotStep.REGISTERED).orElseThrow(),
                    true);
            if (!contracts.isEmpty()) {
                throw new UserFacingException("pilot.error.undoWithIncome", String.join("、", contracts));
            }
        }
        if ((last == PilotStep.RECOVERED || last == PilotStep.EXPIRED) && c.coOwnedOn(c.last().orElseThrow().doneOn()
                .minusDays(1))) {
            // the income since the end was rewarded as the university's; reopening the co-ownership would make it owners'
            List<String> contracts = income.contractsFrom(c.disclosureId(), c.last().orElseThrow().doneOn(), false);
            if (!contracts.isEmpty()) {
                throw new UserFacingException("pilot.error.undoWithRewards", String.join("、", contracts));
            }
        }
        IpOwnersChange change = null;
        if (c.model() == PilotModel.OWNERSHIP && last == PilotStep.REGISTERED) {
            change = new IpOwnersChange(c.ownersBefore(), false);
        } else if (c.model() == PilotModel.OWNERSHIP && (last == PilotStep.RECOVERED || last == PilotStep.EXPIRED)
                && c.reached(PilotStep.REGISTERED)) {
            change = new IpOwnersChange(coOwnersText(c), false);
        }
        return repository.removeLastStep(c, reason.strip(), Actor.current(), now(), change);
    }

    /** Adds or updates an objection raised during the grant publicity; closing one needs its handling. */
    public PilotCase saveObjection(PilotCase c, PilotObjection o) {
        List<Problem> p = PilotWorkflow.checkObjection(c, o, today());
        if (!p.isEmpty()) {
            throw new ValidationException(p);
        }
        return repository.saveObjection(c, o, Actor.current(), now());
    }

    /**
     * The owners text the result's IP shows once the grant is registered: the unit and each team member
     * with their share of the whole (the team's share × the member's part of the team).
     */
    public String coOwnersText(PilotCase c) {
        return coOwnersText(c, unitName.get());
    }

    /** {@link #coOwnersText(PilotCase)} for a given unit name (the ledger import writes the same text). */
    public static String coOwnersText(PilotCase c, String unit) {
        StringBuilder text = new StringBuilder(unit == null || unit.isBlank() ? I18n.t("pilot.unitFallback") : unit)
                .append(' ').append(c.unitShare());
        for (PilotOwner o : c.owners()) {
            BigDecimal whole = c.teamShare().fraction().multiply(o.share().fraction())
                    .setScale(Percent.FRACTION_SCALE, RoundingMode.HALF_UP);
            text.append("；").append(o.name()).append(' ').append(new Percent(whole));
        }
        return text.toString();
    }

    /**
     * R-PILOT-INCOME for the rewards module: the registered, not ended ownership grant of a result on a
     * date, as the team's part of income and its members' internal split.
     */
    public ResultOwnership ownership() {
        return (disclosureId, date) -> repository.findByDisclosure(disclosureId).stream()
                .filter(c -> c.coOwnedOn(date)).findFirst().map(this::coOwnership);
    }

    private ResultOwnership.CoOwnership coOwnership(PilotCase c) {
        List<TeamMember> owners = c.owners().stream().map(o -> new TeamMember(o.personId(), o.staffNo(), o.name(),
                o.share().fraction(), false, people.find(o.personId()).map(p -> p.leaderRole()).orElse(LeaderRole.NONE),
                I18n.t("pilot.ownerSource", c.caseNo()))).toList();
        return new ResultOwnership.CoOwnership(c.incomeShare().fraction(), owners);
    }

    public List<PilotAttachment> attachments(long caseId) {
        return repository.attachments(caseId);
    }

    /** Copies a document of a step into the data folder and records it. */
    public PilotAttachment attach(long caseId, PilotStep step, Path source) {
        AttachmentStore.StoredFile stored = files.store(source, "pilot-" + caseId);
        try {
            return repository.insertAttachment(new PilotAttachment(null, caseId, step, stored.fileName(),
                    stored.storedPath(), stored.sha256(), stored.sizeBytes(), now(), Actor.current()));
        } catch (RuntimeException e) {
            files.delete(stored.storedPath());
            throw e;
        }
    }

    public void removeAttachment(long attachmentId) {
        PilotAttachment a = repository.attachment(attachmentId)
                .orElseThrow(() -> new UserFacingException("error.recordGone"));
        if (repository.deleteAttachment(a, Actor.current(), now())) {
            files.delete(a.storedPath());
        }
    }

    public AttachmentCheck verify(PilotAttachment a) {
        return files.verify(a.storedPath(), a.sha256(), a.sizeBytes());
    }

    public Path resolve(PilotAttachment a) {
        return files.resolve(a.storedPath());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
