package org.transferdesk.settings.ui;

import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.transferdesk.common.I18n;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.EditorWindowView;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.SettingsForms;

/** A window for a group of dated office rules: one field per rule, the date of effect, the history. */
public final class DatedRulesView extends EditorWindowView<DatedRulesViewModel> {
    @FXML private GridPane grid;
    @FXML private Label hintLabel;
    @FXML private VBox problemsList;
    @FXML private TableView<DatedRulesViewModel.HistoryRow> historyTable;

    private final Map<String, String> prompts;
    private final String hint;

    /** {@code prompts}: an example value per key (may be empty); {@code hint}: a line under the fields. */
    public DatedRulesView(DatedRulesViewModel viewModel, Runnable closeRequest, Map<String, String> prompts,
                          String hint) {
        super(viewModel, closeRequest);
        this.prompts = prompts;
        this.hint = hint;
    }

    @Override
    protected void bind() {
        int row = 0;
        for (String key : viewModel.keys()) {
            TextField field = new TextField();
            field.setId("rule-" + key.replace('.', '-'));
            field.setPromptText(prompts.getOrDefault(key, ""));
            field.textProperty().bindBidirectional(viewModel.valueProperty(key));
            SettingsForms.labelledRow(grid, row++, viewModel.label(key), field);
        }
        DatePicker fromField = new DatePicker();
        Cells.isoDates(fromField);
        fromField.valueProperty().bindBidirectional(viewModel.fromProperty());
        grid.addRow(row, new Label(I18n.t("datedRules.from")), fromField);
        hintLabel.setText(hint == null ? "" : hint);
        hintLabel.setManaged(hint != null);
        Cells.columns(historyTable, List.of(
                ListColumn.text("datedRules.setting", 220, DatedRulesViewModel.HistoryRow::setting),
                ListColumn.date("datedRules.from", 110, DatedRulesViewModel.HistoryRow::from),
                ListColumn.text("datedRules.value", 300, DatedRulesViewModel.HistoryRow::value)));
        historyTable.setItems(viewModel.history());
        SettingsForms.problemLines(viewModel.problems(), problemsList);
        saveButton.disableProperty().bind(viewModel.busyProperty());
    }
}
