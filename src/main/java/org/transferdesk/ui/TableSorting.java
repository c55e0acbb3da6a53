package org.transferdesk.ui;

import javafx.scene.control.TableView;

/** Shows {@link SortedFilteredRows} in a table whose column headers sort them. */
public final class TableSorting {
    private TableSorting() {
    }

    /**
     * The rows follow the table's sort order; the policy answers "sorted" because the rows sort themselves (the
     * default policy sorts only a SortedList and would refuse a filtered one, undoing the click).
     */
    public static <T> void show(TableView<T> table, SortedFilteredRows<T> rows) {
        rows.comparatorProperty().bind(table.comparatorProperty());
        table.setSortPolicy(t -> true);
        table.setItems(rows.shown());
    }
}
