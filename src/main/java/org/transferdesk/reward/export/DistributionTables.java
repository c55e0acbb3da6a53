package org.transferdesk.reward.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.transferdesk.common.I18n;
import org.transferdesk.export.AtomicFile;
import org.transferdesk.export.CsvCells;
import org.transferdesk.export.print.PrintableXlsx;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionJson;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.ExportedDistribution;
import org.transferdesk.reward.UnitPart;

/**
 * {@code export distributions} as CSV (one row per line, the distribution's columns repeated; headers are
 * the JSON field names so scripts read both alike; values as in the JSON) and as XLSX (a sheet of
 * distributions, a sheet of lines and a sheet of the university part's unit lines (R-UNIT-SPLIT), localized
 * headers, real numbers and dates).
 */
public final class DistributionTables {
    /** CSV columns: the distribution's fields, then the line's. Receipts are joined with ";". */
    public static final List<String> CSV_HEADERS = List.of("contractNo", "receiptDates", "receiptAmounts", "gross",
            "deducted", "net", "rate", "pool", "universityPart", "status", "staffNo", "name", "share", "amount",
            "equityShare", "keyContributor", "leaderRole", "waived", "taxExempt58", "paidOn", "taxWithheld");

    private DistributionTables() {
    }

    /** UTF-8 CSV, RFC 4180; {@code bom} for files Excel opens (not for a pipe). The writer is flushed, not closed. */
    public static void writeCsv(Writer writer, List<ExportedDistribution> distributions, boolean bom)
            throws IOException {
        if (bom) {
            writer.write('\uFEFF');
        }
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(CSV_HEADERS);
        for (ExportedDistribution e : distributions) {
            Distribution d = e.distribution();
            List<String> head = Arrays.asList(d.contractNo(),
                    d.receipts().stream().map(r -> r.receivedOn().toString()).collect(Collectors.joining(";")),
                    d.receipts().stream().map(r -> DistributionJson.amount(r.amount())).collect(Collectors.joining(";")),
                    DistributionJson.amount(d.figures().gross()), DistributionJson.amount(d.figures().deducted()),
                    DistributionJson.amount(d.figures().net()), DistributionJson.fraction(d.figures().rate()),
                    DistributionJson.amount(d.figures().pool()), DistributionJson.amount(d.figures().universityPart()),
                    d.status().name());
            if (d.lines().isEmpty()) {
                List<String> row = new ArrayList<>(head);
                row.addAll(java.util.Collections.nCopies(CSV_HEADERS.size() - head.size(), ""));
                printer.printRecord(CsvCells.safe(row));
            }
            for (int i = 0; i < d.lines().size(); i++) {
                DistributionLine l = d.lines().get(i);
                List<String> row = new ArrayList<>(head);
                row.addAll(Arrays.asList(l.staffNo(), l.name(), DistributionJson.fraction(l.share()),
                        DistributionJson.amount(l.amount()),
                        d.kind() == DistributionKind.EQUITY ? DistributionJson.fraction(l.equityShare()) : "",
                        Boolean.toString(l.keyContributor()), l.leaderRole().name(), Boolean.toString(l.waived()),
                        DistributionJson.amount(e.exemptPart(i)), l.paidOn() == null ? "" : l.paidOn().toString(),
                        DistributionJson.amount(l.taxWithheld())));
                printer.printRecord(CsvCells.safe(row));
            }
        }
        printer.flush();
    }

    public static void writeCsv(Path file, List<ExportedDistribution> distributions) {
        AtomicFile.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writeCsv(writer, distributions, true);
            writer.flush();
        });
    }

    public static void writeJson(Path file, List<ExportedDistribution> distributions) {
        AtomicFile.write(file, out -> out.write(DistributionJson.toJson(distributions).getBytes(StandardCharsets.UTF_8)));
    }

    public static void writeXlsx(Path file, List<ExportedDistribution> distributions) {
        AtomicFile.write(file, out -> {
            Workbook wb = new Workbook(out, "TransferDesk", "1.0");
            Worksheet ds = wb.newWorksheet(I18n.t("rewardExport.xlsx.distributions"));
            header(ds, new double[] {8, 16, 30, 14, 12, 24, 16, 16, 14, 16, 8, 16, 16, 10},
                    I18n.t("rewardExport.xlsx.id"), I18n.t("rewardExport.col.contractNo"), I18n.t("rewardExport.col.title"),
                    I18n.t("rewardExport.col.kind"), I18n.t("rewardExport.xlsx.basisDate"),
                    I18n.t("rewardExport.col.receivedOn"), I18n.t("rewardExport.xlsx.gross"),
                    I18n.t("rewardExport.xlsx.deducted"), I18n.t("rewardExport.xlsx.net"), I18n.t("rewardExport.xlsx.pool"),
                    I18n.t("rewardExport.xlsx.rate"), I18n.t("rewardExport.xlsx.universityPart"),
                    I18n.t("rewardExport.col.status"), I18n.t("rewardExport.xlsx.lines"));
            Worksheet ls = wb.newWorksheet(I18n.t("rewardExport.xlsx.lines"));
            header(ls, new double[] {8, 16, 10, 10, 10, 16, 12, 10, 10, 12, 14, 12, 14, 14},
                    I18n.t("rewardExport.xlsx.id"), I18n.t("rewardExport.col.contractNo"), I18n.t("rewardExport.col.staffNo"),
                    I18n.t("rewardExport.col.name"), I18n.t("rewardExport.xlsx.share"), I18n.t("rewardExport.xlsx.amount"),
                    I18n.t("rewardExport.col.equityShare"), I18n.t("rewardExport.xlsx.key"),
                    I18n.t("rewardExport.xlsx.leaderRole"), I18n.t("rewardExport.xlsx.waived"),
                    I18n.t("rewardExport.col.exempt"), I18n.t("rewardExport.col.paidOn"), I18n.t("rewardExport.col.payrollRef"),
                    I18n.t("taxwh.export.col.taxWithheld"));
            Worksheet us = wb.newWorksheet(I18n.t("rewardExport.xlsx.unitParts"));
            header(us, new double[] {8, 16, 16, 24, 12, 16}, I18n.t("rewardExport.xlsx.id"),
                    I18n.t("rewardExport.col.contractNo"), I18n.t("rewardExport.xlsx.unit"),
                    I18n.t("rewardExport.xlsx.unitName"), I18n.t("rewardExport.xlsx.unitShare"),
                    I18n.t("rewardExport.xlsx.amount"));
            int dr = 1;
            int lr = 1;
            int ur = 1;
            for (ExportedDistribution e : distributions) {
                Distribution d = e.distribution();
                ds.value(dr, 0, d.id());
                ds.value(dr, 1, d.contractNo());
                ds.value(dr, 2, d.title());
                ds.value(dr, 3, d.kind().label());
                date(ds, dr, 4, d.basisDate());
                ds.value(dr, 5, d.receipts().stream().map(r -> r.receivedOn().toString())
                        .collect(Collectors.joining("、")));
                money(ds, dr, 6, d.figures().gross());
                money(ds, dr, 7, d.figures().deducted());
                money(ds, dr, 8, d.figures().net());
                money(ds, dr, 9, d.figures().pool());
                fraction(ds, dr, 10, d.figures().rate());
                money(ds, dr, 11, d.figures().universityPart());
                ds.value(dr, 12, d.status().label());
                ds.value(dr, 13, d.lines().size());
                dr++;
                for (UnitPart u : d.unitParts()) {
                    us.value(ur, 0, d.id());
                    us.value(ur, 1, d.contractNo());
                    us.value(ur, 2, u.unit().label());
                    us.value(ur, 3, u.name());
                    fraction(us, ur, 4, u.share());
                    money(us, ur, 5, u.amount());
                    ur++;
                }
                for (int i = 0; i < d.lines().size(); i++) {
                    DistributionLine l = d.lines().get(i);
                    ls.value(lr, 0, d.id());
                    ls.value(lr, 1, d.contractNo());
                    ls.value(lr, 2, l.staffNo());
                    ls.value(lr, 3, l.name());
                    fraction(ls, lr, 4, l.share());
                    money(ls, lr, 5, l.amount());
                    if (d.kind() == DistributionKind.EQUITY) {
                        fraction(ls, lr, 6, l.equityShare());
                    }
                    ls.value(lr, 7, yesNo(l.keyContributor()));
                    ls.value(lr, 8, l.leaderRole().label());
                    ls.value(lr, 9, yesNo(l.waived()));
                    money(ls, lr, 10, e.exemptPart(i));
                    date(ls, lr, 11, l.paidOn());
                    ls.value(lr, 12, l.payrollRef());
                    money(ls, lr, 13, l.taxWithheld());
                    lr++;
                }
            }
            wb.finish();
        });
    }

    private static void header(Worksheet ws, double[] widths, String... headers) {
        for (int c = 0; c < headers.length; c++) {
            ws.value(0, c, headers[c]);
            ws.width(c, widths[c]);
        }
        ws.range(0, 0, 0, headers.length - 1).style().bold().fillColor("DDE4EE").wrapText(true).set();
        ws.rowHeight(0, 32);
        ws.freezePane(0, 1);
        ws.repeatRows(0);
        // a data sheet, but one a clerk may print: landscape, as wide as the page
        PrintableXlsx.fitToA4Width(ws, true);
    }

    private static void money(Worksheet ws, int r, int c, BigDecimal v) {
        if (v != null) {
            ws.value(r, c, v);
            ws.style(r, c).format(PrintableXlsx.MONEY).set();
        }
    }

    private static void fraction(Worksheet ws, int r, int c, BigDecimal v) {
        if (v != null) {
            ws.value(r, c, v);
            ws.style(r, c).format("0.0###%").set();
        }
    }

    private static void date(Worksheet ws, int r, int c, LocalDate v) {
        if (v != null) {
            ws.value(r, c, v);
            ws.style(r, c).format(PrintableXlsx.DATE).set();
        }
    }

    private static String yesNo(boolean b) {
        return b ? I18n.t("rewardExport.yes") : I18n.t("rewardExport.no");
    }
}
