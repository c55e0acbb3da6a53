package org.transferdesk.ledger;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.transferdesk.export.AtomicFile;

/**
 * An empty ledger workbook to fill in: every sheet with its Chinese header row. The 赋权 sheet's example
 * row sits in the header cells' notes, so an untouched template still imports nothing.
 */
public final class LedgerTemplate {
    /** Columns Excel would otherwise turn into numbers: leading zeros lost, 18-digit ID numbers rounded. */
    private static final List<LedgerColumn> TEXT_COLUMNS = List.of(LedgerSheet.Columns.STAFF_NO,
            LedgerSheet.Columns.ID_NUMBER, LedgerSheet.Columns.RESULT_NO, LedgerSheet.Columns.APPLICATION_NO,
            LedgerSheet.Columns.INVENTORS, LedgerSheet.Columns.CONTRACT_NO,
            LedgerSheet.Columns.CREDIT_CODE, LedgerSheet.Columns.REGISTRATION_NO, LedgerSheet.Columns.RESULT_NOS,
            LedgerSheet.Columns.VOUCHER_NO);
    private static final int PREPARED_ROWS = 1000;
    /** 赋权: an example value and the rule of each column (the file format is Chinese, like the headers). */
    private static final Map<LedgerColumn, String> PILOT_NOTES = Map.of(
            LedgerSheet.Columns.RESULT_NO, "例：R-2024-0001（成果须已在成果表或系统中，类型可赋权）",
            LedgerSheet.Columns.PILOT_MODEL, "例：所有权（或 长期使用权）",
            LedgerSheet.Columns.TEAM_SHARE, "例：70（即 70%；所有权必填，大于 0 小于 100）",
            LedgerSheet.Columns.USE_YEARS, "例：10（长期使用权必填，不少于规定年限）",
            LedgerSheet.Columns.PUBLICITY_FROM, "例：2024-03-01",
            LedgerSheet.Columns.PUBLICITY_TO, "例：2024-03-16（不早于公示开始加公示天数）",
            LedgerSheet.Columns.AGREEMENT_ON, "例：2024-04-10（晚于公示结束）",
            LedgerSheet.Columns.REGISTERED_ON, "例：2024-06-20（仅所有权；不早于协议日期）",
            LedgerSheet.Columns.CONVERT_BY, "例：2026-04-10（晚于协议日期）");

    private LedgerTemplate() {
    }

    public static void write(Path xlsxFile) {
        AtomicFile.write(xlsxFile, out -> {
            Workbook workbook = new Workbook(out, "TransferDesk", "1.0");
            for (LedgerSheet sheet : LedgerSheet.values()) {
                Worksheet ws = workbook.newWorksheet(sheet.sheetName());
                List<LedgerColumn> columns = sheet.columns();
                for (int c = 0; c < columns.size(); c++) {
                    LedgerColumn column = columns.get(c);
                    ws.value(0, c, column.name());
                    ws.width(c, column.templateWidth());
                    if (sheet == LedgerSheet.PILOTS && PILOT_NOTES.containsKey(column)) {
                        ws.comment(0, c, PILOT_NOTES.get(column));
                    }
                    if (TEXT_COLUMNS.contains(column)) {
                        ws.range(1, c, PREPARED_ROWS, c).style().format("@").set();
                    }
                }
                ws.range(0, 0, 0, columns.size() - 1).style().bold().set();
                ws.freezePane(0, 1);
            }
            workbook.finish();
        });
    }
}
