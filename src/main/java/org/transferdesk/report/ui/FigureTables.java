package org.transferdesk.report.ui;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** Shows a {@link FigureTable} in a table whose cells can be selected; the selected cell's figure is traced. */
final class FigureTables {
    private FigureTables() {
    }

    /** Rebuilds the columns for {@code table} (a label column, then one per figure column). */
    static void show(TableView<FigureTable.Row> view, FigureTable table) {
        if (table == null) {
            view.getColumns().clear();
            view.getItems().clear();
            return;
        }
        TablePosition<?, ?> was = view.getSelectionModel().getSelectedCells().isEmpty() ? null
                : view.getSelectionModel().getSelectedCells().get(0);
        boolean sameShape = view.getColumns().size() == table.columns().size() + 1
                && java.util.Objects.equals(view.getUserData(), table.title());
        view.getColumns().clear();
        TableColumn<FigureTable.Row, String> label = new TableColumn<>(table.title());
        label.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().label()));
        label.setPrefWidth(340);
        label.setSortable(false);
        view.getColumns().add(label);
        for (int i = 0; i < table.columns().size(); i++) {
            int index = i;
            TableColumn<FigureTable.Row, Figure> column = new TableColumn<>(table.columns().get(i));
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cell(index)));
            column.setCellFactory(c -> new FigureCell());
            column.getStyleClass().add("number-column");
            column.setPrefWidth(table.columns().size() == 1 ? 220 : 130);
            column.setSortable(false);
            view.getColumns().add(column);
        }
        view.getItems().setAll(table.rows());
        view.setUserData(table.title());
        if (sameShape && was != null && was.getRow() < table.rows().size()) {
            view.getSelectionModel().clearAndSelect(was.getRow(), view.getColumns().get(was.getColumn()));
        }
    }

    /** Cell selection, and each selected cell shows its records in the trace panel. */
    static void track(TableView<FigureTable.Row> view, TraceViewModel trace) {
        view.getSelectionModel().setCellSelectionEnabled(true);
        view.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        view.getSelectionModel().getSelectedCells().addListener((javafx.beans.Observable c) -> {
            if (view.getSelectionModel().getSelectedCells().isEmpty()) {
                return;
            }
            TablePosition<?, ?> pos = view.getSelectionModel().getSelectedCells().get(0);
            if (pos.getRow() < 0 || pos.getRow() >= view.getItems().size()) {
                return;
            }
            FigureTable.Row row = view.getItems().get(pos.getRow());
            int column = Math.max(1, pos.getColumn()) - 1;
            String header = view.getColumns().size() > 2 ? view.getColumns().get(column + 1).getText() : null;
            trace.show(row.label(), header, row.cell(column));
        });
    }

    private static final class FigureCell extends TableCell<FigureTable.Row, Figure> {
        @Override
        protected void updateItem(Figure figure, boolean empty) {
            super.updateItem(figure, empty);
            setText(empty || figure == null ? null : figure.text());
            setTooltip(empty || figure == null || figure.exact() == null ? null : new Tooltip(figure.exact()));
        }
    }
}
