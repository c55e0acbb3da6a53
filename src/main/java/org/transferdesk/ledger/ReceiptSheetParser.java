package org.transferdesk.ledger;

import static org.transferdesk.ledger.LedgerSheet.Columns.AMOUNT;
import static org.transferdesk.ledger.LedgerSheet.Columns.CONTRACT_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.RECEIVED_ON;
import static org.transferdesk.ledger.LedgerSheet.Columns.VOUCHER_NO;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.transferdesk.ledger.LedgerRows.ReceiptRow;

/** 到账: a negative amount is a refund, zero is no receipt; the date must not lie in the future. */
final class ReceiptSheetParser {
    private ReceiptSheetParser() {
    }

    static List<ReceiptRow> parse(RawSheet raw, SheetHeader header, ErrorList errors, LocalDate today, Steps steps) {
        return SheetWalk.parse(raw, header, errors, steps, cells -> {
            String contractNo = cells.requiredText(CONTRACT_NO, 64);
            LocalDate receivedOn = cells.requiredDate(RECEIVED_ON);
            if (receivedOn != null && receivedOn.isAfter(today)) {
                cells.error(RECEIVED_ON, "validation.dateInFuture", "deal.receivedOn");
            }
            BigDecimal amount = cells.requiredMoney(AMOUNT);
            if (amount != null && amount.signum() == 0) {
                cells.error(AMOUNT, "ledger.receipts.zero");
            }
            String voucherNo = cells.text(VOUCHER_NO, 64);
            return new ReceiptRow(cells.number(), contractNo, receivedOn, amount, voucherNo);
        });
    }
}
