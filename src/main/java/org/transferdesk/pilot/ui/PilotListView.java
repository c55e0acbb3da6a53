package org.transferdesk.pilot.ui;

import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.transferdesk.common.I18n;
import org.transferdesk.pilot.PilotCaseSummary;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.Facets;
import org.transferdesk.ui.Page;
import org.transferdesk.ui.TableKeys;
import org.transferdesk.ui.TableSorting;
import org.transferdesk.ui.ViewLoader;

/** The pilot case list (赋权案件台账). */
public final class PilotListView {
    @FXML private TextField searchField;
    @FXML private ComboBox<PilotStep> stepFilter;
    @FXML private ComboBox<PilotModel> modelFilter;
    @FXML private ComboBox<String> departmentFilter;
    @FXML private CheckBox dueFilter;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private MenuItem registerExportItem;
    @FXML private TableView<PilotCaseSummary> table;
    @FXML private TableColumn<PilotCaseSummary, String> caseNoColumn;
    @FXML private TableColumn<PilotCaseSummary, String> resultNoColumn;
    @FXML private TableColumn<PilotCaseSummary, String> titleColumn;
    @FXML private TableColumn<PilotCaseSummary, String> departmentColumn;
    @FXML private TableColumn<PilotCaseSummary, String> modelColumn;
    @FXML private TableColumn<PilotCaseSummary, String> stepColumn;
    @FXML private TableColumn<PilotCaseSummary, LocalDate> stepOnColumn;
    @FXML private TableColumn<PilotCaseSummary, String> shareColumn;
    @FXML private TableColumn<PilotCaseSummary, String> representativeColumn;
    @FXML private TableColumn<PilotCaseSummary, LocalDate> convertByColumn;
    @FXML private TableColumn<PilotCaseSummary, PilotCaseSummary> deadlineColumn;

    private final PilotListViewModel viewModel;
    private final PilotNavigator navigator;
    private final ExportActions export;
    private final ResultChooser chooser;
    private Runnable exportRegister;

    /** {@code chooser} asks for the result of a new case. */
    public PilotListView(PilotListViewModel viewModel, PilotNavigator navigator, ExportActions export,
                         ResultChooser chooser) {
        this.viewModel = viewModel;
        this.navigator = navigator;
        this.export = export;
        this.chooser = chooser;
    }

    /**
     * What "导出台账…" (the case register for the provincial department) calls; the menu item is shown only
     * once this is set.
     */
    public PilotListView onExportRegister(Runnable action) {
        this.exportRegister = action;
        return this;
    }

    public Page build() {
        Parent node = ViewLoader.load(this);
        registerExportItem.setVisible(exportRegister != null);
        viewModel.load();
        return new Page(node, viewModel.totalsProperty());
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        Cells.labeledChoices(stepFilter, PilotStep.class, I18n.t("pilotList.allSteps"));
        stepFilter.valueProperty().bindBidirectional(viewModel.stepProperty());
        Cells.labeledChoices(modelFilter, PilotModel.class, I18n.t("pilotList.allModels"));
        modelFilter.valueProperty().bindBidirectional(viewModel.modelProperty());
        Cells.facet(departmentFilter, I18n.t("filter.allDepartments"), s -> s);
        Facets.bindChoices(departmentFilter, viewModel.departments());
        departmentFilter.valueProperty().bindBidirectional(viewModel.departmentProperty());
        dueFilter.selectedProperty().bindBidirectional(viewModel.dueOnlyProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());

        Cells.value(caseNoColumn, PilotCaseSummary::caseNo);
        Cells.value(resultNoColumn, PilotCaseSummary::resultNo);
        Cells.value(titleColumn, PilotCaseSummary::resultTitle);
        Cells.value(departmentColumn, PilotCaseSummary::department);
        Cells.labeled(modelColumn, PilotCaseSummary::model);
        Cells.labeled(stepColumn, PilotCaseSummary::step);
        Cells.date(stepOnColumn, PilotCaseSummary::stepOn);
        Cells.value(shareColumn, PilotListViewModel::shareOrYears);
        Cells.value(representativeColumn, PilotCaseSummary::representative);
        Cells.date(convertByColumn, PilotCaseSummary::convertBy);
        Cells.value(deadlineColumn, r -> r);
        deadlineColumn.setComparator(java.util.Comparator.comparing(r -> r.deadline() == null ? Long.MAX_VALUE
                : r.deadline().daysLeft()));
        deadlineColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(PilotCaseSummary item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("deadline-overdue", "deadline-due");
                setText(empty || item == null ? null : PilotListViewModel.deadlineText(item.deadline()));
                if (!empty && item != null && item.deadline() != null && item.deadline().isDue()) {
                    getStyleClass().add(item.overdue() ? "deadline-overdue" : "deadline-due");
                }
            }
        });
        TableSorting.show(table, viewModel.sortedRows());
        TableKeys.openOnDoubleClickOrEnter(table, row -> navigator.openCase(row.id()));
        TableKeys.filterBoxLeadsInto(searchField, table);
    }

    @FXML
    private void onNew() {
        chooser.choose(I18n.t("pilotList.new")).ifPresent(navigator::startCase);
    }

    @FXML
    private void onOpen() {
        PilotCaseSummary selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            navigator.openCase(selected.id());
        }
    }

    @FXML
    private void onExportXlsx() {
        export.exportXlsx(I18n.t("pilotList.title"), PilotListViewModel.exportHeaders(),
                viewModel::visibleRowsForExport);
    }

    @FXML
    private void onExportCsv() {
        export.exportCsv(I18n.t("pilotList.title"), PilotListViewModel.exportHeaders(),
                viewModel::visibleRowsForExport);
    }

    @FXML
    private void onExportRegister() {
        if (exportRegister != null) {
            exportRegister.run();
        }
    }

    @FXML
    private void onRefresh() {
        viewModel.load();
    }

    @FXML
    private void onClearFilters() {
        viewModel.clearFilters();
    }
}
