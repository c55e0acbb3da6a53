package org.transferdesk.reward.ui;

import java.math.BigDecimal;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import org.transferdesk.common.Money;

/** Cell factories the reward tables share: money right-aligned with separators, wrapped text. */
final class RewardCells {
    private RewardCells() {
    }

    static <S> void money(TableColumn<S, BigDecimal> column) {
        column.setCellFactory(c -> new TableCell<>() {
            {
                getStyleClass().add("money-cell");
                setAlignment(Pos.CENTER_RIGHT);
            }

            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Money.format(item));
            }
        });
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
