package org.transferdesk.ledger;

import static org.transferdesk.ledger.LedgerSheet.Columns.AMOUNT;
import static org.transferdesk.ledger.LedgerSheet.Columns.CONTRACT_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.RECEIVED_ON;
import static org.transferdesk.ledger.LedgerSheet.Columns.VOUCHER_NO;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.I18n;
import org.transferdesk.ledger.LedgerRows.ReceiptRow;

/** 到账: a negative amount is a refund, zero is no receipt; the date must not lie in the future. */
final class ReceiptSheetParser {
    private ReceiptSheetParser() {
    }

    static List<ReceiptRow> parse(RawSheet raw, SheetHeader header, ErrorList errors, LocalDate today, Steps steps) {
        List<ReceiptRow> rows = new ArrayList<>(raw.rows().size());
        String sheetName = header.sheetName();
        for (RawSheet.RawRow r : raw.rows()) {
            steps.step(() -> I18n.t("ledger.progress.checking", sheetName));
            RowCells cells = new RowCells(header, r, errors);
            String contractNo = cells.text(CONTRACT_NO, 64);
            cells.required(CONTRACT_NO);
            LocalDate receivedOn = cells.date(RECEIVED_ON);
            cells.required(RECEIVED_ON);
            if (receivedOn != null && receivedOn.isAfter(today)) {
                cells.error(RECEIVED_ON, "validation.dateInFuture", "deal.receivedOn");
            }
            BigDecimal amount = cells.money(AMOUNT);
            cells.required(AMOUNT);
            if (amount != null && amount.signum() == 0) {
                cells.error(AMOUNT, "ledger.receipts.zero");
            }
            String voucherNo = cells.text(VOUCHER_NO, 64);
            rows.add(new ReceiptRow(r.number(), contractNo, receivedOn, amount, voucherNo));
        }
        return rows;
    }
}
