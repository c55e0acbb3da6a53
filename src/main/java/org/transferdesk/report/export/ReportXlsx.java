package org.transferdesk.report.export;

import org.transferdesk.audit.AuditAnchors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.transferdesk.common.I18n;
import org.transferdesk.export.AtomicFile;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.NarrativePart;
import org.transferdesk.report.ReportPackage;
import org.transferdesk.report.ReportTables;
import org.transferdesk.report.export.ReportSheet.Block;
import org.transferdesk.report.export.ReportSheet.Heading;
import org.transferdesk.report.export.ReportSheet.Paragraph;
import org.transferdesk.report.export.ReportSheet.Table;

/**
 * The annual report as a workbook in the official style: one sheet per part (R-REPORT-PARTS), the project
 * list (R-REPORT-LIST), the large contracts, the data checks, the year-over-year comparison and the records
 * behind every figure (R-REPORT-TRACE). Amounts in 万元 except the record-level sheets, which keep yuan.
 */
public final class ReportXlsx {
    private static final double[] PARTS = {40, 14, 18, 18};
    private static final double[] RECORDS = {40, 36, 10, 40, 11, 14};

    private ReportXlsx() {
    }

    /** Writes the report to {@code file} atomically. */
    public static void write(Path file, ReportPackage report) {
        List<ReportSheet> sheets = sheets(report);
        AtomicFile.write(file, out -> {
            Workbook workbook = new Workbook(out, "TransferDesk", "1.0");
            // issue 22: the audit chain's latest place and hash when the report was made (audit verify --against)
            new java.util.TreeMap<>(AuditAnchors.properties(report.auditAnchor()))
                    .forEach(workbook.properties()::setTextProperty);
            for (ReportSheet sheet : sheets) {
                ReportSheetWriter.write(workbook, sheet);
            }
            workbook.finish();
        });
    }

    static List<ReportSheet> sheets(ReportPackage pkg) {
        AnnualReport r = pkg.current();
        ReportTables model = ReportTables.of(pkg);
        int year = r.year();
        List<String> sum = List.of(I18n.t("reportExport.sumNote"));
        List<ReportSheet> sheets = new ArrayList<>();
        sheets.add(new ReportSheet(I18n.t("reportExport.sheet.overview"),
                ReportLabels.title(year, I18n.t("reportExport.part1")), false, PARTS, overview(pkg, model), List.of()));
        sheets.add(new ReportSheet(I18n.t("reportExport.sheet.results"),
                ReportLabels.title(year, I18n.t("reportExport.part2")), false, PARTS,
                tables(PartTables.part(model, 2)), List.of()));
        sheets.add(new ReportSheet(I18n.t("reportExport.sheet.conversion"),
                ReportLabels.title(year, I18n.t("reportExport.part3")), true, PARTS,
                tables(PartTables.part(model, 3)), sum));
        sheets.add(new ReportSheet(I18n.t("reportExport.sheet.cooperation"),
                ReportLabels.title(year, I18n.t("reportExport.part4")), true, PARTS,
                tables(PartTables.part(model, 4)), sum));
        sheets.add(new ReportSheet(I18n.t("reportExport.sheet.rewards"),
                ReportLabels.title(year, I18n.t("reportExport.part5")), true, PARTS,
                tables(PartTables.part(model, 5)), List.of()));
        sheets.add(new ReportSheet(I18n.t("reportExport.sheet.projects"),
                ReportLabels.title(year, I18n.t("reportExport.part6")), true, ListTables.PROJECT_WIDTHS,
                tables(ListTables.projects(null, r.projects())),
                List.of(I18n.t("reportExport.sumNote"), I18n.t("reportExport.listNote"))));
        sheets.add(new ReportSheet(I18n.t("reportExport.sheet.large"),
                ReportLabels.title(year, ReportLabels.threshold(r.conventions().large1())), true,
                ListTables.PROJECT_WIDTHS, tables(ListTables.projects(null, r.large().list())), sum));
        sheets.add(new ReportSheet(I18n.t("reportExport.sheet.checks"),
                ReportLabels.title(year, I18n.t("reportExport.sheet.checks")), false, RECORDS,
                tables(ListTables.checks(r)),
                r.checks().isEmpty() ? List.of(I18n.t("reportExport.noChecks")) : List.of()));
        sheets.add(new ReportSheet(I18n.t("reportExport.sheet.comparison"),
                ReportLabels.title(year, I18n.t("reportExport.sheet.comparison")), true, comparisonWidths(pkg),
                tables(ListTables.comparison(model)), List.of(I18n.t("reportExport.changeNote"))));
        sheets.add(new ReportSheet(I18n.t("reportExport.sheet.trace"),
                ReportLabels.title(year, I18n.t("reportExport.sheet.trace")), false, RECORDS,
                tables(ListTables.trace(r, model)), List.of(I18n.t("reportExport.traceNote"))));
        return sheets;
    }

    /** Part (1): the office and the written parts; part (6)'s policy text and cases are printed here too. */
    private static List<Block> overview(ReportPackage pkg, ReportTables model) {
        List<Block> blocks = new ArrayList<>();
        for (ReportTable t : PartTables.part(model, 1)) {
            blocks.add(new Table(t));
        }
        for (NarrativePart p : NarrativePart.values()) {
            blocks.add(new Heading(p.label()));
            blocks.add(new Paragraph(ReportLabels.narrative(pkg.text(), p)));
        }
        return blocks;
    }

    private static List<Block> tables(ReportTable... tables) {
        List<Block> blocks = new ArrayList<>();
        for (ReportTable t : tables) {
            blocks.add(new Table(t));
        }
        return blocks;
    }

    private static double[] comparisonWidths(ReportPackage pkg) {
        int years = pkg.years().size();
        double[] w = new double[years + 2];
        w[0] = 46;
        for (int i = 1; i <= years; i++) {
            w[i] = 13;
        }
        w[years + 1] = 13;
        return w;
    }
}
