package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.StringProperty;

/**
 * Issue 20, for every list page: typing into the filter of a sorted table must not sort again. Counted in comparator
 * calls, as in {@link SortedFilteredRowsTest}, never in time.
 */
public final class KeystrokeComparisons {
    private KeystrokeComparisons() {
    }

    /**
     * Sorts the page's rows with a counting comparator, types a filter that hides every row and clears it again, and
     * returns the comparisons those two keystrokes made (0 when the rows are filtered already in order). The rows are
     * doubled first: with a single row no arrangement would need to compare, and the test could not fail.
     */
    public static <T> int count(SortedFilteredRows<T> rows, StringProperty searchText) {
        assertThat(rows.all()).as("the page's rows").isNotEmpty();
        rows.all().addAll(List.copyOf(rows.all()));
        Comparator<T> order = Comparator.comparing(Object::toString);
        AtomicInteger comparisons = new AtomicInteger();
        rows.comparatorProperty().set((a, b) -> {
            comparisons.incrementAndGet();
            return order.compare(a, b);
        });
        assertThat(comparisons.get()).as("the new order sorts the rows").isPositive();
        comparisons.set(0);

        searchText.set("\u0001 no such row \u0001");
        assertThat(rows.shown()).isEmpty();
        searchText.set("");

        assertThat(rows.shown()).hasSameSizeAs(rows.all()).isSortedAccordingTo(order);
        return comparisons.get();
    }
}
