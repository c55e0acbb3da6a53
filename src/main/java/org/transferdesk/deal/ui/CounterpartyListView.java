package org.transferdesk.deal.ui;

import java.util.function.LongConsumer;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.ListPageView;

/** The counterparty list: binds to {@link CounterpartyListViewModel}; opens editors through callbacks. */
public final class CounterpartyListView extends ListPageView<Counterparty> {
    /** {@code openCounterparty} opens the editor of an existing record, {@code newCounterparty} a new one. */
    public CounterpartyListView(CounterpartyListViewModel viewModel, ExportActions export,
                                LongConsumer openCounterparty, Runnable newCounterparty) {
        super(viewModel, export, "counterpartyList.title", row -> openCounterparty.accept(row.id()), newCounterparty);
    }
}
