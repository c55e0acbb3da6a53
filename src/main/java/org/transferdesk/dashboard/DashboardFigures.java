package org.transferdesk.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.transferdesk.due.DueItem;
import org.transferdesk.due.DueRanking;
import org.transferdesk.pilot.PilotCaseSummary;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.DataCheck;

/** The pure parts of the home screen: comparisons, counts and the attention list. */
public final class DashboardFigures {
    private DashboardFigures() {
    }

    /** The key figures of {@code now} against {@code before}, in the order of {@link Figure}. */
    public static List<KeyFigure> compare(AnnualReport now, AnnualReport before) {
        List<KeyFigure> figures = new ArrayList<>();
        for (Figure f : Figure.values()) {
            figures.add(KeyFigure.of(f, value(f, now), value(f, before)));
        }
        return figures;
    }

    /** A figure of one year: yuan for money, a whole number for counts. */
    public static BigDecimal value(Figure f, AnnualReport r) {
        return switch (f) {
            case CONTRACTS -> BigDecimal.valueOf(r.all().contracts());
            case CONTRACT_AMOUNT -> r.all().contractAmount();
            case RECEIVED -> r.all().received();
            case REWARDS -> r.rewards().cash().add(r.rewards().equity());
            case RESULTS -> BigDecimal.valueOf(r.results().disclosed());
            case PILOTS_GRANTED -> BigDecimal.valueOf(r.pilots().granted());
        };
    }

    /** How many cases stand at each step now, in the order of the flow; steps no case is at are left out. */
    public static Map<PilotStep, Integer> byStep(List<PilotCaseSummary> cases) {
        Map<PilotStep, Integer> counts = new EnumMap<>(PilotStep.class);
        for (PilotCaseSummary c : cases) {
            if (c.step() != null) {
                counts.merge(c.step(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * Every attention item, what matters most first: the reminders {@code due} in the order of {@code ranking}
     * (issue 24, item 7: a lapsed patent before a large overdue instalment before a small fee), then the data checks
     * of last year's report (due first, in the spring) and of this year's, each by date.
     */
    public static List<Attention> attention(List<DueItem> due, DueRanking ranking, List<DataCheck> lastYear,
                                            int lastYearNo, List<DataCheck> thisYear, int thisYearNo, LocalDate today) {
        List<Attention> all = new ArrayList<>();
        for (DueItem i : ranking.sorted(due)) {
            AttentionSource source = i.overdue(today) ? AttentionSource.OVERDUE : AttentionSource.DUE_SOON;
            all.add(new Attention(source, i.kind(), i.action(), i.dueOn(), i.amount(), i.record(), 0));
        }
        List<Attention> checks = new ArrayList<>();
        for (DataCheck c : lastYear) {
            checks.add(check(c, lastYearNo));
        }
        for (DataCheck c : thisYear) {
            checks.add(check(c, thisYearNo));
        }
        checks.sort(CHECKS);
        all.addAll(checks);
        return all;
    }

    private static Attention check(DataCheck c, int year) {
        return new Attention(AttentionSource.REPORT_CHECK, c.kind(), null, c.date(), c.amount(), c.record(), year);
    }

    private static final Comparator<Attention> CHECKS = Comparator.comparingInt(Attention::reportYear)
            .thenComparing(Attention::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> a.kind().name())
            .thenComparing(a -> a.record().label(), Comparator.nullsLast(Comparator.naturalOrder()));
}
