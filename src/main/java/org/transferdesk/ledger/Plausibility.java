package org.transferdesk.ledger;

import static org.transferdesk.ledger.LedgerSheet.Columns.AMOUNT;
import static org.transferdesk.ledger.LedgerSheet.Columns.CONTRACT_AMOUNT;
import static org.transferdesk.ledger.LedgerSheet.Columns.RECEIVED_ON;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.transferdesk.common.Money;
import org.transferdesk.ledger.LedgerRows.ContractRow;
import org.transferdesk.ledger.LedgerRows.ReceiptRow;

/**
 * Figures that are valid but unlikely, said in the preview before anything is written (issue 17): a contract under
 * 1,000 yuan in a column that names no unit (万元 written as yuan?), receipts adding up to more than the contract,
 * a receipt dated before the contract was signed. The clerk reads them and imports, or fixes the ledger.
 */
final class Plausibility {
    static final BigDecimal SMALL_CONTRACT = new BigDecimal("1000.00");

    private Plausibility() {
    }

    static void check(LedgerRows.SheetRows<ContractRow> contracts, LedgerRows.SheetRows<ReceiptRow> receipts,
                      ErrorList notices) {
        SheetHeader ch = contracts.header();
        Map<String, ContractRow> byNo = new HashMap<>();
        for (ContractRow c : contracts.rows()) {
            if (c.contractNo() != null) {
                byNo.putIfAbsent(c.contractNo(), c);
            }
            if (c.amount() != null && c.amount().signum() > 0 && c.amount().compareTo(SMALL_CONTRACT) < 0
                    && !ch.unitStated(CONTRACT_AMOUNT)) {
                notices.add(ch.sheet(), ch.error(c.row(), CONTRACT_AMOUNT, "ledger.warn.smallAmount",
                        Money.format(c.amount())));
            }
        }
        SheetHeader rh = receipts.header();
        Map<String, BigDecimal> received = new HashMap<>();
        Map<String, Integer> lastRow = new HashMap<>();
        for (ReceiptRow r : receipts.rows()) {
            ContractRow c = r.contractNo() == null ? null : byNo.get(r.contractNo());
            if (c == null || r.amount() == null) {
                continue;
            }
            received.merge(r.contractNo(), r.amount(), BigDecimal::add);
            lastRow.put(r.contractNo(), r.row());
            if (r.receivedOn() != null && c.signedOn() != null && r.receivedOn().isBefore(c.signedOn())) {
                notices.add(rh.sheet(), rh.error(r.row(), RECEIVED_ON, "ledger.warn.receiptBeforeSigning",
                        r.contractNo(), c.signedOn()));
            }
        }
        received.forEach((no, sum) -> {
            ContractRow c = byNo.get(no);
            if (c.amount() != null && c.amount().signum() > 0 && sum.compareTo(c.amount()) > 0) {
                notices.add(rh.sheet(), rh.error(lastRow.get(no), AMOUNT, "ledger.warn.receivedMore", no,
                        Money.format(sum), Money.format(c.amount())));
            }
        });
    }
}
