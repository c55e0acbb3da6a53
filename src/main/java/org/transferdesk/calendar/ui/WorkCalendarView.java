package org.transferdesk.calendar.ui;

import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.transferdesk.calendar.CalendarDay;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.EditorWindowView;
import org.transferdesk.ui.FieldErrors;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.NodeVisibility;

/** The work calendar window: binds to {@link WorkCalendarViewModel} and delegates every command to it. */
public final class WorkCalendarView extends EditorWindowView<WorkCalendarViewModel> {
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    @FXML private VBox problemsPanel;
    @FXML private VBox problemsList;
    @FXML private Spinner<Integer> yearField;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label summaryLabel;
    @FXML private Label officialLabel;
    @FXML private Label inCalendarLabel;
    @FXML private TableView<CalendarDay> daysTable;
    @FXML private DatePicker dateField;
    @FXML private ComboBox<CalendarDay.Kind> kindField;
    @FXML private TextField nameField;
    @FXML private Label dateError;
    @FXML private Label kindError;
    @FXML private Label nameError;
    @FXML private Button updateButton;
    @FXML private Button removeButton;
    @FXML private Button importButton;

    /** {@code closeRequest} closes the window (asking first when there are unsaved changes). */
    public WorkCalendarView(WorkCalendarViewModel viewModel, Runnable closeRequest) {
        super(viewModel, closeRequest);
    }

    @Override
    protected void bind() {
        SpinnerValueFactory.IntegerSpinnerValueFactory years = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                FIRST_YEAR, LAST_YEAR, viewModel.yearProperty().get());
        yearField.setValueFactory(years);
        years.valueProperty().bindBidirectional(viewModel.yearProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        officialLabel.textProperty().bind(viewModel.officialYearsProperty());
        inCalendarLabel.textProperty().bind(viewModel.yearsInCalendarProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        saveButton.disableProperty().bind(viewModel.busyProperty());
        importButton.disableProperty().bind(viewModel.busyProperty());

        Cells.columns(daysTable, List.of(ListColumn.date("workCalendar.column.date", 110, CalendarDay::date),
                ListColumn.text("workCalendar.column.weekday", 90, d -> WorkCalendarViewModel.weekday(d.date())),
                ListColumn.text("workCalendar.column.kind", 150, d -> WorkCalendarViewModel.kindLabel(d.kind())),
                ListColumn.text("workCalendar.column.name", 260, CalendarDay::name)));
        daysTable.setItems(viewModel.rows());
        daysTable.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> viewModel.select(row));
        updateButton.disableProperty().bind(daysTable.getSelectionModel().selectedItemProperty().isNull());
        removeButton.disableProperty().bind(daysTable.getSelectionModel().selectedItemProperty().isNull());

        Cells.isoDates(dateField);
        dateField.valueProperty().bindBidirectional(viewModel.form().date());
        kindField.getItems().setAll(CalendarDay.Kind.values());
        Cells.facet(kindField, "", WorkCalendarViewModel::kindLabel);
        kindField.valueProperty().bindBidirectional(viewModel.form().kind());
        nameField.textProperty().bindBidirectional(viewModel.form().name());
        FieldErrors.show(viewModel.fieldErrors(), Map.of("date", dateError, "kind", kindError, "name", nameError),
                Map.<String, Node>of("date", dateField, "kind", kindField, "name", nameField));

        NodeVisibility.shownWhen(problemsPanel, Bindings.isNotEmpty(viewModel.problems()));
        viewModel.problems().addListener((ListChangeListener<String>) c ->
                problemsList.getChildren().setAll(viewModel.problems().stream().map(Label::new).toList()));
    }

    @FXML
    private void onImport() {
        viewModel.importArrangements();
    }

    @FXML
    private void onAdd() {
        commitDateText();
        if (viewModel.add()) {
            dateField.requestFocus();
        }
    }

    @FXML
    private void onUpdate() {
        commitDateText();
        viewModel.replace(daysTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onRemove() {
        viewModel.remove(daysTable.getSelectionModel().getSelectedItem());
    }

    /** A typed date counts even when the user clicks a button without leaving the field first. */
    private void commitDateText() {
        dateField.setValue(dateField.getConverter().fromString(dateField.getEditor().getText()));
    }
}
