package org.transferdesk.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.audit.Actor;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.catalogue.persistence.CatalogueRepository;
import org.transferdesk.common.Problem;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureService;

/**
 * The results' public profiles: drafting, saving with audit, publishing under R-CAT-PUBLISH, and the published
 * catalogue as its exporters read it (only what {@link CatalogueEntry} allows out of the office).
 */
public final class CatalogueService implements PublishedCatalogue {
    private final CatalogueRepository repository;
    private final DisclosureService results;
    private final AuditRepository audit;
    private final Clock clock;

    public CatalogueService(CatalogueRepository repository, DisclosureService results, AuditRepository audit,
                            Clock clock) {
        this.repository = repository;
        this.results = results;
        this.audit = audit;
        this.clock = clock;
    }

    /** A result with its profile (a new draft when it has none), as the editor opens it. */
    public record Editing(Disclosure result, CatalogueProfile profile) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<CatalogueRow> rows() {
        return repository.rows();
    }

    public Editing open(long disclosureId) {
        Disclosure result = results.find(disclosureId).orElseThrow(() -> new UserFacingException("error.recordGone"));
        CatalogueProfile profile = repository.findByResult(disclosureId).orElseGet(() -> CatalogueProfile.draftFor(
                disclosureId, result.technicalField(),
                new CatalogueEntry.Contact(result.managerName(), null, null)));
        return new Editing(result, profile);
    }

    /** R-CAT-PUBLISH's checklist for the profile as edited. */
    public static List<CataloguePublishRules.Check> checklist(Editing editing) {
        return CataloguePublishRules.checklist(editing.profile(), editing.result());
    }

    /** What the form itself gets wrong (a TRL outside 1–9, a picture refused). */
    public static List<Problem> validate(CatalogueProfile p) {
        List<Problem> problems = new ArrayList<>();
        Integer trl = p.offer().trl();
        if (trl != null && (trl < 1 || trl > 9)) {
            problems.add(Problem.error("catalogueProfile.trlRange", "trl"));
        }
        p.images().forEach(i -> CatalogueImages.refusal(i.fileName(), i.bytes()).ifPresent(problems::add));
        return problems;
    }

    /**
     * Saves the profile as edited. A published profile stays published only while R-CAT-PUBLISH's refusals do not
     * apply: a save that would publish what may not be is refused.
     */
    public CatalogueProfile save(CatalogueProfile p) {
        List<Problem> problems = new ArrayList<>(validate(p));
        if (p.published()) {
            Disclosure result = results.find(p.disclosureId()).orElseThrow(
                    () -> new UserFacingException("error.recordGone"));
            CataloguePublishRules.checklist(p, result).stream().filter(CataloguePublishRules.Check::blocks)
                    .forEach(c -> problems.addAll(c.problems()));
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new ValidationException(problems.stream().filter(Problem::isError).toList());
        }
        return repository.save(p, Actor.current(), LocalDateTime.now(clock));
    }

    /**
     * R-CAT-PUBLISH: publishes the profile as edited, today; refused while a check fails, and while trade-secret
     * warnings stand that the user has not {@code confirmed}.
     */
    public CatalogueProfile publish(CatalogueProfile p, boolean confirmed) {
        Disclosure result = results.find(p.disclosureId()).orElseThrow(() -> new UserFacingException("error.recordGone"));
        List<CataloguePublishRules.Check> checks = CataloguePublishRules.checklist(p, result);
        List<Problem> refusals = checks.stream().filter(CataloguePublishRules.Check::blocks)
                .flatMap(c -> c.problems().stream()).filter(Problem::isError).toList();
        if (!refusals.isEmpty()) {
            throw new ValidationException(refusals);
        }
        List<Problem> warnings = CataloguePublishRules.warnings(checks);
        if (!warnings.isEmpty() && !confirmed) {
            throw new ValidationException(List.of(Problem.error("catalogueRule.confirmFirst", "published")));
        }
        return save(p.withPublished(true, today(), !warnings.isEmpty()));
    }

    /** Takes the profile off the catalogue; its text and consent stay for next time. */
    public CatalogueProfile withdraw(CatalogueProfile p) {
        return save(p.withPublished(false, null, p.tradeSecretChecked()));
    }

    public List<AuditEntry> history(long profileId) {
        return audit.history(CatalogueRepository.ENTITY, profileId);
    }

    /**
     * The published results, by result number. A result marked confidential after it was published is left out
     * here too, so no export shows it even before the office withdraws its profile.
     */
    @Override
    public List<CatalogueEntry> published() {
        return repository.published().stream().filter(p -> !p.confidential()).map(p -> {
            CatalogueProfile f = p.profile();
            CatalogueProfile.Texts t = f.texts();
            CatalogueProfile.Offer o = f.offer();
            return new CatalogueEntry(p.resultNo(), t.titleZh(), nz(t.titleEn()), t.summaryZh(), nz(t.summaryEn()),
                    nz(o.field()), o.applicationAreas(), o.stage(), o.trl(), CataloguePublishRules.publicIp(p.ip()),
                    o.modesInOrder(), nz(o.terms()), f.contact(), f.images(), f.publishedOn());
        }).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
