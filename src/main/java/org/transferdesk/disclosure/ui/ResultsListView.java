package org.transferdesk.disclosure.ui;

import org.transferdesk.disclosure.DisclosureSummary;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.ListPageView;
import org.transferdesk.ui.Navigator;

/** The results register list. */
public final class ResultsListView extends ListPageView<DisclosureSummary> {
    public ResultsListView(ResultsListViewModel viewModel, Navigator navigator, ExportActions export) {
        super(viewModel, export, "results.title", row -> navigator.openResult(row.id()), navigator::newResult);
    }
}
