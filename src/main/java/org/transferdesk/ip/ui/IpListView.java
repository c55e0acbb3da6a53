package org.transferdesk.ip.ui;

import org.transferdesk.ip.IpListRow;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.ListPageView;
import org.transferdesk.ui.Navigator;

/** The IP register list; opening a row opens the result that owns the asset. */
public final class IpListView extends ListPageView<IpListRow> {
    public IpListView(IpListViewModel viewModel, Navigator navigator, ExportActions export) {
        super(viewModel, export, "ipList.title", row -> navigator.openResult(row.disclosureId()));
    }
}
