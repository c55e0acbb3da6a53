package org.transferdesk.deal.ui;

import java.util.function.LongConsumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.EnterpriseSize;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.Facets;
import org.transferdesk.ui.Page;
import org.transferdesk.ui.TableKeys;
import org.transferdesk.ui.TableSorting;
import org.transferdesk.ui.ViewLoader;

/** The counterparty list: binds to {@link CounterpartyListViewModel}; opens editors through callbacks. */
public final class CounterpartyListView {
    @FXML private TextField searchField;
    @FXML private ComboBox<String> regionFilter;
    @FXML private ComboBox<String> industryFilter;
    @FXML private ComboBox<EnterpriseSize> sizeFilter;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private TableView<Counterparty> table;
    @FXML private TableColumn<Counterparty, String> nameColumn;
    @FXML private TableColumn<Counterparty, String> creditCodeColumn;
    @FXML private TableColumn<Counterparty, String> regionColumn;
    @FXML private TableColumn<Counterparty, String> industryColumn;
    @FXML private TableColumn<Counterparty, String> sizeColumn;
    @FXML private TableColumn<Counterparty, String> contactColumn;

    private final CounterpartyListViewModel viewModel;
    private final ExportActions export;
    private final LongConsumer openCounterparty;
    private final Runnable newCounterparty;

    /** {@code openCounterparty} opens the editor of an existing record, {@code newCounterparty} a new one. */
    public CounterpartyListView(CounterpartyListViewModel viewModel, ExportActions export,
                                LongConsumer openCounterparty, Runnable newCounterparty) {
        this.viewModel = viewModel;
        this.export = export;
        this.openCounterparty = openCounterparty;
        this.newCounterparty = newCounterparty;
    }

    public Page build() {
        Parent node = ViewLoader.load(this);
        viewModel.load();
        return new Page(node, viewModel.totalsProperty());
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        Cells.facet(regionFilter, I18n.t("counterpartyList.allRegions"), s -> s);
        Facets.bindChoices(regionFilter, viewModel.regions());
        regionFilter.valueProperty().bindBidirectional(viewModel.regionProperty());
        Cells.facet(industryFilter, I18n.t("counterpartyList.allIndustries"), s -> s);
        Facets.bindChoices(industryFilter, viewModel.industries());
        industryFilter.valueProperty().bindBidirectional(viewModel.industryProperty());
        Cells.labeledChoices(sizeFilter, EnterpriseSize.class, I18n.t("counterpartyList.allSizes"));
        sizeFilter.valueProperty().bindBidirectional(viewModel.sizeProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());

        Cells.value(nameColumn, Counterparty::name);
        Cells.value(creditCodeColumn, Counterparty::creditCode);
        Cells.value(regionColumn, Counterparty::region);
        Cells.value(industryColumn, Counterparty::industry);
        Cells.labeled(sizeColumn, Counterparty::size);
        Cells.value(contactColumn, Counterparty::contact);
        TableSorting.show(table, viewModel.sortedRows());
        TableKeys.openOnDoubleClickOrEnter(table, row -> openCounterparty.accept(row.id()));
        TableKeys.filterBoxLeadsInto(searchField, table);
    }

    @FXML
    private void onNew() {
        newCounterparty.run();
    }

    @FXML
    private void onOpen() {
        Counterparty selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            openCounterparty.accept(selected.id());
        }
    }

    @FXML
    private void onExportXlsx() {
        export.exportXlsx(I18n.t("counterpartyList.title"), CounterpartyListViewModel.exportHeaders(),
                viewModel::visibleRowsForExport);
    }

    @FXML
    private void onExportCsv() {
        export.exportCsv(I18n.t("counterpartyList.title"), CounterpartyListViewModel.exportHeaders(),
                viewModel::visibleRowsForExport);
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
