package org.transferdesk.report.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.transferdesk.common.I18n;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.DataCheck;
import org.transferdesk.report.ProjectRow;
import org.transferdesk.report.ReportTables;
import org.transferdesk.report.TraceLine;
import org.transferdesk.report.export.ReportTable.Row;
import org.transferdesk.report.export.ReportTable.Share;
import org.transferdesk.report.export.ReportTable.Wan;
import org.transferdesk.report.export.ReportTable.Yuan;

/** The long tables: the project list (R-REPORT-LIST), data checks, the year-over-year comparison and the trace. */
final class ListTables {
    static final String NONE = "—";
    /** The project list's widths, column by column (序号 … 本年计入). */
    static final double[] PROJECT_WIDTHS = {5, 20, 10, 16, 9, 10, 18, 20, 11, 16, 10, 10, 10, 8, 9, 9, 7, 7, 9, 7};

    private ListTables() {
    }

    /** R-REPORT-LIST columns in their order, 本年计入 last; the total row sums yuan, then rounds to 万元. */
    static ReportTable projects(String caption, List<ProjectRow> projects) {
        return projects(caption, projects, ";");
    }

    /**
     * As {@link #projects(String, List)}, a project's patent numbers separated by {@code ipSeparator}: the written
     * report puts each on its own line, as "a;b" would otherwise be one word a line may break in the middle of.
     */
    static ReportTable projects(String caption, List<ProjectRow> projects, String ipSeparator) {
        List<String> headers = List.of(I18n.t("reportList.no"), I18n.t("reportList.title"),
                I18n.t("reportList.type"), I18n.t("reportList.ip"), I18n.t("reportList.funding"),
                I18n.t("reportList.mode"), I18n.t("reportList.counterparty"), I18n.t("reportList.creditCode"),
                I18n.t("reportList.signedOn"), I18n.t("reportList.registrationNo"), I18n.t("reportList.amount"),
                I18n.t("reportList.received"), I18n.t("reportList.toDate"), I18n.t("reportList.share"),
                I18n.t("reportList.cash"), I18n.t("reportList.equity"), I18n.t("reportList.piloted"),
                I18n.t("reportList.related"), I18n.t("reportList.pricing"), I18n.t("reportList.counted"));
        List<Row> rows = new ArrayList<>();
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        int n = 0;
        for (ProjectRow p : projects) {
            rows.add(new Row(Arrays.asList(++n, p.resultTitles(), ReportLabels.list(ResultType.class, p.resultTypes()),
                    p.ipNumbers().replace(";", ipSeparator), ReportLabels.list(FundingSource.class, p.fundings()),
                    ReportLabels.mode(p.mode(), p.licenseKind()), p.counterparty(), p.creditCode(), p.signedOn(),
                    p.registrationNo(), new Wan(p.contractAmount()), new Wan(p.receivedInYear()),
                    new Wan(p.receivedToDate()), p.equityShare() == null ? null : new Share(p.equityShare()),
                    new Wan(p.rewardCash()), new Wan(p.rewardEquity()), ReportLabels.yesNo(p.piloted()),
                    ReportLabels.yesNo(p.relatedParty()), p.pricing() == null ? "" : p.pricing().label(),
                    ReportLabels.yesNo(p.countedInYear())), false));
            // a contract listed only for its receipts is not in the year's 合同金额
            if (p.countedInYear()) {
                sums[0] = sums[0].add(p.contractAmount());
            }
            sums[1] = sums[1].add(p.receivedInYear());
            sums[2] = sums[2].add(p.receivedToDate());
            sums[3] = sums[3].add(p.rewardCash());
            sums[4] = sums[4].add(p.rewardEquity());
        }
        // the label under 成果名称: the 序号 column is too narrow for it
        rows.add(new Row(Arrays.asList(null, I18n.t("reportList.total"), null, null, null, null, null, null, null,
                null, new Wan(sums[0]), new Wan(sums[1]), new Wan(sums[2]), null, new Wan(sums[3]),
                new Wan(sums[4]), null, null, null, null), true));
        return new ReportTable(caption, headers, rows, new ReportTable.Group(14, 15, I18n.t("reportList.reward")));
    }

    static ReportTable checks(AnnualReport r) {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (DataCheck c : r.checks()) {
            rows.add(new Row(Arrays.asList(++n, c.kind().label(), c.record().type().label(), c.record().label(),
                    c.date(), c.amount() == null ? null : new Yuan(c.amount())), false));
        }
        return new ReportTable(null, List.of(I18n.t("reportList.no"), I18n.t("reportExport.col.check"),
                I18n.t("reportExport.col.recordType"), I18n.t("reportExport.col.record"),
                I18n.t("reportExport.col.date"), I18n.t("reportExport.col.amountYuan")), rows);
    }

    /** R-REPORT-TRACE: one row per (figure, record), by figure path then date; figures named as the tables name them. */
    static ReportTable trace(AnnualReport r, ReportTables model) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<TraceLine>> e : r.trace().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            String label = model.nameOf(e.getKey());
            for (TraceLine l : e.getValue().stream().sorted(Comparator.comparing(TraceLine::date,
                    Comparator.nullsLast(Comparator.naturalOrder()))).toList()) {
                rows.add(new Row(Arrays.asList(e.getKey(), label, l.record().type().label(), l.record().label(),
                        l.date(), l.amount() == null ? null : new Yuan(l.amount())), false));
            }
        }
        return new ReportTable(null, List.of(I18n.t("reportExport.col.path"), I18n.t("reportExport.col.figure"),
                I18n.t("reportExport.col.recordType"), I18n.t("reportExport.col.record"),
                I18n.t("reportExport.col.date"), I18n.t("reportExport.col.amountYuan")), rows);
    }

    /** This year and the previous ones, oldest first, with the change against last year. */
    static ReportTable comparison(ReportTables model) {
        ReportTable t = PartTables.of(model.comparison());
        return new ReportTable(null, t.headers(), t.rows());
    }
}
