package org.transferdesk.reward.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.converter.DefaultStringConverter;

/**
 * The editor's 代扣个税 column: typed per unpaid cash line while a payment can be recorded. F2 (or Enter)
 * on a row edits its tax, Enter keeps it, Esc drops it; leaving the cell keeps what was typed too, so a
 * click on 发放 right after typing does not lose it.
 */
final class TaxWithheldColumn {
    private TaxWithheldColumn() {
    }

    static void bind(TableView<DistributionEditorViewModel.LineRow> table,
                     TableColumn<DistributionEditorViewModel.LineRow, String> column,
                     DistributionEditorViewModel viewModel, ObservableBooleanValue editable) {
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(
                viewModel.taxWithheldText(c.getValue())));
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.editableProperty().bind(editable);
        column.setCellFactory(c -> new CommittingCell(viewModel));
        column.setOnEditCommit(e -> {
            viewModel.setTaxWithheld(e.getRowValue().position(), e.getNewValue());
            table.refresh();
            keepFocus(table);
        });
        column.setOnEditCancel(e -> keepFocus(table));
        // a filter: the table's own F2 handling edits the focused cell, which in row selection has no column
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            var row = table.getSelectionModel().getSelectedItem();
            if ((e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) && table.getEditingCell() == null
                    && row != null && column.isEditable() && column.isVisible() && viewModel.acceptsTaxWithheld(row)) {
                table.scrollToColumn(column);
                table.edit(table.getSelectionModel().getSelectedIndex(), column);
                e.consume();
            }
        });
    }

    /**
     * The refreshed cells drop the focus: give it back to the table so the next line can be typed at once,
     * unless the user moved it elsewhere (a click on 发放 commits the cell and must keep its focus).
     */
    private static void keepFocus(TableView<?> table) {
        javafx.scene.Node owner = table.getScene() == null ? null : table.getScene().getFocusOwner();
        while (owner != null && owner != table) {
            owner = owner.getParent();
        }
        if (owner == table || table.getScene() != null && table.getScene().getFocusOwner() == null) {
            table.requestFocus();
        }
    }

    /** A text cell that only edits lines taking a tax, and commits when the focus leaves it. */
    private static final class CommittingCell extends TextFieldTableCell<DistributionEditorViewModel.LineRow, String> {
        private final DistributionEditorViewModel viewModel;
        private boolean listening;

        CommittingCell(DistributionEditorViewModel viewModel) {
            super(new DefaultStringConverter());
            this.viewModel = viewModel;
        }

        @Override
        public void startEdit() {
            var row = getTableRow() == null ? null : getTableRow().getItem();
            if (row == null || !viewModel.acceptsTaxWithheld(row)) {
                return;
            }
            super.startEdit();
            // the cell keeps its text field from one edit to the next: listen once
            if (!listening && getGraphic() instanceof TextField field) {
                listening = true;
                field.focusedProperty().addListener((o, was, now) -> {
                    if (was && !now && isEditing()) {
                        commitEdit(field.getText());
                    }
                });
            }
        }
    }
}
