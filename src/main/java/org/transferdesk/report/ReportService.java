package org.transferdesk.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.transferdesk.audit.Actor;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.deal.Province;
import org.transferdesk.report.persistence.ReportModeSums;
import org.transferdesk.report.persistence.ReportRepository;
import org.transferdesk.report.persistence.ReportTextRepository;
import org.transferdesk.reward.NonProfitStatus;
import org.transferdesk.settings.OfficeSettings;

/**
 * The annual report (R-REPORT-*): reads a year's records, counts them under the conventions in force at the
 * year's end, and keeps the office's text per year.
 */
public final class ReportService {
    /** How many earlier years the comparison shows. */
    public static final int COMPARISON_YEARS = 4;

    private final ReportRepository records;
    private final ReportModeSums sums;
    private final ReportTextRepository texts;
    private final OfficeSettings office;
    /** R-TAX58 condition 1, read afresh per report: each payment is judged by the status of its own day. */
    private final Supplier<NonProfitStatus> nonProfitStatus;
    private final Clock clock;
    private final Function<LocalDate, Province> unitProvince;

    /**
     * {@code unitProvince}: the unit's province on a day (the dated unit profile; null while not set). There is no
     * constructor without it: a report wired without the setting would show 本地转化 as not recorded (R-REPORT-MORE)
     * while the office has set its province, a wrong report that looks like a missing setting.
     */
    public ReportService(ReportRepository records, ReportModeSums sums, ReportTextRepository texts,
                         OfficeSettings office, Supplier<NonProfitStatus> nonProfitStatus,
                         Function<LocalDate, Province> unitProvince, Clock clock) {
        this.unitProvince = unitProvince;
        this.records = records;
        this.sums = sums;
        this.texts = texts;
        this.office = office;
        this.nonProfitStatus = nonProfitStatus;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The year an office reports on now: the last complete calendar year. */
    public int defaultYear() {
        return today().getYear() - 1;
    }

    /** R-REPORT-COUNT: the conventions in force on the year's last day. */
    public ReportConventions conventions(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        Map<String, String> values = office.valuesOn(ReportConventions.KEYS, end);
        return ReportConventions.from(key -> java.util.Optional.ofNullable(values.get(key)));
    }

    /** The figures of one year. */
    public AnnualReport figures(int year) {
        return years(year, year).get(0);
    }

    /** The figures of each year {@code from}–{@code to}, oldest first, read in one pass. */
    public List<AnnualReport> years(int from, int to) {
        NonProfitStatus status = nonProfitStatus.get();
        return build(load(from, to, status), from, to, status);
    }

    /**
     * The home screen's years {@code from}–{@code to}: the last two counted whole (the screen lists their data
     * checks and compares {@code to} with the year before up to {@code cutoff}, the same period so far), the earlier
     * ones only as the charts' sums ({@link #chartFigures}); {@code from} must be before {@code to}.
     *
     * <p>Issue 20: built as whole annual reports (project lists, checks and traces included) the five years were more
     * than half of the home screen's queries at 100,000 results.
     */
    public YearsSoFar yearsSoFar(int from, int to, LocalDate cutoff) {
        if (from >= to) {
            throw new IllegalArgumentException("from " + from + " must be before " + to);
        }
        NonProfitStatus status = nonProfitStatus.get();
        ReportData data = load(to - 1, to, status);
        List<AnnualReport> lastTwo = build(data, to - 1, to, status);
        List<YearFigures> years = new ArrayList<>();
        if (from < to - 1) {
            // one read of the chart years' reward lines and classified contracts, counted year by year
            Set<Long> classified = sums.classifiedDeals();
            List<ReportRewardLine> lines = records.rewardLines(LocalDate.of(from, 1, 1), LocalDate.of(to - 2, 12, 31));
            for (int y = from; y < to - 1; y++) {
                years.add(chartFigures(y, status, classified, lines));
            }
        }
        lastTwo.forEach(r -> years.add(YearFigures.of(r)));
        return new YearsSoFar(years, lastTwo.get(0), lastTwo.get(1),
                AnnualReports.buildUpTo(data, to - 1, cutoff, conventions(to - 1), status));
    }

    /**
     * A year's six modes from grouped sums (R-REPORT-COUNT, {@link ReportModeSums}) and its rewards counted from the
     * year's reward lines alone: the same figures as {@link #figures}'s to the fen (YearFiguresAgreeTest) without
     * reading the year's contracts one by one.
     */
    public YearFigures chartFigures(int year) {
        return chartFigures(year, nonProfitStatus.get(), sums.classifiedDeals(),
                records.rewardLines(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    /** {@code lines}: reward lines including the year's (the counting picks the year's by date, as for a report). */
    private YearFigures chartFigures(int year, NonProfitStatus status, Set<Long> classified,
                                     List<ReportRewardLine> lines) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        ReportConventions conventions = conventions(year);
        RewardFigures rewards = AnnualReports.rewards(lines, year, conventions, classified, status);
        return new YearFigures(year, sums.sums(first, last, conventions, classified).modes(), rewards.cash(),
                rewards.equity());
    }

    /**
     * Whole years oldest first as the charts show them, the last two whole reports, and the year before {@code to}
     * up to the same day as {@code to} so far.
     */
    public record YearsSoFar(List<YearFigures> years, AnnualReport lastYear, AnnualReport current,
                             AnnualReport previousSamePeriod) {
        public YearsSoFar {
            years = List.copyOf(years);
        }
    }

    private ReportData load(int from, int to, NonProfitStatus status) {
        // R-REPORT-MORE 本地转化: the unit's province on each year's last day, as the conventions are read
        Map<Integer, Province> provinces = new HashMap<>();
        for (int y = from; y <= to; y++) {
            Province p = unitProvince.apply(LocalDate.of(y, 12, 31));
            if (p != null) {
                provinces.put(y, p);
            }
        }
        // the data's single flag serves only readers without the dated status; the counts use the status by day
        return records.load(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), status.on(LocalDate.of(to, 12, 31)),
                provinces);
    }

    private List<AnnualReport> build(ReportData data, int from, int to, NonProfitStatus status) {
        List<AnnualReport> years = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            years.add(AnnualReports.build(data, y, conventions(y), status));
        }
        return years;
    }

    /** The year's figures, text and the {@value #COMPARISON_YEARS} previous years for the comparison. */
    public ReportPackage report(int year) {
        List<AnnualReport> all = years(year - COMPARISON_YEARS, year);
        List<AnnualReport> previous = new ArrayList<>(all.subList(0, all.size() - 1));
        java.util.Collections.reverse(previous);
        return new ReportPackage(all.get(all.size() - 1), text(year), previous, records.auditAnchor());
    }

    /** The year's saved text, or else the latest earlier year's as a draft to start from, or else empty. */
    public ReportText text(int year) {
        return texts.find(year).orElseGet(() -> texts.latestBefore(year)
                .map(t -> new ReportText(year, t.officeStaff(), t.technologyManagers(), t.parts(), t.year(), 0))
                .orElse(ReportText.empty(year)));
    }

    public List<Problem> validate(ReportText text) {
        List<Problem> problems = new ArrayList<>();
        if (text.officeStaff() != null && text.officeStaff() < 0) {
            problems.add(Problem.error("report.error.staff", "officeStaff"));
        }
        if (text.technologyManagers() != null && text.technologyManagers() < 0) {
            problems.add(Problem.error("report.error.staff", "technologyManagers"));
        }
        for (NarrativePart p : NarrativePart.values()) {
            if (text.part(p).length() > NarrativePart.MAX_LENGTH) {
                problems.add(Problem.error("report.error.tooLong", p.name(), p.label(), NarrativePart.MAX_LENGTH));
            }
        }
        return problems;
    }

    /** Saves the year's text; ValidationException on bad input, StaleRecordException if saved meanwhile. */
    public ReportText saveText(ReportText text) {
        List<Problem> problems = validate(text);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return texts.save(text, Actor.current(), LocalDateTime.now(clock));
    }
}
