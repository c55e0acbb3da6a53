package org.transferdesk.deal.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** The deal editor's row tables: a table with a small form below it. */
final class RowTables {
    private RowTables() {
    }

    /** Wires a row table and its form: selecting a row loads it into the form. */
    static <T> void rows(TableView<T> table, RowsViewModel<T> vm, Button add, Button update, Button remove,
                                 Label error) {
        table.setItems(vm.rows());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> vm.edit(row));
        add.setOnAction(e -> vm.add());
        update.setOnAction(e -> vm.replace(table.getSelectionModel().getSelectedItem()));
        update.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(table.getSelectionModel().getSelectedItem()));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        error.textProperty().bind(vm.errorProperty());
    }
}
