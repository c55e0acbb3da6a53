package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 20: typing into a sorted list's filter must not sort again. Counted in comparator calls, never in time: a
 * keystroke makes none, a new order or new rows sort once.
 */
class SortedFilteredRowsTest {
    private final AtomicInteger comparisons = new AtomicInteger();
    private final Comparator<String> counting = (a, b) -> {
        comparisons.incrementAndGet();
        return a.compareTo(b);
    };

    private SortedFilteredRows<String> rows(int n) {
        SortedFilteredRows<String> rows = new SortedFilteredRows<>();
        // load order is the reverse of the sorted one, so a list that did not sort would show it
        rows.setAll(IntStream.range(0, n).mapToObj(i -> String.format("row-%05d", n - 1 - i)).toList());
        rows.comparatorProperty().set(counting);
        return rows;
    }

    @ParameterizedTest
    @CsvSource({
        "1,     row-0000, 1",
        "1000,  row-000,  100",
        "1000,  row-0009, 10",
        "1000,  zzz,      0",
        "1000,  '',       1000"})
    void aKeystrokeFiltersRowsAlreadyInOrder_withoutASingleComparison(int n, String typed, int shown) {
        SortedFilteredRows<String> rows = rows(n);
        comparisons.set(0);

        rows.setPredicate(r -> r.startsWith(typed));

        assertThat(comparisons).as("comparisons for one keystroke").hasValue(0);
        assertThat(rows.shown()).hasSize(shown).isSortedAccordingTo(Comparator.naturalOrder())
                .allMatch(r -> r.startsWith(typed));
    }

    @Test
    void theRowsAreSortedOnceWhenTheOrderChanges_andShowInThatOrder() {
        SortedFilteredRows<String> rows = rows(1000);
        rows.setPredicate(r -> r.endsWith("7"));
        comparisons.set(0);

        rows.comparatorProperty().set(counting.reversed());

        // one sort of 1,000 rows: at most n·log2(n) ≈ 10,000 comparisons, far below a sort per keystroke
        assertThat(comparisons.get()).isBetween(999, 1000 * 10);
        assertThat(rows.shown()).hasSize(100).isSortedAccordingTo(Comparator.reverseOrder());
        comparisons.set(0);
        rows.setPredicate(r -> r.endsWith("3"));
        rows.setPredicate(null);
        assertThat(comparisons).hasValue(0);
        assertThat(rows.shown()).hasSize(1000).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void withoutAnOrder_theRowsShowInLoadOrder_andAnEditKeepsItsPlace() {
        SortedFilteredRows<String> rows = new SortedFilteredRows<>();
        rows.setAll(List.of("c", "a", "b"));
        assertThat(rows.shown()).containsExactly("c", "a", "b");

        rows.comparatorProperty().set(Comparator.naturalOrder());
        rows.all().set(0, "0");
        rows.all().add("d");

        assertThat(rows.shown()).containsExactly("0", "a", "b", "d");
        rows.setPredicate(r -> !r.equals("a"));
        assertThat(rows.shown()).containsExactly("0", "b", "d");
    }
}
