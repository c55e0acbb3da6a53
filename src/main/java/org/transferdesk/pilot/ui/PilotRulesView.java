package org.transferdesk.pilot.ui;

import java.time.LocalDate;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.transferdesk.pilot.PilotSettings;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ViewLoader;

/** The "赋权规则…" window of the settings page. */
public final class PilotRulesView {
    @FXML private TextField publicityDaysField;
    @FXML private TextField minUseYearsField;
    @FXML private TextField shortFirstTermField;
    @FXML private TextField reminderDaysField;
    @FXML private DatePicker fromField;
    @FXML private VBox problemsList;
    @FXML private TableView<PilotRulesViewModel.HistoryRow> historyTable;
    @FXML private TableColumn<PilotRulesViewModel.HistoryRow, String> settingColumn;
    @FXML private TableColumn<PilotRulesViewModel.HistoryRow, LocalDate> fromColumn;
    @FXML private TableColumn<PilotRulesViewModel.HistoryRow, String> valueColumn;
    @FXML private Button saveButton;

    private final PilotRulesViewModel viewModel;
    private final Runnable closeRequest;

    public PilotRulesView(PilotRulesViewModel viewModel, Runnable closeRequest) {
        this.viewModel = viewModel;
        this.closeRequest = closeRequest;
    }

    public Parent build() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        publicityDaysField.textProperty().bindBidirectional(viewModel.valueProperty(PilotSettings.PUBLICITY_DAYS));
        minUseYearsField.textProperty().bindBidirectional(viewModel.valueProperty(PilotSettings.MIN_USE_YEARS));
        shortFirstTermField.textProperty().bindBidirectional(viewModel.valueProperty(PilotSettings.SHORT_FIRST_TERM));
        reminderDaysField.textProperty().bindBidirectional(viewModel.valueProperty(PilotSettings.REMINDER_DAYS));
        Cells.isoDates(fromField);
        fromField.valueProperty().bindBidirectional(viewModel.fromProperty());
        Cells.value(settingColumn, PilotRulesViewModel.HistoryRow::setting);
        Cells.date(fromColumn, PilotRulesViewModel.HistoryRow::from);
        Cells.value(valueColumn, PilotRulesViewModel.HistoryRow::value);
        historyTable.setItems(viewModel.history());
        viewModel.problems().addListener((ListChangeListener<String>) c -> problemsList.getChildren().setAll(
                viewModel.problems().stream().map(m -> {
                    Label l = new Label(m);
                    l.getStyleClass().add("field-error");
                    return l;
                }).toList()));
        saveButton.disableProperty().bind(viewModel.busyProperty());
    }

    @FXML
    private void onSave() {
        viewModel.save(ok -> { });
    }

    @FXML
    private void onClose() {
        closeRequest.run();
    }
}
