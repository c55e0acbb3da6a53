package org.transferdesk.reward.ui;

import java.math.BigDecimal;
import javafx.scene.control.TableColumn;

/** What the reward tables share: right-aligned figures, percentages. */
final class RewardCells {
    private RewardCells() {
    }

    /** Right-aligned text (already formatted figures). */
    static <S> void right(TableColumn<S, String> column) {
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
    }

    /** A fraction (0.4) as a percentage with up to 4 decimals (40%). */
    static String percent(BigDecimal fraction) {
        return fraction == null ? "" : fraction.movePointRight(2).setScale(4, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + "%";
    }
}
