package org.transferdesk.reward.ui;

import javafx.fxml.FXML;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.ListPageView;

/** The distribution list (奖励分配台账). */
public final class DistributionListView extends ListPageView<DistributionListViewModel.Row> {
    private final DistributionListViewModel viewModel;

    public DistributionListView(DistributionListViewModel viewModel, RewardNavigator navigator, ExportActions export) {
        super(viewModel, export, "rewardList.title", row -> navigator.openDistribution(row.id()),
                () -> navigator.newDistribution(null));
        this.viewModel = viewModel;
    }

    @FXML
    private void onProposeAll() {
        viewModel.proposeAll(viewModel.filters().year().get());
    }
}
