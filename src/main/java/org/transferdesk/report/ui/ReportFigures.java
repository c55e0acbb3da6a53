package org.transferdesk.report.ui;

import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.report.ReportTables;
import org.transferdesk.report.ReportTables.Cell;
import org.transferdesk.report.ReportTables.Column;
import org.transferdesk.report.ReportTables.Table;

/**
 * The report's tables on screen, as {@link ReportTables} names them (the exports print the same labels):
 * parts (2)–(5), then the office of part (1), and the year-over-year comparison. Amounts show in 万元 with the
 * exact yuan in the tooltip; every cell keeps its JSON path and its records (R-REPORT-TRACE).
 */
public final class ReportFigures {
    private ReportFigures() {
    }

    /** The key figures of this year and the previous ones (oldest first), with the change against last year. */
    public static FigureTable overview(ReportTables model) {
        return table(model.comparison(), I18n.t("reportTab.overview"));
    }

    /** Parts (2)–(5) as one table per subject, then the office (part 1). */
    public static List<FigureTable> sections(ReportTables model) {
        List<FigureTable> tables = new ArrayList<>();
        for (int part = 2; part <= 5; part++) {
            model.part(part).forEach(t -> tables.add(table(t, t.title())));
        }
        model.part(1).forEach(t -> tables.add(table(t, t.title())));
        return tables;
    }

    private static FigureTable table(Table t, String title) {
        List<FigureTable.Row> rows = t.rows().stream().map(r -> new FigureTable.Row(r.label(),
                r.cells().stream().map(ReportFigures::figure).toList())).toList();
        return new FigureTable(title, t.columns().stream().map(Column::heading).toList(), rows);
    }

    static Figure figure(Cell c) {
        return switch (c.kind()) {
            case COUNT -> Figure.count(c.path(), c.value().longValueExact(), c.lines());
            case AMOUNT -> Figure.amount(c.path(), c.value(), c.lines());
            case SHARE -> new Figure(c.path(), percent(c.value(), false), null, c.value(), c.lines());
            case COUNT_CHANGE, AMOUNT_CHANGE -> change(c);
            case NOT_RECORDED -> new Figure(c.path(), I18n.t("reportFigure.notRecorded"), null, null, List.of());
            case NONE -> new Figure(c.path(), "—", null, null, List.of());
            case YES_NO -> new Figure(c.path(), I18n.t(c.value().signum() != 0 ? "common.yes" : "common.no"), null,
                    c.value(), c.lines());
            case TEXT -> new Figure(null, c.text(), null, null, c.lines());
        };
    }

    /** "+12.50 (+8.30%)": the difference (万元 for amounts) and the relative change; — from zero. */
    private static Figure change(Cell c) {
        boolean amount = c.kind() == ReportTables.Kind.AMOUNT_CHANGE;
        String sign = c.value().signum() > 0 ? "+" : "";
        String shown = amount ? Money.formatWan(c.value()) : c.value().toPlainString();
        String ratio = c.ratio() == null ? "—" : percent(c.ratio(), true);
        String exact = amount ? I18n.t("report.exactYuan", Money.format(c.value())) : null;
        return new Figure(null, sign + shown + " (" + ratio + ")", exact, c.value(), List.of());
    }

    private static String percent(java.math.BigDecimal fraction, boolean signed) {
        String sign = signed && fraction.signum() > 0 ? "+" : "";
        return sign + fraction.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
