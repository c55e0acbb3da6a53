package org.transferdesk.ui;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TableView;

/**
 * A table whose selected row is also its view model's: choosing a row sets the view model's property, and the view
 * model choosing one (after an add, a reload) selects it in the table.
 */
public final class SelectedRowSync {
    private SelectedRowSync() {
    }

    public static <R> void bind(TableView<R> table, ObjectProperty<R> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> selected.set(row));
        selected.addListener((o, was, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
    }
}
