package org.transferdesk.report.export;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.transferdesk.common.I18n;
import org.transferdesk.export.AtomicFile;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.NarrativePart;
import org.transferdesk.report.ReportPackage;
import org.transferdesk.report.ReportTables;

/**
 * The annual report as an editable Word document for the university to complete and stamp: A4 portrait
 * parts (1)–(6) with their text and tables in 万元, then the project list and the large contracts on
 * landscape pages.
 */
public final class ReportDocx {
    private static final double[] PARTS = {40, 14, 18, 18};
    private static final double TABLE_FONT = 9;
    private static final double LIST_FONT = 7;
    /**
     * The project list on a landscape page: how the width left after the codes, dates and figures (which keep their
     * own width, {@link DocxColumnWidths}) is shared; texts wrap.
     */
    private static final double[] LIST = {3.5, 16, 7, 6, 6, 9, 14, 8, 8, 8, 9, 9, 9, 7, 7, 7, 6, 6, 7, 6};

    private ReportDocx() {
    }

    /** Writes the report to {@code file} atomically. */
    public static void write(Path file, ReportPackage report) {
        AtomicFile.write(file, out -> {
            try (XWPFDocument doc = new XWPFDocument()) {
                content(new DocxWriter(doc), report);
                doc.write(out);
            }
        });
    }

    private static void content(DocxWriter w, ReportPackage pkg) {
        AnnualReport r = pkg.current();
        ReportTables model = ReportTables.of(pkg);
        w.title(I18n.t("reportDocx.title", String.valueOf(r.year())));
        w.note(I18n.t("reportExport.unitWan"));

        w.heading(I18n.t("reportExport.part1"), 14);
        narrative(w, pkg, NarrativePart.WORK_DONE, NarrativePart.EXPERIENCE, NarrativePart.PROBLEMS);
        tables(w, PartTables.part(model, 1));

        w.heading(I18n.t("reportExport.part2"), 14);
        tables(w, PartTables.part(model, 2));

        w.heading(I18n.t("reportExport.part3"), 14);
        tables(w, PartTables.part(model, 3));
        w.note(I18n.t("reportExport.sumNote"));

        w.heading(I18n.t("reportExport.part4"), 14);
        tables(w, PartTables.part(model, 4));

        w.heading(I18n.t("reportExport.part5"), 14);
        tables(w, PartTables.part(model, 5));

        w.heading(I18n.t("reportExport.part6"), 14);
        narrative(w, pkg, NarrativePart.POLICY, NarrativePart.CASES);
        w.heading(I18n.t("reportExport.sheet.comparison"), 12);
        int years = pkg.years().size();
        double[] widths = new double[years + 2];
        java.util.Arrays.fill(widths, 12);
        widths[0] = 40;
        w.table(ListTables.comparison(model), widths, 8);
        w.note(I18n.t("reportExport.changeNote"));
        w.endPortraitSection();

        w.heading(I18n.t("reportDocx.projects"), 14);
        w.table(ListTables.projects(null, r.projects(), "\n"), LIST, LIST_FONT);
        w.note(I18n.t("reportExport.sumNote"));
        w.note(I18n.t("reportExport.listNote"));
        w.heading(ReportLabels.threshold(r.conventions().large1()), 12);
        w.table(ListTables.projects(null, r.large().list(), "\n"), LIST, LIST_FONT);
        w.lastSection(true);
    }

    private static void narrative(DocxWriter w, ReportPackage pkg, NarrativePart... parts) {
        for (NarrativePart p : parts) {
            w.heading(p.label(), 12);
            w.text(ReportLabels.narrative(pkg.text(), p));
        }
    }

    private static void tables(DocxWriter w, ReportTable... tables) {
        for (ReportTable t : List.of(tables)) {
            w.table(t, PARTS, TABLE_FONT);
        }
    }
}
