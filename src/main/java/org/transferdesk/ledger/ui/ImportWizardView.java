package org.transferdesk.ledger.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.transferdesk.common.I18n;
import org.transferdesk.ledger.ImportError;
import org.transferdesk.ledger.SheetCounts;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.ViewLoader;

/** The import wizard window's content. */
public final class ImportWizardView {
    @FXML private Label sourceLabel;
    @FXML private CheckBox updateExistingBox;
    @FXML private CheckBox includeHiddenBox;
    @FXML private Button checkButton;
    @FXML private Button importButton;
    @FXML private Button cancelButton;
    @FXML private Button closeButton;
    @FXML private Button exportProblemsButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label messageLabel;
    @FXML private TableView<SheetCounts> countsTable;
    @FXML private TableColumn<SheetCounts, String> sheetColumn;
    @FXML private TableColumn<SheetCounts, Integer> rowsColumn;
    @FXML private TableColumn<SheetCounts, Integer> createdColumn;
    @FXML private TableColumn<SheetCounts, Integer> updatedColumn;
    @FXML private TableView<ImportError> errorsTable;
    @FXML private TableColumn<ImportError, String> errSheetColumn;
    @FXML private TableColumn<ImportError, Integer> errRowColumn;
    @FXML private TableColumn<ImportError, String> errColumnColumn;
    @FXML private TableColumn<ImportError, String> errMessageColumn;

    private final ImportWizardViewModel viewModel;
    private final DialogService dialogs;
    private final Runnable close;

    public ImportWizardView(ImportWizardViewModel viewModel, DialogService dialogs, Runnable close) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.close = close;
    }

    public Parent build() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        sourceLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.sourceProperty().get() == null
                ? I18n.t("import.noSource") : viewModel.sourceProperty().get().toString(), viewModel.sourceProperty()));
        updateExistingBox.selectedProperty().bindBidirectional(viewModel.updateExistingProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        var busy = Bindings.createBooleanBinding(viewModel::isBusy, viewModel.stepProperty());
        progressBar.visibleProperty().bind(busy);
        cancelButton.visibleProperty().bind(busy);
        checkButton.disableProperty().bind(busy);
        updateExistingBox.disableProperty().bind(busy);
        includeHiddenBox.selectedProperty().bindBidirectional(viewModel.includeHiddenProperty());
        includeHiddenBox.disableProperty().bind(busy);
        closeButton.disableProperty().bind(busy);
        exportProblemsButton.disableProperty().bind(Bindings.isEmpty(viewModel.errors()));
        importButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !viewModel.canImport(),
                viewModel.stepProperty()));
        countsTable.setItems(viewModel.counts());
        Cells.value(sheetColumn, SheetCounts::sheet);
        Cells.value(rowsColumn, SheetCounts::rows);
        Cells.value(createdColumn, SheetCounts::created);
        Cells.value(updatedColumn, SheetCounts::updated);
        errorsTable.setItems(viewModel.errors());
        Cells.value(errSheetColumn, ImportError::sheet);
        Cells.value(errRowColumn, ImportError::row);
        Cells.value(errColumnColumn, ImportError::column);
        Cells.value(errMessageColumn, ImportError::message);
    }

    @FXML
    private void onExportProblems() {
        dialogs.chooseFileToSave(I18n.t("import.exportProblems"), I18n.t("import.problemsFile"),
                List.of(new DialogService.FileType(I18n.t("file.csv"), List.of("*.csv"))))
                .ifPresent(viewModel::exportProblems);
    }

    @FXML
    private void onChooseFile() {
        dialogs.chooseFileToOpen(I18n.t("import.chooseFile"),
                List.of(new DialogService.FileType(I18n.t("file.ledger"), List.of("*.xlsx", "*.xls", "*.et", "*.csv"))))
                .ifPresent(viewModel.sourceProperty()::set);
    }

    @FXML
    private void onChooseFolder() {
        dialogs.chooseDirectory(I18n.t("import.chooseFolder")).ifPresent(viewModel.sourceProperty()::set);
    }

    @FXML
    private void onCheck() {
        viewModel.check();
    }

    @FXML
    private void onImport() {
        viewModel.runImport();
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }

    @FXML
    private void onClose() {
        close.run();
    }
}
