package org.transferdesk.reward.ui;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import org.transferdesk.common.I18n;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionStatus;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.Facets;
import org.transferdesk.ui.ListPageView;

/** The distribution list (奖励分配台账). */
public final class DistributionListView extends ListPageView<DistributionListViewModel.Row> {
    @FXML private ComboBox<DistributionStatus> statusFilter;
    @FXML private ComboBox<DistributionKind> kindFilter;
    @FXML private ComboBox<Integer> yearFilter;

    private final DistributionListViewModel viewModel;

    public DistributionListView(DistributionListViewModel viewModel, RewardNavigator navigator, ExportActions export) {
        super(viewModel, export, "rewardList.title", row -> navigator.openDistribution(row.id()),
                () -> navigator.newDistribution(null));
        this.viewModel = viewModel;
    }

    @Override
    protected void bindFilters() {
        DistributionListViewModel.Filters filters = viewModel.filters();
        Facets.bindLabeled(statusFilter, filters.status(), I18n.t("filter.allStatuses"));
        Facets.bindLabeled(kindFilter, filters.kind(), I18n.t("rewardList.allKinds"));
        Facets.bind(yearFilter, filters.year(), I18n.t("filter.allYears"), String::valueOf);
    }

    @FXML
    private void onProposeAll() {
        viewModel.proposeAll(viewModel.filters().year().get());
    }
}
