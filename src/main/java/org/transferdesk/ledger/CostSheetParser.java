package org.transferdesk.ledger;

import static org.transferdesk.ledger.LedgerSheet.Columns.AMOUNT;
import static org.transferdesk.ledger.LedgerSheet.Columns.CATEGORY;
import static org.transferdesk.ledger.LedgerSheet.Columns.CONTRACT_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.DATE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.ledger.LedgerRows.CostRow;

/** 费用: category by label, amount greater than zero (R-NET decides later what is deductible). */
final class CostSheetParser {
    private CostSheetParser() {
    }

    static List<CostRow> parse(RawSheet raw, SheetHeader header, ErrorList errors, Steps steps) {
        return SheetWalk.parse(raw, header, errors, steps, cells -> {
            String contractNo = cells.requiredText(CONTRACT_NO, 64);
            LocalDate date = cells.requiredDate(DATE);
            CostCategory category = cells.requiredChoice(CATEGORY, CostCategory.class);
            BigDecimal amount = cells.requiredMoney(AMOUNT);
            if (amount != null && amount.signum() <= 0) {
                cells.error(AMOUNT, "ledger.costs.notPositive");
            }
            return new CostRow(cells.number(), contractNo, date, category, amount);
        });
    }
}
