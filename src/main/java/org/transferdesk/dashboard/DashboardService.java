package org.transferdesk.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.transferdesk.due.DueAttention;
import org.transferdesk.due.DueItem;
import org.transferdesk.due.DueRanking;
import org.transferdesk.due.DueService;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.ReportService;

/** Reads everything the home screen shows in one call, off the UI thread. */
public final class DashboardService {
    /** The years the charts show: the year and the four before it. */
    public static final int YEARS = 5;
    /** The attention list stops here; the total says how many there are. */
    public static final int ATTENTION_LIMIT = 50;

    private final ReportService reports;
    private final DueService due;
    private final PilotService pilots;
    private final Clock clock;

    public DashboardService(ReportService reports, DueService due, PilotService pilots, Clock clock) {
        this.reports = reports;
        this.due = due;
        this.pilots = pilots;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The home screen of the current year (so far) against last year. */
    public Dashboard load() {
        return load(today().getYear());
    }

    /** The home screen with {@code year} as "this year": its figures so far against the year before. */
    public Dashboard load(int year) {
        LocalDate today = today();
        // This year so far is compared with the same period of last year, not with all of it.
        LocalDate cutoff = year == today.getYear() ? today.minusYears(1) : LocalDate.of(year - 1, 12, 31);
        ReportService.YearsSoFar read = reports.yearsSoFar(year - YEARS + 1, year, cutoff);
        AnnualReport now = read.current();
        AnnualReport before = read.previousSamePeriod();
        AnnualReport lastYear = read.lastYear();
        // the same items as the 待办 badge counts (DueAttention), read once, then the report's data checks
        int soonDays = due.soonDays(today);
        List<DueItem> open = due.open(today);
        DueRanking ranking = new DueRanking(today, soonDays);
        List<DueItem> needing = open.stream().filter(ranking::needsAttention).toList();
        List<Attention> attention = DashboardFigures.attention(needing, ranking, lastYear.checks(), lastYear.year(),
                now.checks(), now.year(), today);
        return new Dashboard(year, today, read.years(), now, DashboardFigures.compare(now, before),
                DashboardFigures.byStep(pilots.list()),
                attention.subList(0, Math.min(ATTENTION_LIMIT, attention.size())), attention.size(),
                DueAttention.of(open, today, soonDays), ranking.countByKind(needing));
    }
}
