package org.transferdesk.deal.ui;

import org.transferdesk.deal.DealSummary;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.ListPageView;

/** The deal list (合同台账): binds to {@link DealListViewModel}; opens deals through the navigator. */
public final class DealListView extends ListPageView<DealSummary> {
    public DealListView(DealListViewModel viewModel, DealNavigator navigator, ExportActions export) {
        super(viewModel, export, "dealList.title", row -> navigator.openDeal(row.id()), navigator::newDeal);
    }
}
