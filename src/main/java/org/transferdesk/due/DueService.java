package org.transferdesk.due;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.transferdesk.audit.Actor;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.deal.Deal;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.due.persistence.DueRepository;
import org.transferdesk.due.persistence.FeePaymentRepository;
import org.transferdesk.fees.FeePlan;
import org.transferdesk.fees.FeePlans;
import org.transferdesk.fees.PatentFeeInput;
import org.transferdesk.fees.PortfolioReview;
import org.transferdesk.fees.ReviewRow;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotSettings;
import org.transferdesk.settings.OfficeSettings;

/** The deadlines of every record that are not marked done, with the office's reminder levels. */
public final class DueService implements FeePlans {
    public static final String REMINDER_DAYS = "due.reminder.days";
    public static final String REPORT_DEADLINE = "report.deadline";
    public static final String REMIND_FROM = "due.remindFrom";

    private static final Set<DueKind> ALWAYS = java.util.EnumSet.of(DueKind.PILOT_DEADLINE, DueKind.PATENT_FEE);

    private final DueRepository repository;
    private final FeePaymentRepository feePayments;
    private final DueSources sources;
    private final OfficeSettings office;
    private final Clock clock;
    private final DueCache cache;
    private final java.util.Queue<java.util.function.Consumer<DueCache>> pending =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile boolean incremental;
    private volatile boolean everything;

    public DueService(DueRepository repository, FeePaymentRepository feePayments, DueSources sources,
                      OfficeSettings office, Clock clock) {
        this.repository = repository;
        this.feePayments = feePayments;
        this.sources = sources;
        this.office = office;
        this.clock = clock;
        this.cache = new DueCache(sources);
    }

    /** Whether {@code value} is acceptable for one of the due settings; IllegalArgumentException says why not. */
    public static void check(String key, String value) {
        String v = value.strip();
        switch (key) {
            case REMINDER_DAYS -> PilotSettings.parseDays(v);
            case REMIND_FROM -> {
                try {
                    LocalDate.parse(v);
                } catch (java.time.DateTimeException e) {
                    throw new IllegalArgumentException("expected YYYY-MM-DD: " + v, e);
                }
            }
            case REPORT_DEADLINE -> ReportReminders.parse(v);
            default -> throw new IllegalArgumentException("not a due setting: " + key);
        }
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The reminder levels in days (90,60,30,7 by default) in force on a date. */
    public List<Integer> reminderDays(LocalDate on) {
        return office.valueOn(REMINDER_DAYS, on).map(PilotSettings::parseDays).orElse(List.of(90, 60, 30, 7));
    }

    /** R-REPORT-WHO: the report deadline (month-day) in force in a year, 03-30 by default. */
    public MonthDay reportDeadline(int year) {
        return office.valueOn(REPORT_DEADLINE, LocalDate.of(year, 1, 1)).map(ReportReminders::parse)
                .orElse(MonthDay.of(3, 30));
    }

    /**
     * Deadlines before this day are history from before the office kept its records here and raise no
     * reminder (a 2018 备案表 was filed on paper): the setting {@code due.remindFrom}, else the day the
     * database was created. A pilot's recovery flag and an unpaid patent fee still in its grace period are
     * reminded whatever their date.
     */
    public LocalDate remindFrom(LocalDate today) {
        return office.valueOn(REMIND_FROM, today).map(LocalDate::parse).orElseGet(() -> repository.createdOn(today));
    }

    /**
     * The years from today to the farthest reminder level (90 days by default) without holiday arrangements:
     * working-day periods in them (reward publicity, R-PUB-REWARD) would count weekends only, so the due list
     * warns — in December that is the coming year until its State Council notice is entered.
     */
    public java.util.SortedSet<Integer> calendarGaps(LocalDate today) {
        return calendarGaps(today, reminderDays(today).stream().max(Integer::compare).orElse(0));
    }

    /** The years from today to {@code days} ahead without holiday arrangements. */
    public java.util.SortedSet<Integer> calendarGaps(LocalDate today, int days) {
        return sources.workCalendar().unarrangedYears(today, today.plusDays(days));
    }

    /** Every open item (not marked done), earliest first. */
    public List<DueItem> open(LocalDate today) {
        Set<String> done = repository.doneKeys();
        return derive(today).stream().filter(i -> !done.contains(i.key())).toList();
    }

    /**
     * The items marked done, newest mark first, each with the item it hid when the records still derive it
     * (null once the record changed, e.g. the instalment was paid since).
     */
    public List<DoneEntry> done(LocalDate today) {
        Map<String, DueItem> byKey = new HashMap<>();
        derive(today).forEach(i -> byKey.put(i.key(), i));
        return repository.all().stream().map(m -> new DoneEntry(m, byKey.get(m.key()))).toList();
    }

    /**
     * From now on the items are kept between calls and re-derived only for the records announced through
     * {@link #changed} (and in full after {@link #changedAll}, or when today, the language or a setting moved):
     * a save then costs in proportion to what it touched, and the 待办 badge, the due list and the home screen
     * share one computation (issue 20). Only for a caller that announces every change of records it makes,
     * as the desktop app does through its data events; without it every call derives from all the records.
     */
    public DueService incremental() {
        this.incremental = true;
        return this;
    }

    /** A record was saved or deleted: its items (and those of the records derived from it) are re-derived. */
    public void changed(RecordType type, long id) {
        switch (type) {
            case DEAL -> pending.add(c -> c.dealChanged(id));
            case DISTRIBUTION -> pending.add(c -> c.distributionChanged(id));
            case PILOT -> pending.add(c -> c.caseChanged(id));
            case PERSON -> pending.add(c -> c.personChanged(id));
            case RESULT -> pending.add(c -> c.resultChanged(id));
            // the annual report's items are derived from today and the settings on every call, and the contact
            // logs' next steps and the needs' deadlines are read afresh on every call
            case REPORT, INSTITUTION, COUNTERPARTY, NEED -> {
            }
        }
    }

    /** Records changed wholesale (an import, demo data, a restored backup): the next call derives everything. */
    public void changedAll() {
        everything = true;
    }

    /** Every item the records owe from remindFrom on (overdue fees and recovery flags whatever their date). */
    List<DueItem> derive(LocalDate today) {
        if (!incremental) {
            return deriveAll(today);
        }
        synchronized (cache) {
            DueCache.Context now = new DueCache.Context(today, org.transferdesk.common.I18n.locale(),
                    remindFrom(today), sources.pilotRules(today), repository.settingsStamp());
            if (everything || !now.equals(cache.context())) {
                // cleared before reading, so a change announced during the rebuild is applied next time
                everything = false;
                pending.clear();
                cache.rebuild(now, sources.nonProfitStatus(), this::reportDeadline);
            } else {
                for (java.util.function.Consumer<DueCache> change = pending.poll(); change != null;
                     change = pending.poll()) {
                    change.accept(cache);
                }
            }
            return withFollowUps(cache.items(ALWAYS), remindFrom(today));
        }
    }

    /** Every item derived from all the records at once: what the incremental cache must always equal. */
    List<DueItem> deriveAll(LocalDate today) {
        LocalDate from = remindFrom(today);
        List<DueItem> all = new ArrayList<>();
        List<Deal> deals = sources.deals();
        List<PilotCase> cases = sources.pilotCases();
        all.addAll(DealReminders.of(deals, today));
        all.addAll(DealReminders.obligations(sources.obligations()));
        all.addAll(RewardReminders.of(deals, sources.distributions(), sources.nonProfitStatus()));
        all.addAll(PilotReminders.of(cases, deals, today, sources.pilotRules(today)));
        all.addAll(PeopleReminders.of(sources.episodes()));
        all.addAll(PatentReminders.of(PatentFeeInputs.of(sources.patents(), cases, deals, from), sources.feeRules(),
                today));
        all.addAll(ReportReminders.of(today, this::reportDeadline));
        all.addAll(FollowUpReminders.of(sources.followUps()));
        all.addAll(NeedDeadlineReminders.of(sources.needDeadlines()));
        return all.stream().filter(i -> !i.dueOn().isBefore(from) || ALWAYS.contains(i.kind()))
                .sorted(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::key)).toList();
    }

    /**
     * The cached items with the contact logs' next steps and the open needs' deadlines, read afresh each time (few
     * rows, one query each), so a step done or a need closed leaves the list without a cache event.
     */
    private List<DueItem> withFollowUps(List<DueItem> cached, LocalDate from) {
        List<DueItem> steps = java.util.stream.Stream.concat(FollowUpReminders.of(sources.followUps()).stream(),
                        NeedDeadlineReminders.of(sources.needDeadlines()).stream())
                .filter(i -> !i.dueOn().isBefore(from)).toList();
        if (steps.isEmpty()) {
            return cached;
        }
        List<DueItem> all = new ArrayList<>(cached);
        all.addAll(steps);
        all.sort(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::key));
        return all;
    }

    /** Open items due on or before {@code today + days}, overdue ones included, earliest first. */
    public List<DueItem> within(LocalDate today, int days) {
        LocalDate until = today.plusDays(days);
        return open(today).stream().filter(i -> !i.dueOn().isAfter(until)).toList();
    }

    /** What needs attention on {@code today}: overdue, or due within the smallest reminder level. */
    public DueAttention attention(LocalDate today) {
        return DueAttention.of(open(today), today, soonDays(today));
    }

    /** The smallest reminder level in days (7 unless the office set otherwise): "due soon" means within it. */
    public int soonDays(LocalDate today) {
        return reminderDays(today).stream().mapToInt(Integer::intValue).min().orElse(7);
    }

    /** What the navigation badge counts: {@link #attention}'s total. */
    public int urgentCount(LocalDate today) {
        return attention(today).total();
    }

    /** Marks an item done on {@code on} by the current user; it no longer appears. */
    public void markDone(String key, LocalDate on, String note) {
        repository.insert(new DoneMark(key, on, Actor.current(), LocalDateTime.now(clock),
                note == null || note.isBlank() ? null : note.strip()));
    }

    /** Takes a done mark back (the item reappears while its record still owes it). */
    public void undoDone(String key) {
        repository.delete(key);
    }

    /**
     * Records a patent annual fee paid (the item's key names the patent and fee year): amount, day, receipt
     * number; the amount also becomes a 维护费 cost of the result's running deals. Refused with reasons
     * when the day is in the future, the amount negative, or the year already paid.
     */
    public void recordFeePaid(String key, LocalDate paidOn, BigDecimal amount, String receiptNo) {
        recordFeesPaid(List.of(new PaidFee(key, paidOn, amount, receiptNo)));
    }

    /** A fee paid as entered: the reminder's key, the day, the amount and the receipt number. */
    public record PaidFee(String key, LocalDate paidOn, BigDecimal amount, String receiptNo) {
    }

    /** Several fees paid at once (all or none), each checked as {@link #recordFeePaid} checks it. */
    public void recordFeesPaid(List<PaidFee> fees) {
        List<FeePayment> payments = new ArrayList<>();
        for (PaidFee f : fees) {
            long[] fee = PatentReminders.parseKey(f.key());
            List<Problem> problems = new ArrayList<>();
            if (f.paidOn() == null || f.paidOn().isAfter(today())) {
                problems.add(Problem.error("due.fee.badDate", "paidOn"));
            }
            if (f.amount() == null || f.amount().signum() < 0) {
                problems.add(Problem.error("due.fee.badAmount", "amount"));
            }
            if (problems.isEmpty() && feePayments.isPaid(fee[0], (int) fee[1])) {
                problems.add(Problem.error("due.fee.alreadyPaid", "feeYear", fee[1]));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            String receipt = f.receiptNo() == null || f.receiptNo().isBlank() ? null : f.receiptNo().strip();
            payments.add(new FeePayment(fee[0], (int) fee[1], f.paidOn(), Money.of(f.amount()), receipt));
        }
        feePayments.recordAll(payments, p -> I18n.t("due.fee.costNote", p.feeYear(),
                p.receiptNo() == null ? "-" : p.receiptNo()), Actor.current(), LocalDateTime.now(clock));
        // the paid year moves the patent's next fee, and the fee became a cost of its result's running deals
        for (FeePayment p : payments) {
            pending.add(c -> {
                Long result = c.resultOfPatent(p.ipAssetId());
                if (result != null) {
                    c.dealsOfResult(result).forEach(c::dealChanged);
                    c.resultChanged(result);
                }
            });
        }
    }

    /** The patents' fees due in a year with what the university and the co-owners pay (the budget). */
    @Override
    public FeePlan feePlan(int year) {
        return FeePlan.of(year, feeInputs(today(), sources.deals()), sources.feeRules());
    }

    /**
     * Patents whose fees over the next {@code years} years exceed what their results have earned (money
     * received on their deals): candidates to license, open-license or let go.
     */
    @Override
    public List<ReviewRow> portfolioReview(int years) {
        LocalDate today = today();
        Map<Long, BigDecimal> earned = new HashMap<>();
        List<Deal> deals = sources.deals();
        for (Deal d : deals) {
            BigDecimal received = d.receipts().stream().map(r -> r.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            d.results().forEach(r -> earned.merge(r.disclosureId(), received, BigDecimal::add));
        }
        return PortfolioReview.of(feeInputs(today, deals), earned, today, years, sources.feeRules());
    }

    /**
     * The granted patents with their pilot co-ownership, open licences and paid years, as the fee engine reads
     * them today.
     */
    public List<PatentFeeInput> patentFees() {
        return feeInputs(today(), sources.deals());
    }

    private List<PatentFeeInput> feeInputs(LocalDate today, List<Deal> deals) {
        return PatentFeeInputs.of(sources.patents(), sources.pilotCases(), deals, remindFrom(today));
    }

    public List<DoneMark> doneMarks() {
        return repository.all();
    }
}
