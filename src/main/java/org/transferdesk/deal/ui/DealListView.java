package org.transferdesk.deal.ui;

import java.math.BigDecimal;
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
import org.transferdesk.common.Money;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.Facets;
import org.transferdesk.ui.Page;
import org.transferdesk.ui.TableKeys;
import org.transferdesk.ui.TableSorting;
import org.transferdesk.ui.ViewLoader;

/** The deal list (合同台账). */
public final class DealListView {
    @FXML private TextField searchField;
    @FXML private ComboBox<DealMode> modeFilter;
    @FXML private ComboBox<DealStatus> statusFilter;
    @FXML private ComboBox<Integer> yearFilter;
    @FXML private ComboBox<String> departmentFilter;
    @FXML private ComboBox<String> counterpartyFilter;
    @FXML private ComboBox<Boolean> registeredFilter;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private TableView<DealSummary> table;
    @FXML private TableColumn<DealSummary, String> noColumn;
    @FXML private TableColumn<DealSummary, String> titleColumn;
    @FXML private TableColumn<DealSummary, String> modeColumn;
    @FXML private TableColumn<DealSummary, String> counterpartyColumn;
    @FXML private TableColumn<DealSummary, LocalDate> signedColumn;
    @FXML private TableColumn<DealSummary, String> statusColumn;
    @FXML private TableColumn<DealSummary, BigDecimal> amountColumn;
    @FXML private TableColumn<DealSummary, BigDecimal> receivedColumn;
    @FXML private TableColumn<DealSummary, BigDecimal> outstandingColumn;
    @FXML private TableColumn<DealSummary, BigDecimal> overdueColumn;
    @FXML private TableColumn<DealSummary, String> departmentsColumn;
    @FXML private TableColumn<DealSummary, String> registeredColumn;

    private final DealListViewModel viewModel;
    private final DealNavigator navigator;
    private final ExportActions export;

    public DealListView(DealListViewModel viewModel, DealNavigator navigator, ExportActions export) {
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
        Cells.labeledChoices(modeFilter, DealMode.class, I18n.t("dealList.allModes"));
        modeFilter.valueProperty().bindBidirectional(viewModel.modeProperty());
        Cells.labeledChoices(statusFilter, DealStatus.class, I18n.t("filter.allStatuses"));
        statusFilter.valueProperty().bindBidirectional(viewModel.statusProperty());
        Cells.facet(yearFilter, I18n.t("filter.allYears"), String::valueOf);
        Facets.bindChoices(yearFilter, viewModel.years());
        yearFilter.valueProperty().bindBidirectional(viewModel.yearProperty());
        Cells.facet(departmentFilter, I18n.t("filter.allDepartments"), s -> s);
        Facets.bindChoices(departmentFilter, viewModel.departments());
        departmentFilter.valueProperty().bindBidirectional(viewModel.departmentProperty());
        Cells.facet(counterpartyFilter, I18n.t("dealList.allCounterparties"), s -> s);
        Facets.bindChoices(counterpartyFilter, viewModel.counterparties());
        counterpartyFilter.valueProperty().bindBidirectional(viewModel.counterpartyProperty());
        registeredFilter.getItems().setAll(null, Boolean.TRUE, Boolean.FALSE);
        Cells.facet(registeredFilter, I18n.t("dealList.allRegistered"),
                b -> b ? I18n.t("dealList.registeredYes") : I18n.t("dealList.registeredNo"));
        registeredFilter.valueProperty().bindBidirectional(viewModel.registeredProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());

        Cells.value(noColumn, DealSummary::contractNo);
        Cells.value(titleColumn, DealSummary::title);
        Cells.value(modeColumn, DealListViewModel::modeText);
        Cells.value(counterpartyColumn, DealSummary::counterparty);
        Cells.date(signedColumn, DealSummary::signedOn);
        Cells.labeled(statusColumn, DealSummary::status);
        money(amountColumn, DealSummary::contractAmount);
        money(receivedColumn, DealSummary::received);
        money(outstandingColumn, DealSummary::outstanding);
        money(overdueColumn, DealSummary::overdue);
        Cells.value(departmentsColumn, DealSummary::departments);
        Cells.value(registeredColumn, s -> DealListViewModel.yesNo(s.registered()));
        TableSorting.show(table, viewModel.sortedRows());
        TableKeys.openOnDoubleClickOrEnter(table, row -> navigator.openDeal(row.id()));
        TableKeys.filterBoxLeadsInto(searchField, table);
    }

    private static void money(TableColumn<DealSummary, BigDecimal> column,
                              java.util.function.Function<DealSummary, BigDecimal> getter) {
        Cells.value(column, getter);
        column.setCellFactory(c -> new MoneyCell<>());
    }

    /** Money right-aligned, with fixed separators. */
    static final class MoneyCell<S> extends TableCell<S, BigDecimal> {
        MoneyCell() {
            getStyleClass().add("money-cell");
            setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        }

        @Override
        protected void updateItem(BigDecimal item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Money.format(item));
        }
    }

    @FXML
    private void onNew() {
        navigator.newDeal();
    }

    @FXML
    private void onOpen() {
        DealSummary selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            navigator.openDeal(selected.id());
        }
    }

    @FXML
    private void onExportXlsx() {
        export.exportXlsx(I18n.t("dealList.title"), DealListViewModel.exportHeaders(),
                viewModel::visibleRowsForExport);
    }

    @FXML
    private void onExportCsv() {
        export.exportCsv(I18n.t("dealList.title"), DealListViewModel.exportHeaders(), viewModel::visibleRowsForExport);
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
