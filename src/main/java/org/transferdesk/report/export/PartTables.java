package org.transferdesk.report.export;

import java.util.ArrayList;
import java.util.List;
import org.transferdesk.report.ReportTables;
import org.transferdesk.report.ReportTables.Cell;
import org.transferdesk.report.ReportTables.Column;
import org.transferdesk.report.export.ReportTable.Row;
import org.transferdesk.report.export.ReportTable.Share;
import org.transferdesk.report.export.ReportTable.Wan;

/**
 * The tables of parts (1)–(5) (R-REPORT-PARTS) as {@link ReportTables} names them, amounts in 万元: each
 * subtotal is the 万元 rounding of the exact yuan sum, so it can differ by a cent from the sum of the rounded
 * lines above it.
 */
final class PartTables {
    private PartTables() {
    }

    /** The part's tables in print form. */
    static ReportTable[] part(ReportTables model, int part) {
        return model.part(part).stream().map(PartTables::of).toArray(ReportTable[]::new);
    }

    static ReportTable of(ReportTables.Table t) {
        List<String> headers = new ArrayList<>();
        headers.add(t.rowHeader());
        t.columns().stream().map(Column::heading).forEach(headers::add);
        List<Row> rows = new ArrayList<>();
        for (ReportTables.Row r : t.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(r.label());
            r.cells().forEach(c -> cells.add(cell(c)));
            rows.add(new Row(cells, r.strong()));
        }
        return new ReportTable(t.title(), headers, rows);
    }

    /** A count as a number, an amount in 万元, a share or change as a percentage, 是/否, a text; — for none. */
    static Object cell(Cell c) {
        return switch (c.kind()) {
            case COUNT -> c.value().intValueExact();
            case AMOUNT -> new Wan(c.value());
            case SHARE -> new Share(c.value());
            case COUNT_CHANGE, AMOUNT_CHANGE -> c.ratio() == null ? ListTables.NONE : new Share(c.ratio());
            case NOT_RECORDED -> new ReportTable.NotRecorded();
            case NONE -> ListTables.NONE;
            case YES_NO -> ReportLabels.yesNo(c.value().signum() != 0);
            case TEXT -> c.text();
        };
    }
}
