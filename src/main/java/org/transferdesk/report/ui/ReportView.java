package org.transferdesk.report.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.transferdesk.common.I18n;
import org.transferdesk.report.DataCheck;
import org.transferdesk.report.NarrativePart;
import org.transferdesk.report.TraceLine;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.LiveData;
import org.transferdesk.ui.Page;
import org.transferdesk.ui.SettingsForms;
import org.transferdesk.ui.TableKeys;
import org.transferdesk.ui.ViewLoader;

/**
 * 年度报告 / Annual report: the year, the figures in tabs, and under them the records behind the selected
 * figure. Enter or a double click opens a project, a data check's record or a trace line; Ctrl+S saves the
 * text.
 */
public final class ReportView {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    @FXML private Label yearLabel;
    @FXML private ComboBox<Integer> yearCombo;
    @FXML private ProgressIndicator progress;
    @FXML private Button xlsxButton;
    @FXML private Button docxButton;
    @FXML private Button jsonButton;
    @FXML private Button conventionsButton;
    @FXML private Label warningLabel;
    @FXML private TabPane tabs;
    @FXML private javafx.scene.control.SplitPane split;
    @FXML private VBox tracePane;
    @FXML private Tab overviewTab;
    @FXML private Tab partsTab;
    @FXML private Tab checksTab;
    @FXML private Tab textTab;
    @FXML private TableView<FigureTable.Row> overviewTable;
    @FXML private ListView<FigureTable> sectionList;
    @FXML private TableView<FigureTable.Row> sectionTable;
    @FXML private TableView<ProjectColumns.Line> projectTable;
    @FXML private TableView<DataCheck> checksTable;
    @FXML private Label draftLabel;
    @FXML private Label staffLabel;
    @FXML private TextField staffField;
    @FXML private Label managersLabel;
    @FXML private TextField managersField;
    @FXML private VBox partsBox;
    @FXML private VBox problemsBox;
    @FXML private Button saveTextButton;
    @FXML private Label traceTitle;
    @FXML private TableView<TraceLine> traceTable;
    @FXML private Label traceTotal;

    /** The toolbar's commands that are the application's business (files, windows). */
    public interface Commands {
        void exportXlsx();

        void exportDocx();

        void exportJson();

        void conventions();
    }

    private final ReportViewModel viewModel;
    private final Commands commands;
    private boolean resettingYear;

    public ReportView(ReportViewModel viewModel, Commands commands) {
        this.viewModel = viewModel;
        this.commands = commands;
    }

    public Page build() {
        Parent node = ViewLoader.load(this);
        node.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                tabs.getSelectionModel().select(textTab);
                onSaveText();
            }
        });
        viewModel.load();
        LiveData.whileShown(node, viewModel::setShown);
        ReportTextViewModel text = viewModel.text();
        return new Page(node, viewModel.statusProperty(), org.transferdesk.ui.UnsavedWork.of(text::isDirty, after -> {
            tabs.getSelectionModel().select(textTab);
            text.save(after);
        }));
    }

    @FXML
    private void initialize() {
        yearLabel.setLabelFor(yearCombo);
        yearCombo.setItems(viewModel.years());
        yearCombo.setValue(viewModel.yearProperty().get());
        yearCombo.valueProperty().addListener((o, old, now) -> {
            if (resettingYear || now == null) {
                return;
            }
            if (!viewModel.chooseYear(now)) {
                resettingYear = true;
                yearCombo.setValue(old);
                resettingYear = false;
            }
        });
        viewModel.yearProperty().addListener((o, a, b) -> {
            resettingYear = true;
            yearCombo.setValue(b);
            resettingYear = false;
        });
        progress.visibleProperty().bind(viewModel.loadingProperty());
        for (Button b : new Button[] {xlsxButton, docxButton, jsonButton}) {
            b.disableProperty().bind(viewModel.reportProperty().isNull().or(viewModel.loadingProperty()));
        }
        warningLabel.textProperty().bind(viewModel.checksWarningProperty());
        warningLabel.visibleProperty().bind(viewModel.checksWarningProperty().isNotEmpty());
        warningLabel.managedProperty().bind(warningLabel.visibleProperty());
        checksTab.textProperty().bind(viewModel.checksTitleProperty());
        figures();
        projects();
        checks();
        text();
        trace();
    }

    private void figures() {
        FigureTables.track(overviewTable, viewModel.trace());
        viewModel.overviewProperty().addListener((o, a, table) -> FigureTables.show(overviewTable, table));
        FigureTables.track(sectionTable, viewModel.trace());
        sectionList.setItems(viewModel.sections());
        sectionList.getSelectionModel().selectedItemProperty().addListener((o, a, table) -> {
            if (table != null) {
                FigureTables.show(sectionTable, table);
            }
        });
        viewModel.sections().addListener((ListChangeListener<FigureTable>) c -> {
            int keep = Math.max(0, sectionList.getSelectionModel().getSelectedIndex());
            sectionList.getSelectionModel().clearSelection();
            if (!viewModel.sections().isEmpty()) {
                sectionList.getSelectionModel().select(Math.min(keep, viewModel.sections().size() - 1));
            }
        });
    }

    private void projects() {
        Cells.columns(projectTable, ProjectColumns.columns());
        projectTable.setItems(viewModel.projects());
        TableKeys.openOnDoubleClickOrEnter(projectTable, viewModel::openProject);
    }

    private void checks() {
        Cells.columns(checksTable, List.of(ListColumn.labeled("reportCheckCol.kind", 220, DataCheck::kind),
                ListColumn.text("reportCheckCol.record", 420, c -> c.record().label()),
                ListColumn.date("reportCheckCol.date", 110, DataCheck::date),
                ListColumn.money("reportCheckCol.amount", 150, DataCheck::amount)));
        checksTable.setItems(viewModel.checks());
        TableKeys.openOnDoubleClickOrEnter(checksTable, c -> viewModel.open(c.record()));
    }

    private void text() {
        ReportTextViewModel text = viewModel.text();
        staffLabel.setLabelFor(staffField);
        managersLabel.setLabelFor(managersField);
        staffField.textProperty().bindBidirectional(text.officeStaffProperty());
        managersField.textProperty().bindBidirectional(text.technologyManagersProperty());
        for (NarrativePart part : NarrativePart.values()) {
            TextArea area = new TextArea();
            area.setId("part-" + part.name());
            area.setWrapText(true);
            area.setPrefRowCount(5);
            area.textProperty().bindBidirectional(text.partProperty(part));
            Label label = new Label(part.label());
            label.setLabelFor(area);
            label.getStyleClass().add("section-title");
            partsBox.getChildren().addAll(label, area);
        }
        draftLabel.textProperty().bind(text.draftHintProperty());
        draftLabel.visibleProperty().bind(text.draftHintProperty().isNotEmpty());
        draftLabel.managedProperty().bind(draftLabel.visibleProperty());
        SettingsForms.problemLines(text.problems(), problemsBox);
        saveTextButton.disableProperty().bind(text.busyProperty());
        textTab.textProperty().bind(javafx.beans.binding.Bindings.when(text.dirtyProperty())
                .then(I18n.t("reportTab.text") + " *").otherwise(I18n.t("reportTab.text")));
    }

    private void trace() {
        TraceViewModel trace = viewModel.trace();
        traceTitle.textProperty().bind(trace.titleProperty());
        traceTotal.textProperty().bind(trace.totalProperty());
        Cells.columns(traceTable, List.of(
                ListColumn.text("reportTrace.record", 460, l -> l.record().type().label() + " · " + l.record().label()),
                ListColumn.date("reportTrace.date", 110, TraceLine::date),
                ListColumn.money("reportTrace.amount", 150, TraceLine::amount)));
        traceTable.setItems(trace.lines());
        TableKeys.openOnDoubleClickOrEnter(traceTable, trace::open);
        // The trace belongs to the figure tabs; the list, checks and text get the whole height.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            boolean figures = tab == overviewTab || tab == partsTab;
            if (figures && !split.getItems().contains(tracePane)) {
                split.getItems().add(tracePane);
                split.setDividerPositions(0.68);
            } else if (!figures) {
                split.getItems().remove(tracePane);
            }
        });
    }

    @FXML
    private void onSaveText() {
        viewModel.text().save(saved -> { });
    }

    @FXML
    private void onExportXlsx() {
        commands.exportXlsx();
    }

    @FXML
    private void onExportDocx() {
        commands.exportDocx();
    }

    @FXML
    private void onExportJson() {
        commands.exportJson();
    }

    @FXML
    private void onConventions() {
        commands.conventions();
    }

    @FXML
    private void onRefresh() {
        viewModel.reload();
    }
}
