package org.transferdesk.ledger;

import java.math.BigDecimal;

/**
 * A spreadsheet number formatted as a percentage: the cell holds 0.2 and shows 20%. Kept apart from a plain
 * number so a percentage column reads 20%, not 0.2%.
 */
record PercentCell(BigDecimal fraction) {
    /** What the clerk sees in the cell, e.g. "20%". */
    @Override
    public String toString() {
        BigDecimal p = fraction.movePointRight(2).stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
    }
}
