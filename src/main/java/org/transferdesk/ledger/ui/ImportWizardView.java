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
import org.transferdesk.ledger.MappingReport;
import org.transferdesk.ledger.PreviewSample;
import org.transferdesk.ledger.SheetCounts;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.ListColumn;
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
    @FXML private TableView<ImportError> errorsTable;
    @FXML private javafx.scene.control.ComboBox<String> profileBox;
    @FXML private Button loadProfileButton;
    @FXML private Button saveProfileButton;
    @FXML private javafx.scene.control.TabPane tabs;
    @FXML private javafx.scene.control.Tab mappingTab;
    @FXML private javafx.scene.control.Tab problemsTab;
    @FXML private Label mappingSummaryLabel;
    @FXML private CheckBox attentionOnlyBox;
    @FXML private CheckBox confirmGuessesBox;
    @FXML private TableView<MappingRow> mappingTable;
    @FXML private TableColumn<MappingRow, String> mapTopicColumn;
    @FXML private TableColumn<MappingRow, String> mapWhereColumn;
    @FXML private TableColumn<MappingRow, String> mapWhatColumn;
    @FXML private TableColumn<MappingRow, Integer> mapCellsColumn;
    @FXML private TableColumn<MappingRow, MappingReport.Option> mapChoiceColumn;
    @FXML private TableColumn<MappingRow, String> mapOriginColumn;
    @FXML private javafx.scene.control.ComboBox<PreviewSample> sampleBox;
    @FXML private Label sampleNote;
    @FXML private TableView<List<String>> sampleTable;
    @FXML private TableView<ProblemGroup> groupsTable;
    @FXML private TableColumn<ProblemGroup, String> groupSheetColumn;
    @FXML private TableColumn<ProblemGroup, Integer> groupRowColumn;
    @FXML private TableColumn<ProblemGroup, String> groupColumnColumn;
    @FXML private TableColumn<ProblemGroup, ProblemGroup> groupFixColumn;
    @FXML private TableColumn<ProblemGroup, String> groupSummaryColumn;

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
        countsTable.setItems(viewModel.counts());
        Cells.columns(countsTable, List.of(ListColumn.text("import.sheet", 80, SheetCounts::sheet),
                ListColumn.of("import.rows", 80, SheetCounts::rows),
                ListColumn.of("import.created", 80, SheetCounts::created),
                ListColumn.of("import.updated", 80, SheetCounts::updated)));
        errorsTable.setItems(viewModel.errors());
        Cells.columns(errorsTable, List.of(ListColumn.text("import.sheet", 80, ImportError::sheet),
                ListColumn.of("import.row", 70, ImportError::row),
                ListColumn.text("import.column", 80, ImportError::column),
                ListColumn.text("import.message", 80, ImportError::message)));
        // where a problem is stays narrow; the message takes the rest of the width
        errorsTable.getColumns().get(0).setMaxWidth(120);
        errorsTable.getColumns().get(1).setMaxWidth(70);
        errorsTable.getColumns().get(2).setMaxWidth(140);
        initMapping(busy);
        initSample();
        initGroups();
        viewModel.loadProfiles();
    }

    private void initMapping(javafx.beans.binding.BooleanBinding busy) {
        profileBox.setItems(viewModel.profileNames());
        profileBox.valueProperty().addListener((o, a, b) -> viewModel.profileNameProperty().set(b == null ? "" : b));
        viewModel.profileNameProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(profileBox.getValue())) {
                profileBox.setValue(b);
            }
        });
        boolean enabled = viewModel.hasProfiles();
        profileBox.setDisable(!enabled);
        loadProfileButton.disableProperty().bind(busy.or(Bindings.createBooleanBinding(() -> !enabled)));
        saveProfileButton.disableProperty().bind(busy.or(Bindings.createBooleanBinding(
                () -> !enabled || viewModel.stepProperty().get() != ImportWizardViewModel.Step.CHECKED
                        && viewModel.stepProperty().get() != ImportWizardViewModel.Step.DONE,
                viewModel.stepProperty())));
        mappingSummaryLabel.textProperty().bind(viewModel.mappingSummaryProperty());
        javafx.collections.transformation.FilteredList<MappingRow> shown =
                new javafx.collections.transformation.FilteredList<>(viewModel.mappingRows());
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> attentionOnlyBox.isSelected()
                ? MappingRow::needsAttention : r -> true, attentionOnlyBox.selectedProperty()));
        mappingTable.setItems(shown);
        Cells.value(mapTopicColumn, MappingRow::topic);
        Cells.value(mapWhereColumn, MappingRow::where);
        Cells.value(mapWhatColumn, MappingRow::what);
        Cells.value(mapCellsColumn, r -> r.cells() == 0 ? null : r.cells());
        Cells.value(mapOriginColumn, MappingRow::originLabel);
        mapChoiceColumn.setCellValueFactory(c -> c.getValue().choiceProperty());
        mapChoiceColumn.setEditable(true);
        mapChoiceColumn.setCellFactory(col -> new ChoiceCell());
        confirmGuessesBox.selectedProperty().bindBidirectional(viewModel.guessesConfirmedProperty());
        confirmGuessesBox.visibleProperty().bind(viewModel.hasGuessesProperty());
        confirmGuessesBox.managedProperty().bind(viewModel.hasGuessesProperty());
        importButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !viewModel.canImport(),
                viewModel.stepProperty(), viewModel.guessesConfirmedProperty(), viewModel.mappingChangedProperty(),
                viewModel.hasGuessesProperty()));
        viewModel.stepProperty().addListener((o, a, b) -> {
            if (b == ImportWizardViewModel.Step.CHECKED && a == ImportWizardViewModel.Step.CHECKING) {
                // questions first; a clean check goes straight to what will be stored
                tabs.getSelectionModel().select(viewModel.mappingRows().stream().anyMatch(MappingRow::needsAttention)
                        ? mappingTab : viewModel.errors().isEmpty() ? tabs.getTabs().get(1) : problemsTab);
            }
        });
    }

    /** A drop-down of the line's choices, always shown so the clerk sees which lines can be changed. */
    private final class ChoiceCell extends javafx.scene.control.TableCell<MappingRow, MappingReport.Option> {
        private final javafx.scene.control.ComboBox<MappingReport.Option> combo = new javafx.scene.control.ComboBox<>();
        private MappingRow bound;

        ChoiceCell() {
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.valueProperty().addListener((o, a, b) -> {
                if (bound != null && b != null && b != bound.choiceProperty().get()) {
                    bound.choiceProperty().set(b);
                    viewModel.answer(bound);
                }
            });
        }

        @Override
        protected void updateItem(MappingReport.Option item, boolean empty) {
            super.updateItem(item, empty);
            bound = null;
            if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                setGraphic(null);
                return;
            }
            MappingRow row = getTableRow().getItem();
            combo.getItems().setAll(row.options());
            combo.setValue(row.choiceProperty().get());
            bound = row;
            setGraphic(combo);
        }
    }

    private void initSample() {
        sampleBox.setItems(viewModel.samples());
        sampleBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PreviewSample s) {
                return s == null ? "" : s.worksheet();
            }

            @Override
            public PreviewSample fromString(String text) {
                return null;
            }
        });
        viewModel.samples().addListener((javafx.collections.ListChangeListener<PreviewSample>) c ->
                sampleBox.setValue(viewModel.samples().isEmpty() ? null : viewModel.samples().get(0)));
        sampleBox.valueProperty().addListener((o, a, sample) -> showSample(sample));
    }

    private void showSample(PreviewSample sample) {
        sampleTable.getColumns().clear();
        sampleTable.getItems().clear();
        if (sample == null) {
            sampleNote.setText("");
            return;
        }
        for (int i = 0; i < sample.headers().size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(sample.headers().get(i));
            column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(
                    index < c.getValue().size() ? c.getValue().get(index) : ""));
            column.setSortable(false);
            sampleTable.getColumns().add(column);
        }
        sampleTable.getItems().setAll(sample.rows());
        sampleNote.setText(I18n.t("import.sampleNote", sample.rows().size(), sample.total()));
    }

    private void initGroups() {
        groupsTable.setItems(viewModel.problemGroups());
        Cells.value(groupSheetColumn, ProblemGroup::sheet);
        Cells.value(groupRowColumn, g -> g.firstRow() == 0 ? null : g.firstRow());
        Cells.value(groupColumnColumn, ProblemGroup::column);
        Cells.value(groupSummaryColumn, ProblemGroup::summary);
        groupFixColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        groupFixColumn.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            private final Button fix = new Button(I18n.t("import.fixInMapping"));

            @Override
            protected void updateItem(ProblemGroup group, boolean empty) {
                super.updateItem(group, empty);
                if (empty || group == null || group.fix() == null) {
                    setGraphic(null);
                    return;
                }
                fix.setOnAction(e -> showInMapping(group.fix()));
                setGraphic(fix);
            }
        });
    }

    /** One click from a problem to the mapping line that answers it. */
    private void showInMapping(MappingRow row) {
        tabs.getSelectionModel().select(mappingTab);
        if (!mappingTable.getItems().contains(row)) {
            attentionOnlyBox.setSelected(false);
        }
        mappingTable.getSelectionModel().select(row);
        mappingTable.scrollTo(row);
        mappingTable.requestFocus();
    }

    @FXML
    private void onLoadProfile() {
        viewModel.useProfile(profileBox.getEditor().getText());
    }

    @FXML
    private void onSaveProfile() {
        viewModel.profileNameProperty().set(profileBox.getEditor().getText());
        viewModel.saveProfile();
    }

    @FXML
    private void onExportProblems() {
        dialogs.chooseFileToSave(I18n.t("import.exportProblems"), viewModel.problemWorkbookName(),
                List.of(new DialogService.FileType(I18n.t("import.problemWorkbookType"), List.of("*.xlsx")),
                        new DialogService.FileType(I18n.t("file.csv"), List.of("*.csv"))))
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
