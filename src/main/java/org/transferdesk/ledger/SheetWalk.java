package org.transferdesk.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.transferdesk.common.I18n;

/** The walk every sheet parser makes: each row once, in file order, with a progress step, read through its cells. */
final class SheetWalk {
    private SheetWalk() {
    }

    static <T> List<T> parse(RawSheet raw, SheetHeader header, ErrorList errors, Steps steps,
                             Function<RowCells, T> row) {
        List<T> rows = new ArrayList<>(raw.rows().size());
        String sheetName = header.sheetName();
        for (RawSheet.RawRow r : raw.rows()) {
            steps.step(() -> I18n.t("ledger.progress.checking", sheetName));
            rows.add(row.apply(new RowCells(header, r, errors)));
        }
        return rows;
    }
}
