package org.transferdesk.disclosure.ui;

import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.transferdesk.common.I18n;
import org.transferdesk.disclosure.DisclosureSummary;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.Facets;
import org.transferdesk.ui.Navigator;
import org.transferdesk.ui.Page;
import org.transferdesk.ui.TableKeys;
import org.transferdesk.ui.TableSorting;
import org.transferdesk.ui.ViewLoader;

/** The results register list. */
public final class ResultsListView {
    @FXML
    private TextField searchField;
    @FXML
    private ComboBox<ResultStatus> statusFilter;
    @FXML
    private ComboBox<String> departmentFilter;
    @FXML
    private ComboBox<ResultType> typeFilter;
    @FXML
    private ComboBox<Integer> yearFilter;
    @FXML
    private ProgressIndicator loadingIndicator;
    @FXML
    private TableView<DisclosureSummary> table;
    @FXML
    private TableColumn<DisclosureSummary, String> noColumn;
    @FXML
    private TableColumn<DisclosureSummary, String> titleColumn;
    @FXML
    private TableColumn<DisclosureSummary, LocalDate> dateColumn;
    @FXML
    private TableColumn<DisclosureSummary, String> departmentColumn;
    @FXML
    private TableColumn<DisclosureSummary, String> typeColumn;
    @FXML
    private TableColumn<DisclosureSummary, String> fundingColumn;
    @FXML
    private TableColumn<DisclosureSummary, String> statusColumn;
    @FXML
    private TableColumn<DisclosureSummary, String> inventorsColumn;
    @FXML
    private TableColumn<DisclosureSummary, String> ipColumn;

    private final ResultsListViewModel viewModel;
    private final Navigator navigator;
    private final ExportActions export;

    public ResultsListView(ResultsListViewModel viewModel, Navigator navigator, ExportActions export) {
        this.viewModel = viewModel;
        this.navigator = navigator;
        this.export = export;
    }

    public Page build() {
        Parent node = ViewLoader.load(this);
        viewModel.load();
        return new Page(node, viewModel.totalsProperty());
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        Cells.labeledChoices(statusFilter, ResultStatus.class, I18n.t("filter.allStatuses"));
        statusFilter.valueProperty().bindBidirectional(viewModel.statusProperty());
        Cells.labeledChoices(typeFilter, ResultType.class, I18n.t("filter.allTypes"));
        typeFilter.valueProperty().bindBidirectional(viewModel.typeProperty());
        Cells.facet(departmentFilter, I18n.t("filter.allDepartments"), s -> s);
        Facets.bindChoices(departmentFilter, viewModel.departments());
        departmentFilter.valueProperty().bindBidirectional(viewModel.departmentProperty());
        Cells.facet(yearFilter, I18n.t("filter.allYears"), String::valueOf);
        Facets.bindChoices(yearFilter, viewModel.years());
        yearFilter.valueProperty().bindBidirectional(viewModel.yearProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());

        Cells.value(noColumn, DisclosureSummary::resultNo);
        Cells.value(titleColumn, DisclosureSummary::title);
        Cells.date(dateColumn, DisclosureSummary::disclosedOn);
        Cells.value(departmentColumn, DisclosureSummary::department);
        Cells.labeled(typeColumn, DisclosureSummary::resultType);
        Cells.labeled(fundingColumn, DisclosureSummary::funding);
        Cells.labeled(statusColumn, DisclosureSummary::status);
        statusColumn.setCellFactory(c -> new StatusCell());
        Cells.value(inventorsColumn, DisclosureSummary::inventors);
        Cells.value(ipColumn, DisclosureSummary::ipNumbers);
        TableSorting.show(table, viewModel.sortedRows());
        TableKeys.openOnDoubleClickOrEnter(table, row -> navigator.openResult(row.id()));
        TableKeys.filterBoxLeadsInto(searchField, table);
    }

    @FXML
    private void onNew() {
        navigator.newResult();
    }

    @FXML
    private void onOpen() {
        DisclosureSummary selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            navigator.openResult(selected.id());
        }
    }

    @FXML
    private void onExportXlsx() {
        export.exportXlsx(I18n.t("results.title"), ResultsListViewModel.exportHeaders(), viewModel::visibleRowsForExport);
    }

    @FXML
    private void onExportCsv() {
        export.exportCsv(I18n.t("results.title"), ResultsListViewModel.exportHeaders(), viewModel::visibleRowsForExport);
    }

    @FXML
    private void onRefresh() {
        viewModel.load();
    }

    @FXML
    private void onClearFilters() {
        viewModel.clearFilters();
    }

    /** Status text coloured by status (named colours in the theme). */
    private static final class StatusCell extends TableCell<DisclosureSummary, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(s -> s.startsWith("status-"));
            if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                setText(null);
                return;
            }
            setText(item);
            getStyleClass().add("status-" + getTableRow().getItem().status().name());
        }
    }
}
