package org.transferdesk.deal.ui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;

/**
 * A deal tab that is a table of one kind of the deal's rows with its form (approvals, costs, instalments, receipts):
 * it shows the deal's rows of that kind and puts the edited ones back, so each tab says only which rows and its form.
 */
abstract class DealRowsTab<T> extends RowsViewModel<T> implements DealTab {
    private final Function<Deal, List<T>> rowsOfDeal;
    private final BiFunction<DealBuilder, List<T>, DealBuilder> withRows;

    DealRowsTab(Function<T, Long> idOf, Function<Deal, List<T>> rowsOfDeal,
                BiFunction<DealBuilder, List<T>, DealBuilder> withRows) {
        super(idOf);
        this.rowsOfDeal = rowsOfDeal;
        this.withRows = withRows;
    }

    @Override
    public void show(Deal deal) {
        setAll(rowsOfDeal.apply(deal));
    }

    @Override
    public Deal contribute(Deal edited) {
        return withRows.apply(DealBuilder.toBuilder(edited), List.copyOf(rows())).build();
    }
}
