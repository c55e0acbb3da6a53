package org.transferdesk.export;

import java.nio.file.Path;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.PublicityNotice;
import org.transferdesk.export.print.PrintableXlsx;

/**
 * Writes a {@link PublicityNotice} as a one-sheet workbook laid out for printing on A4 portrait: a bold
 * centred title, the results as a bordered table, then the facts as bordered label/value rows, all
 * within four columns that fit the page width.
 */
public final class PublicityNoticeXlsx {
    private static final double[] WIDTHS = {16, 44, 16, 14};
    private static final int LAST_COL = WIDTHS.length - 1;

    private PublicityNoticeXlsx() {
    }

    public static void write(Path xlsxFile, PublicityNotice notice) {
        AtomicFile.write(xlsxFile, out -> {
            Workbook workbook = new Workbook(out, "TransferDesk", "1.0");
            Worksheet ws = workbook.newWorksheet(I18n.t("publicityNotice.sheet"));
            PrintableXlsx.a4WithSideMargins(ws, false, 0.7f, WIDTHS);
            int row = 0;
            ws.value(row, 0, notice.title());
            ws.range(row, 0, row, LAST_COL).merge();
            ws.range(row, 0, row, LAST_COL).style().bold().fontSize(16).horizontalAlignment("center").set();
            ws.rowHeight(row, 32);
            row += 2;
            ws.value(row, 0, notice.intro());
            ws.range(row, 0, row, LAST_COL).merge();
            ws.range(row, 0, row, LAST_COL).style().wrapText(true).verticalAlignment("top").set();
            ws.rowHeight(row, 36);
            row += 2;

            String[] headers = {I18n.t("publicityNotice.resultNo"), I18n.t("publicityNotice.resultName"),
                    I18n.t("publicityNotice.resultType")};
            ws.value(row, 0, headers[0]);
            ws.value(row, 1, headers[1]);
            ws.value(row, 2, headers[2]);
            ws.range(row, 2, row, LAST_COL).merge();
            ws.range(row, 0, row, LAST_COL).style().bold().borderStyle(BorderStyle.THIN)
                    .horizontalAlignment("center").set();
            row++;
            for (PublicityNotice.ResultLine r : notice.results()) {
                ws.value(row, 0, r.resultNo());
                ws.value(row, 1, r.name());
                ws.value(row, 2, r.type());
                ws.range(row, 2, row, LAST_COL).merge();
                ws.range(row, 0, row, LAST_COL).style().borderStyle(BorderStyle.THIN).wrapText(true)
                        .verticalAlignment("center").set();
                row++;
            }
            row++;
            for (PublicityNotice.Line line : notice.lines()) {
                ws.value(row, 0, line.label());
                ws.value(row, 1, line.value());
                ws.range(row, 1, row, LAST_COL).merge();
                ws.range(row, 0, row, LAST_COL).style().borderStyle(BorderStyle.THIN).wrapText(true)
                        .verticalAlignment("center").set();
                ws.style(row, 0).bold().borderStyle(BorderStyle.THIN).verticalAlignment("center").set();
                ws.rowHeight(row, 22);
                row++;
            }
            row++;
            ws.value(row, 0, notice.footer());
            ws.range(row, 0, row, LAST_COL).merge();
            ws.range(row, 0, row, LAST_COL).style().wrapText(true).set();
            ws.rowHeight(row, 32);
            workbook.finish();
        });
    }
}
