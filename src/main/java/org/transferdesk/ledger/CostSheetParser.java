package org.transferdesk.ledger;

import static org.transferdesk.ledger.LedgerSheet.Columns.AMOUNT;
import static org.transferdesk.ledger.LedgerSheet.Columns.CATEGORY;
import static org.transferdesk.ledger.LedgerSheet.Columns.CONTRACT_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.DATE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.ledger.LedgerRows.CostRow;

/** 费用: category by label, amount greater than zero (R-NET decides later what is deductible). */
final class CostSheetParser {
    private CostSheetParser() {
    }

    static List<CostRow> parse(RawSheet raw, SheetHeader header, ErrorList errors, Steps steps) {
        List<CostRow> rows = new ArrayList<>(raw.rows().size());
        String sheetName = header.sheetName();
        for (RawSheet.RawRow r : raw.rows()) {
            steps.step(() -> I18n.t("ledger.progress.checking", sheetName));
            RowCells cells = new RowCells(header, r, errors);
            String contractNo = cells.text(CONTRACT_NO, 64);
            cells.required(CONTRACT_NO);
            LocalDate date = cells.date(DATE);
            cells.required(DATE);
            CostCategory category = cells.choice(CATEGORY, CostCategory.class);
            cells.required(CATEGORY);
            BigDecimal amount = cells.money(AMOUNT);
            cells.required(AMOUNT);
            if (amount != null && amount.signum() <= 0) {
                cells.error(AMOUNT, "ledger.costs.notPositive");
            }
            rows.add(new CostRow(r.number(), contractNo, date, category, amount));
        }
        return rows;
    }
}
