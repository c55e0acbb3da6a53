package org.transferdesk.dashboard.ui;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import org.transferdesk.common.I18n;

/**
 * The home screen's five charts, made in code once their figures have arrived (issue 20: building them was a good
 * part of the time to the main window's first frame). A class of its own, so the chart classes load only then.
 */
final class DashboardChartNodes {
    private DashboardChartNodes() {
    }

    static XYChart<String, Number> amounts() {
        return byYear(new StackedBarChart<>(new CategoryAxis(), new NumberAxis()), "amountChart",
                "dashboard.chart.contractAmount", I18n.t("dashboard.axis.wan"));
    }

    static XYChart<String, Number> received() {
        return byYear(new StackedBarChart<>(new CategoryAxis(), new NumberAxis()), "receivedChart",
                "dashboard.chart.received", I18n.t("dashboard.axis.wan"));
    }

    static XYChart<String, Number> rewards() {
        return byYear(new BarChart<>(new CategoryAxis(), new NumberAxis()), "rewardsChart",
                "dashboard.chart.rewards", I18n.t("dashboard.axis.wan"));
    }

    static XYChart<Number, String> results() {
        BarChart<Number, String> chart = new BarChart<>(new NumberAxis(), new CategoryAxis());
        chart.setCategoryGap(4);
        return across(chart, "resultsChart", I18n.t("dashboard.chart.results"), I18n.t("dashboard.axis.results"));
    }

    static XYChart<Number, String> pilots() {
        BarChart<Number, String> chart = new BarChart<>(new NumberAxis(), new CategoryAxis());
        chart.setCategoryGap(3);
        return across(chart, "pilotsChart", I18n.t("dashboard.chart.pilots"), I18n.t("dashboard.axis.cases"));
    }

    private static XYChart<String, Number> byYear(XYChart<String, Number> chart, String id, String titleKey,
            String valueLabel) {
        chart.setTitle(I18n.t(titleKey));
        chart.getXAxis().setLabel(I18n.t("dashboard.axis.year"));
        chart.getYAxis().setLabel(valueLabel);
        return common(chart, id);
    }

    /** Counts along the bottom, categories down the side, no legend (one series). */
    private static XYChart<Number, String> across(XYChart<Number, String> chart, String id, String title,
            String countLabel) {
        chart.setTitle(title);
        chart.getXAxis().setLabel(countLabel);
        chart.setLegendVisible(false);
        return common(chart, id);
    }

    private static <X, Y> XYChart<X, Y> common(XYChart<X, Y> chart, String id) {
        chart.setId(id);
        chart.setAnimated(false);
        chart.getXAxis().setAnimated(false);
        chart.getYAxis().setAnimated(false);
        chart.getStyleClass().add("dashboard-chart");
        return chart;
    }
}
