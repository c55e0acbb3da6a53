package org.transferdesk.ui;

import java.util.function.Consumer;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** The way every list opens a row and moves from its filter box into the table, in one place. */
public final class TableKeys {
    private TableKeys() {
    }

    /** Double-click on a row, or Enter on the selected row, opens it. */
    public static <T> void openOnDoubleClickOrEnter(TableView<T> table, Consumer<T> open) {
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            T selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected);
                e.consume();
            }
        });
    }

    /** Down or Enter in the filter box moves to the first row; Esc clears the filter. */
    public static <T> void filterBoxLeadsInto(TextField filter, TableView<T> table) {
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
                table.getFocusModel().focus(0);
            } else if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });
    }
}
