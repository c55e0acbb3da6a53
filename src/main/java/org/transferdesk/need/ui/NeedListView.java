package org.transferdesk.need.ui;

import java.util.function.LongConsumer;
import org.transferdesk.need.Need;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.ListPageView;

/** The needs register page: binds to {@link NeedListViewModel}; opens the need editor through callbacks. */
public final class NeedListView extends ListPageView<Need> {
    public NeedListView(NeedListViewModel viewModel, ExportActions export, LongConsumer openNeed, Runnable newNeed) {
        super(viewModel, export, "needList.title", row -> openNeed.accept(row.id()), newNeed);
    }
}
