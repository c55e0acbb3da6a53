package org.transferdesk.ledger;

import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.transferdesk.export.AtomicFile;

/** An empty ledger workbook to fill in: the six sheets with their Chinese header rows. */
public final class LedgerTemplate {
    /** Columns Excel would otherwise turn into numbers: leading zeros lost, 18-digit ID numbers rounded. */
    private static final List<LedgerColumn> TEXT_COLUMNS = List.of(LedgerSheet.Columns.STAFF_NO,
            LedgerSheet.Columns.ID_NUMBER, LedgerSheet.Columns.RESULT_NO, LedgerSheet.Columns.APPLICATION_NO,
            LedgerSheet.Columns.INVENTORS, LedgerSheet.Columns.CONTRACT_NO,
            LedgerSheet.Columns.CREDIT_CODE, LedgerSheet.Columns.REGISTRATION_NO, LedgerSheet.Columns.RESULT_NOS,
            LedgerSheet.Columns.VOUCHER_NO);
    private static final int PREPARED_ROWS = 1000;

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
