package org.transferdesk.dashboard.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.transferdesk.common.I18n;
import org.transferdesk.dashboard.Dashboard;
import org.transferdesk.deal.DealMode;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.ReportModes;
import org.transferdesk.report.Tally;
import org.transferdesk.report.YearFigures;
import org.transferdesk.common.Money;

/** Turns a {@link Dashboard} into chart series (plain data; the view draws them). */
final class DashboardCharts {
    /** Departments named in the results chart; the rest are summed as 其他. */
    static final int TOP_DEPARTMENTS = 10;

    private DashboardCharts() {
    }

    static String yearLabel(int year) {
        return String.valueOf(year);
    }

    /** A series per report mode, categories the years: contract amount or received, in 万元. */
    static List<ChartSeries> byMode(Dashboard d, Function<Tally, BigDecimal> figure) {
        List<ChartSeries> series = new ArrayList<>();
        for (DealMode mode : ReportModes.SIX) {
            series.add(perYear(d, mode.label(), r -> Money.toWan(figure.apply(r.mode(mode)))));
        }
        return series;
    }

    /** Cash and equity rewards per year, in 万元. */
    static List<ChartSeries> rewards(Dashboard d) {
        return List.of(perYear(d, I18n.t("dashboard.rewards.cash"), r -> Money.toWan(r.cashRewards())),
                perYear(d, I18n.t("dashboard.rewards.equity"), r -> Money.toWan(r.equityRewards())));
    }

    private static ChartSeries perYear(Dashboard d, String name, Function<YearFigures, BigDecimal> value) {
        return new ChartSeries(name, d.years().stream()
                .map(r -> new ChartSeries.Point(yearLabel(r.year()), value.apply(r))).toList());
    }

    /** Results disclosed this year by department: the largest ten, then the rest as one bar. */
    static List<ChartSeries> departments(Dashboard d) {
        List<Map.Entry<String, Integer>> sorted = d.current().results().byDepartment().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<ChartSeries.Point> points = new ArrayList<>();
        int others = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Map.Entry<String, Integer> e = sorted.get(i);
            if (i < TOP_DEPARTMENTS) {
                String name = AnnualReport.UNSPECIFIED.equals(e.getKey())
                        ? I18n.t("dashboard.department.unspecified") : e.getKey();
                points.add(new ChartSeries.Point(name, BigDecimal.valueOf(e.getValue())));
            } else {
                others += e.getValue();
            }
        }
        if (others > 0) {
            points.add(new ChartSeries.Point(I18n.t("dashboard.department.others"), BigDecimal.valueOf(others)));
        }
        return points.isEmpty() ? List.of() : List.of(new ChartSeries(I18n.t("dashboard.results.series"), points));
    }

    /** Pilot cases at each step now, in the order of the flow. */
    static List<ChartSeries> pilotSteps(Dashboard d) {
        List<ChartSeries.Point> points = d.pilotSteps().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(PilotStep::ordinal)))
                .map(e -> new ChartSeries.Point(e.getKey().label(), BigDecimal.valueOf(e.getValue()))).toList();
        return points.isEmpty() ? List.of() : List.of(new ChartSeries(I18n.t("dashboard.pilots.series"), points));
    }
}
