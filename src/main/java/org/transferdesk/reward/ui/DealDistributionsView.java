package org.transferdesk.reward.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.TableKeys;
import org.transferdesk.ui.ViewLoader;

/** The deal editor's "奖励分配" tab: the deal's distributions; double-click opens one, a button proposes a new one. */
public final class DealDistributionsView {
    @FXML private Label summaryLabel;
    @FXML private Button distributeButton;
    @FXML private TableView<DistributionListViewModel.Row> table;
    @FXML private TableColumn<DistributionListViewModel.Row, String> kindColumn;
    @FXML private TableColumn<DistributionListViewModel.Row, LocalDate> basisColumn;
    @FXML private TableColumn<DistributionListViewModel.Row, BigDecimal> netColumn;
    @FXML private TableColumn<DistributionListViewModel.Row, BigDecimal> poolColumn;
    @FXML private TableColumn<DistributionListViewModel.Row, String> statusColumn;
    @FXML private TableColumn<DistributionListViewModel.Row, BigDecimal> paidColumn;

    private final DealDistributionsViewModel viewModel;
    private final RewardNavigator navigator;

    public DealDistributionsView(DealDistributionsViewModel viewModel, RewardNavigator navigator) {
        this.viewModel = viewModel;
        this.navigator = navigator;
    }

    public Parent build() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        Cells.labeled(kindColumn, r -> r.distribution().kind());
        Cells.date(basisColumn, r -> r.distribution().basisDate());
        Cells.value(netColumn, r -> r.distribution().figures().net());
        RewardCells.money(netColumn);
        Cells.value(poolColumn, r -> r.distribution().figures().pool());
        RewardCells.money(poolColumn);
        Cells.labeled(statusColumn, r -> r.distribution().status());
        Cells.value(paidColumn, DistributionListViewModel.Row::paid);
        RewardCells.money(paidColumn);
        table.setItems(viewModel.rows());
        TableKeys.openOnDoubleClickOrEnter(table, row -> navigator.openDistribution(row.id()));
    }

    @FXML
    private void onDistribute() {
        if (viewModel.dealId() != null) {
            navigator.newDistribution(viewModel.dealId());
        }
    }
}
