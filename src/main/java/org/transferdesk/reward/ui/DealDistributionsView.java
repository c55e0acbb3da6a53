package org.transferdesk.reward.ui;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.FxmlPaneView;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.TableKeys;

/** The deal editor's "奖励分配" tab: the deal's distributions; double-click opens one, a button proposes a new one. */
public final class DealDistributionsView extends FxmlPaneView<DealDistributionsViewModel> {
    @FXML private Label summaryLabel;
    @FXML private Button distributeButton;
    @FXML private TableView<DistributionListViewModel.Row> table;

    private final RewardNavigator navigator;

    public DealDistributionsView(DealDistributionsViewModel viewModel, RewardNavigator navigator) {
        super(viewModel);
        this.navigator = navigator;
    }

    @Override
    protected void bind() {
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        Cells.columns(table, List.<ListColumn<DistributionListViewModel.Row>>of(
                ListColumn.labeled("reward.kind", 130, r -> r.distribution().kind()),
                ListColumn.date("reward.basisDate", 100, r -> r.distribution().basisDate()),
                ListColumn.money("reward.net", 130, r -> r.distribution().figures().net()),
                ListColumn.money("reward.pool", 130, r -> r.distribution().figures().pool()),
                ListColumn.labeled("reward.status", 80, r -> r.distribution().status()),
                ListColumn.money("reward.paidAmount", 130, DistributionListViewModel.Row::paid)));
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
