package org.transferdesk.deal.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.ObligationKind;
import org.transferdesk.deal.ui.DealObligationsViewModel.Line;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.FxmlPaneView;
import org.transferdesk.ui.SelectedRowSync;

/** The obligations tab of the deal editor: an editable table bound to {@link DealObligationsViewModel}. */
public final class DealObligationsView extends FxmlPaneView<DealObligationsViewModel> {
    @FXML private Button obligationAddButton;
    @FXML private Button obligationRemoveButton;
    @FXML private ProgressIndicator obligationBusyIndicator;
    @FXML private Label obligationMessageLabel;
    @FXML private TableView<Line> obligationsTable;
    @FXML private VBox problemsList;
    /** A new line's first cell to type in. */
    private TableColumn<Line, LocalDate> dueOnColumn;

    public DealObligationsView(DealObligationsViewModel viewModel) {
        super(viewModel);
    }

    @Override
    protected void bind() {
        obligationsTable.setItems(viewModel.lines());
        obligationsTable.editableProperty().bind(viewModel.noCommands().not());
        dueOnColumn = editable("dealObligations.dueOn", 140, Line::dueOnProperty, c -> new DateCell());
        obligationsTable.getColumns().setAll(List.of(
                editable("dealObligations.kind", 140, Line::kindProperty, ComboBoxTableCell.forTableColumn(
                        Cells.shownAs("", ObligationKind::label), ObligationKind.values())),
                dueOnColumn,
                editable("dealObligations.description", 420, Line::descriptionProperty,
                        TextFieldTableCell.forTableColumn())));

        SelectedRowSync.bind(obligationsTable, viewModel.selectedProperty());

        obligationAddButton.disableProperty().bind(viewModel.noCommands());
        obligationRemoveButton.disableProperty().bind(viewModel.noRemove());
        obligationBusyIndicator.visibleProperty().bind(viewModel.busyProperty());
        obligationMessageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.problems().addListener((ListChangeListener<String>) c -> problemsList.getChildren()
                .setAll(viewModel.problems().stream().map(m -> {
                    Label l = new Label(m);
                    l.getStyleClass().add("field-error");
                    return l;
                }).toList()));
    }

    /** A column that edits a line's property in place with the given cells. */
    private static <T> TableColumn<Line, T> editable(String titleKey, double width,
                                                      Function<Line, Property<T>> property,
                                                      Callback<TableColumn<Line, T>, TableCell<Line, T>> cells) {
        TableColumn<Line, T> column = new TableColumn<>(I18n.t(titleKey));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> property.apply(c.getValue()));
        column.setCellFactory(cells);
        return column;
    }

    /** Shows the date as yyyy-MM-dd; edits it with a date picker (typing or choosing). */
    private static final class DateCell extends TableCell<Line, LocalDate> {
        private DatePicker picker;

        @Override
        public void startEdit() {
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            picker = new DatePicker(getItem());
            Cells.isoDates(picker);
            picker.setOnAction(e -> commitEdit(picker.getValue()));
            picker.focusedProperty().addListener((o, was, now) -> {
                if (!now && isEditing()) {
                    commitEdit(picker.getConverter().fromString(picker.getEditor().getText()));
                }
            });
            setText(null);
            setGraphic(picker);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            picker.requestFocus();
            picker.getEditor().selectAll();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            show(getItem());
        }

        @Override
        protected void updateItem(LocalDate item, boolean empty) {
            super.updateItem(item, empty);
            if (empty) {
                setText(null);
                setGraphic(null);
            } else if (isEditing() && picker != null) {
                picker.setValue(item);
            } else {
                show(item);
            }
        }

        private void show(LocalDate item) {
            setText(item == null ? "" : item.toString());
            setGraphic(null);
            setContentDisplay(ContentDisplay.TEXT_ONLY);
        }
    }

    @FXML
    private void onAdd() {
        Line line = viewModel.add();
        int row = viewModel.lines().indexOf(line);
        obligationsTable.layout();
        obligationsTable.scrollTo(row);
        obligationsTable.edit(row, dueOnColumn);
    }

    @FXML
    private void onRemove() {
        viewModel.remove();
    }
}
