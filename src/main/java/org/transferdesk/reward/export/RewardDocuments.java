package org.transferdesk.reward.export;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.export.print.PrintableSheet;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.Person;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.DistributionStatus;
import org.transferdesk.reward.ExportedDistribution;
import org.transferdesk.reward.LineTax;

/**
 * Gathers what the reward documents need (the deal's results and registration, people's departments
 * and ID numbers, each line's tax) and builds them; the same for the CLI and the GUI. Reads only.
 */
public final class RewardDocuments {
    /** Where objections go: the same office setting as the price publicity's. */
    private static final String OBJECTION_CONTACT = org.transferdesk.deal.PublicityNoticeService.OBJECTION_CONTACT;

    private final DistributionService distributions;
    private final PeopleService people;
    private final DisclosureService disclosures;
    private final java.util.function.BiFunction<String, LocalDate, Optional<String>> settings;

    /** @param settings an office setting in force on a date (key, date → value) */
    /** Where an export of personal data is recorded (issue 22); nowhere for a test's documents. */
    private java.util.function.Consumer<org.transferdesk.audit.AuditEntry> exports = e -> {
    };
    private java.time.Clock clock;

    /** Records each export of these documents (备案表, 发放表: names, ID numbers, money) in the audit trail. */
    public RewardDocuments auditedBy(java.util.function.Consumer<org.transferdesk.audit.AuditEntry> audit,
                                     java.time.Clock at) {
        this.exports = audit;
        this.clock = at;
        return this;
    }

    /**
     * Records that {@code sheets} of {@code kind} ({@code taxFiling}, {@code payroll}) for {@code period} were written to
     * {@code file} (issue 22: exports of personal data are audited).
     */
    public void exported(String kind, String period, List<PrintableSheet> sheets, java.nio.file.Path file) {
        if (clock == null) {
            return; // not audited: a test's documents, made without the composition root
        }
        exports.accept(org.transferdesk.audit.AuditAnchors.exportEntry(java.time.LocalDateTime.now(clock), kind,
                period, sheets.stream().mapToLong(s -> s.rows().size()).sum(), file));
    }

    public RewardDocuments(DistributionService distributions, PeopleService people, DisclosureService disclosures,
                           java.util.function.BiFunction<String, LocalDate, Optional<String>> settings) {
        this.distributions = distributions;
        this.people = people;
        this.disclosures = disclosures;
        this.settings = settings;
    }

    /**
     * The reward publicity notice of a distribution. Its recorded publicity dates are used; when it has
     * not been publicised, the period starts on {@code proposedFrom} (today when null) and ends on
     * {@code proposedTo} (when null: the earliest day the rules allow).
     */
    public PrintableSheet rewardNotice(long distributionId, LocalDate proposedFrom, LocalDate proposedTo) {
        return notice(distributionId, proposedFrom, proposedTo).sheet();
    }

    /**
     * A reward notice with the years its period counted in working days without holiday arrangements: the
     * notice itself is posted publicly, so the warning goes to whoever exports it, not onto the sheet.
     */
    public record Notice(PrintableSheet sheet, java.util.SortedSet<Integer> unarrangedYears) {
    }

    /** As {@link #rewardNotice}, with the calendar's gaps in the period (R-PUB-REWARD). */
    public Notice notice(long distributionId, LocalDate proposedFrom, LocalDate proposedTo) {
        Distribution d = load(distributionId);
        LocalDate from = d.workflow().publicityFrom();
        LocalDate to = d.workflow().publicityTo();
        if (from == null || to == null) {
            from = proposedFrom == null ? distributions.today() : proposedFrom;
            to = proposedTo == null ? distributions.earliestPublicityEnd(from) : proposedTo;
        }
        Map<Long, String> posts = new HashMap<>();
        for (DistributionLine l : d.lines()) {
            people.find(l.personId()).ifPresent(p -> posts.put(l.personId(),
                    RewardNotice.post(p.departmentName(), p.leaderRole())));
        }
        String contact = settings.apply(OBJECTION_CONTACT, from).orElse(null);
        return new Notice(RewardNotice.build(d, facts(d), posts, from, to, contact),
                distributions.publicityCalendarGaps(from, to));
    }

    public List<PrintableSheet> taxFiling(UnitInfo unit, YearMonth month) {
        return taxFiling(unit, month.atDay(1), month.atEndOfMonth());
    }

    /** The 备案表 of the payments made from {@code from} to {@code to} (inclusive). */
    public List<PrintableSheet> taxFiling(UnitInfo unit, LocalDate from, LocalDate to) {
        List<TaxFiling.Entry> entries = new ArrayList<>();
        Map<Long, Person> staff = peopleById();
        for (Distribution d : live()) {
            if (d.lines().stream().noneMatch(l -> within(l.paidOn(), from, to))) {
                continue; // taxes read the deal: only for distributions paid in the period
            }
            List<LineTax> taxes = distributions.taxes(d);
            DealFacts facts = null;
            for (int i = 0; i < d.lines().size(); i++) {
                DistributionLine l = d.lines().get(i);
                LineTax tax = taxes.get(i);
                // the lines with an exempt part, as the due list's filing reminder and the report count them
                if (!within(l.paidOn(), from, to) || ExportedDistribution.exemptPart(tax).signum() == 0) {
                    continue;
                }
                facts = facts == null ? facts(d) : facts;
                Person person = staff.get(l.personId());
                entries.add(new TaxFiling.Entry(d, l, facts, ExportedDistribution.exemptPart(tax),
                        person == null ? null : person.idType(), person == null ? null : person.idNumber()));
            }
        }
        entries.sort(Comparator.comparing((TaxFiling.Entry e) -> e.line().paidOn())
                .thenComparing(e -> e.distribution().id()));
        return TaxFiling.build(unit, from, to, entries);
    }

    /** The 发放表 of the lines paid, or approved to be paid, from {@code from} to {@code to}. */
    public PrintableSheet payroll(LocalDate from, LocalDate to) {
        List<PayrollSheet.Entry> entries = new ArrayList<>();
        Map<Long, Person> staff = peopleById();
        for (Distribution d : live()) {
            if (d.status() != DistributionStatus.APPROVED && d.status() != DistributionStatus.PAID) {
                continue;
            }
            entries.addAll(payrollEntries(d, l -> within(l.paidOn() != null ? l.paidOn() : d.workflow().approvedOn(),
                    from, to), staff));
        }
        return PayrollSheet.build(I18n.t("rewardExport.period", from.toString(), to.toString()), entries);
    }

    /** The 发放表 of one approved (or paid) distribution. */
    public PrintableSheet payroll(long distributionId) {
        Distribution d = load(distributionId);
        if (d.status() != DistributionStatus.APPROVED && d.status() != DistributionStatus.PAID) {
            throw new UserFacingException("rewardExport.payroll.notApproved", distributionId, d.status().label());
        }
        return PayrollSheet.build(PayrollSheet.reference(d), payrollEntries(d, l -> true, peopleById()));
    }

    /** The 个人奖励明细 of the person with staff number {@code staffNo}; revoked distributions are left out. */
    public PrintableSheet statement(String staffNo) {
        Person person = people.findAll().stream().filter(p -> p.staffNo().equalsIgnoreCase(staffNo.strip()))
                .findFirst().orElseThrow(() -> new UserFacingException("rewardExport.person.missing", staffNo));
        List<PersonStatement.Entry> entries = new ArrayList<>();
        for (Distribution d : distributions.ofPerson(person.id())) {
            if (!d.status().isLive()) {
                continue;
            }
            List<LineTax> taxes = distributions.taxes(d);
            for (int i = 0; i < d.lines().size(); i++) {
                if (d.lines().get(i).personId() == person.id()) {
                    entries.add(new PersonStatement.Entry(d, d.lines().get(i),
                            ExportedDistribution.exemptPart(taxes.get(i))));
                }
            }
        }
        return PersonStatement.build(person.staffNo(), person.name(), person.departmentName(), distributions.today(),
                entries);
    }

    private List<PayrollSheet.Entry> payrollEntries(Distribution d, java.util.function.Predicate<DistributionLine> in,
                                                    Map<Long, Person> staff) {
        List<PayrollSheet.Entry> entries = new ArrayList<>();
        if (!d.kind().paysCash() || d.lines().stream().noneMatch(in)) {
            return entries;
        }
        List<LineTax> taxes = distributions.taxes(d);
        for (int i = 0; i < d.lines().size(); i++) {
            DistributionLine l = d.lines().get(i);
            if (l.waived() || l.amount().signum() <= 0 || !in.test(l)) {
                continue;
            }
            Person person = staff.get(l.personId());
            String dept = person == null ? "" : person.departmentName();
            entries.add(new PayrollSheet.Entry(d, l, dept == null ? "" : dept,
                    ExportedDistribution.exemptPart(taxes.get(i))));
        }
        return entries;
    }

    private static boolean within(LocalDate on, LocalDate from, LocalDate to) {
        return on != null && !on.isBefore(from) && !on.isAfter(to);
    }

    /** Everyone, once per document, instead of one read per line. */
    private Map<Long, Person> peopleById() {
        Map<Long, Person> byId = new HashMap<>();
        people.findAll().forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    private List<Distribution> live() {
        return distributions.list(null).stream().filter(d -> d.status().isLive())
                .sorted(Comparator.comparing(Distribution::basisDate).thenComparing(Distribution::id)).toList();
    }

    private Distribution load(long id) {
        return distributions.find(id).orElseThrow(() -> new UserFacingException("reward.distribution.missing", id));
    }

    /** The deal's results (names, types), mode and registration number; a patent bonus has only its title. */
    DealFacts facts(Distribution d) {
        Optional<Deal> deal = d.dealId() == null ? Optional.empty() : distributions.deal(d.dealId());
        if (deal.isEmpty()) {
            return new DealFacts(d.contractNo(), List.of(d.title() == null ? "" : d.title()), List.of(),
                    d.kind().label(), "");
        }
        Deal x = deal.get();
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (ResultRef r : x.results()) {
            names.add(r.title() == null ? r.resultNo() : r.title());
            disclosures.find(r.disclosureId()).filter(res -> res.resultType() != null)
                    .ifPresent(res -> types.add(res.resultType().label()));
        }
        String mode = x.mode() == null ? "" : x.licenseKind() == null ? x.mode().label()
                : x.mode().label() + "（" + x.licenseKind().label() + "）";
        return new DealFacts(x.contractNo(), names, types, mode, x.registration().number());
    }
}
