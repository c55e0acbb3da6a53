package org.transferdesk.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.VBox;
import org.transferdesk.common.I18n;

/**
 * The tables an editor edits in place (inventors, a pilot's team): their typed columns and the buttons that act on
 * the selected row, said once rather than as {@code @FXML} columns and handlers in each editor (issue 23).
 */
public final class EditorTables {
    private EditorTables() {
    }

    /**
     * The table's columns: the read-only ones from {@link ListColumn} descriptions, as {@link Cells#columns}, then the
     * ones the user types in, in that order.
     */
    @SafeVarargs
    public static <R> void columns(TableView<R> table, List<ListColumn<R>> readOnly, TableColumn<R, ?>... editable) {
        Cells.columns(table, readOnly);
        table.getColumns().forEach(c -> c.setEditable(false));
        for (TableColumn<R, ?> column : editable) {
            table.getColumns().add(column);
        }
    }

    /** A column whose cell is typed as text into the row's property (a share is text until saved). */
    public static <R> TableColumn<R, String> typed(String headerKey, double width, Function<R, StringProperty> value) {
        TableColumn<R, String> column = column(headerKey, width);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        return column;
    }

    /** A column of check boxes bound to the row's property. */
    public static <R> TableColumn<R, Boolean> checked(String headerKey, double width,
                                                      Function<R, BooleanProperty> value) {
        TableColumn<R, Boolean> column = column(headerKey, width);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setCellFactory(CheckBoxTableCell.forTableColumn(column));
        return column;
    }

    private static <R, T> TableColumn<R, T> column(String headerKey, double width) {
        TableColumn<R, T> column = new TableColumn<>(I18n.t(headerKey));
        Theme.zoomedWidth(column, width);
        return column;
    }

    /** The button acts on the selected row; with none selected it does nothing. */
    public static <R> void onSelected(Button button, TableView<R> table, Consumer<R> action) {
        button.setOnAction(e -> {
            R row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                action.accept(row);
            }
        });
    }

    /** Up and down move the selected row by one place ({@code move} gets the row and -1 or 1); it stays selected. */
    public static <R> void moves(Button up, Button down, TableView<R> table, BiConsumer<R, Integer> move) {
        onSelected(up, table, row -> moveAndSelect(table, move, row, -1));
        onSelected(down, table, row -> moveAndSelect(table, move, row, 1));
    }

    private static <R> void moveAndSelect(TableView<R> table, BiConsumer<R, Integer> move, R row, int delta) {
        move.accept(row, delta);
        table.getSelectionModel().select(row);
    }

    /** A sub-form's problems, one wrapped error line each; the box shows only when there are some. */
    public static void problems(VBox box, List<String> problems) {
        box.getChildren().setAll(problems.stream().map(text -> {
            Label label = new Label(text);
            label.setWrapText(true);
            label.getStyleClass().add("field-error");
            return label;
        }).toList());
        box.setVisible(!problems.isEmpty());
        box.setManaged(box.isVisible());
    }
}
