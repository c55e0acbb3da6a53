package org.transferdesk.ip.ui;

import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.transferdesk.common.I18n;
import org.transferdesk.ip.IpListRow;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.Facets;
import org.transferdesk.ui.Navigator;
import org.transferdesk.ui.Page;
import org.transferdesk.ui.TableKeys;
import org.transferdesk.ui.TableSorting;
import org.transferdesk.ui.ViewLoader;

/** The IP register list; opening a row opens the result that owns the asset. */
public final class IpListView {
    @FXML
    private TextField searchField;
    @FXML
    private ComboBox<IpType> typeFilter;
    @FXML
    private ComboBox<IpStatus> statusFilter;
    @FXML
    private ComboBox<Integer> yearFilter;
    @FXML
    private ProgressIndicator loadingIndicator;
    @FXML
    private TableView<IpListRow> table;
    @FXML
    private TableColumn<IpListRow, String> numberColumn;
    @FXML
    private TableColumn<IpListRow, String> typeColumn;
    @FXML
    private TableColumn<IpListRow, String> titleColumn;
    @FXML
    private TableColumn<IpListRow, String> resultNoColumn;
    @FXML
    private TableColumn<IpListRow, LocalDate> filedColumn;
    @FXML
    private TableColumn<IpListRow, LocalDate> grantedColumn;
    @FXML
    private TableColumn<IpListRow, String> statusColumn;
    @FXML
    private TableColumn<IpListRow, String> ownersColumn;
    @FXML
    private TableColumn<IpListRow, LocalDate> termColumn;

    private final IpListViewModel viewModel;
    private final Navigator navigator;
    private final ExportActions export;

    public IpListView(IpListViewModel viewModel, Navigator navigator, ExportActions export) {
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
        Cells.labeledChoices(typeFilter, IpType.class, I18n.t("filter.allTypes"));
        typeFilter.valueProperty().bindBidirectional(viewModel.typeProperty());
        Cells.labeledChoices(statusFilter, IpStatus.class, I18n.t("filter.allIpStatuses"));
        statusFilter.valueProperty().bindBidirectional(viewModel.statusProperty());
        Cells.facet(yearFilter, I18n.t("filter.allFilingYears"), String::valueOf);
        Facets.bindChoices(yearFilter, viewModel.years());
        yearFilter.valueProperty().bindBidirectional(viewModel.yearProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());

        Cells.value(numberColumn, IpListRow::applicationNo);
        Cells.labeled(typeColumn, IpListRow::type);
        Cells.value(titleColumn, IpListViewModel::displayTitle);
        Cells.value(resultNoColumn, IpListRow::resultNo);
        Cells.date(filedColumn, IpListRow::filedOn);
        Cells.date(grantedColumn, IpListRow::grantedOn);
        Cells.labeled(statusColumn, IpListRow::status);
        Cells.value(ownersColumn, IpListRow::owners);
        Cells.date(termColumn, IpListRow::termEnd);
        TableSorting.show(table, viewModel.sortedRows());
        TableKeys.openOnDoubleClickOrEnter(table, row -> navigator.openResult(row.disclosureId()));
        TableKeys.filterBoxLeadsInto(searchField, table);
    }

    @FXML
    private void onOpenResult() {
        IpListRow selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            navigator.openResult(selected.disclosureId());
        }
    }

    @FXML
    private void onExportXlsx() {
        export.exportXlsx(I18n.t("ipList.title"), IpListViewModel.exportHeaders(), viewModel::visibleRowsForExport);
    }

    @FXML
    private void onExportCsv() {
        export.exportCsv(I18n.t("ipList.title"), IpListViewModel.exportHeaders(), viewModel::visibleRowsForExport);
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
