package org.transferdesk.reward.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.transferdesk.common.I18n;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionStatus;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.Facets;
import org.transferdesk.ui.Page;
import org.transferdesk.ui.TableKeys;
import org.transferdesk.ui.TableSorting;
import org.transferdesk.ui.ViewLoader;

/** The distribution list (奖励分配台账). */
public final class DistributionListView {
    @FXML private TextField searchField;
    @FXML private ComboBox<DistributionStatus> statusFilter;
    @FXML private ComboBox<DistributionKind> kindFilter;
    @FXML private ComboBox<Integer> yearFilter;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private TableView<DistributionListViewModel.Row> table;
    @FXML private TableColumn<DistributionListViewModel.Row, String> kindColumn;
    @FXML private TableColumn<DistributionListViewModel.Row, String> contractColumn;
    @FXML private TableColumn<DistributionListViewModel.Row, String> titleColumn;
    @FXML private TableColumn<DistributionListViewModel.Row, LocalDate> basisColumn;
    @FXML private TableColumn<DistributionListViewModel.Row, BigDecimal> netColumn;
    @FXML private TableColumn<DistributionListViewModel.Row, BigDecimal> poolColumn;
    @FXML private TableColumn<DistributionListViewModel.Row, String> statusColumn;
    @FXML private TableColumn<DistributionListViewModel.Row, Integer> linesColumn;
    @FXML private TableColumn<DistributionListViewModel.Row, BigDecimal> paidColumn;

    private final DistributionListViewModel viewModel;
    private final RewardNavigator navigator;
    private final ExportActions export;

    public DistributionListView(DistributionListViewModel viewModel, RewardNavigator navigator, ExportActions export) {
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
        Cells.labeledChoices(statusFilter, DistributionStatus.class, I18n.t("filter.allStatuses"));
        statusFilter.valueProperty().bindBidirectional(viewModel.statusProperty());
        Cells.labeledChoices(kindFilter, DistributionKind.class, I18n.t("rewardList.allKinds"));
        kindFilter.valueProperty().bindBidirectional(viewModel.kindProperty());
        Cells.facet(yearFilter, I18n.t("filter.allYears"), String::valueOf);
        Facets.bindChoices(yearFilter, viewModel.years());
        yearFilter.valueProperty().bindBidirectional(viewModel.yearProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());

        Cells.labeled(kindColumn, r -> r.distribution().kind());
        Cells.value(contractColumn, r -> r.distribution().contractNo());
        Cells.value(titleColumn, r -> r.distribution().title());
        Cells.date(basisColumn, r -> r.distribution().basisDate());
        Cells.value(netColumn, r -> r.distribution().figures().net());
        RewardCells.money(netColumn);
        Cells.value(poolColumn, r -> r.distribution().figures().pool());
        RewardCells.money(poolColumn);
        Cells.labeled(statusColumn, r -> r.distribution().status());
        Cells.value(linesColumn, r -> r.distribution().lines().size());
        Cells.value(paidColumn, DistributionListViewModel.Row::paid);
        RewardCells.money(paidColumn);
        TableSorting.show(table, viewModel.sortedRows());
        TableKeys.openOnDoubleClickOrEnter(table, row -> navigator.openDistribution(row.id()));
        TableKeys.filterBoxLeadsInto(searchField, table);
    }

    @FXML
    private void onNew() {
        navigator.newDistribution(null);
    }

    @FXML
    private void onProposeAll() {
        viewModel.proposeAll(viewModel.yearProperty().get());
    }

    @FXML
    private void onOpen() {
        DistributionListViewModel.Row selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            navigator.openDistribution(selected.id());
        }
    }

    @FXML
    private void onExportXlsx() {
        export.exportXlsx(I18n.t("rewardList.title"), DistributionListViewModel.exportHeaders(),
                viewModel::visibleRowsForExport);
    }

    @FXML
    private void onExportCsv() {
        export.exportCsv(I18n.t("rewardList.title"), DistributionListViewModel.exportHeaders(),
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
