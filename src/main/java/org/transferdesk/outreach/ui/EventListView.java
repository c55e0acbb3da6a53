package org.transferdesk.outreach.ui;

import java.util.function.LongConsumer;
import org.transferdesk.outreach.EventSummary;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.ListPageView;

/** The events list: binds to {@link EventListViewModel}; opens the event editor through callbacks. */
public final class EventListView extends ListPageView<EventSummary> {
    public EventListView(EventListViewModel viewModel, ExportActions export, LongConsumer openEvent, Runnable newEvent) {
        super(viewModel, export, "outreachList.title", row -> openEvent.accept(row.id()), newEvent);
    }
}
