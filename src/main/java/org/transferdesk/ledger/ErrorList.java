package org.transferdesk.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every error of an import (never stopping at the first) and lists them in file order. */
final class ErrorList {
    private record Entry(int sheetOrder, ImportError error) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** {@code sheet} null for problems of the source as a whole. */
    void add(LedgerSheet sheet, ImportError error) {
        entries.add(new Entry(sheet == null ? -1 : sheet.ordinal(), error));
    }

    void addAll(ErrorList other) {
        entries.addAll(other.entries);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** By sheet, then row; errors of one row keep the order they were found in. */
    List<ImportError> sorted() {
        return entries.stream()
                .sorted(Comparator.comparingInt(Entry::sheetOrder).thenComparingInt(e -> e.error().row()))
                .map(Entry::error).toList();
    }
}
