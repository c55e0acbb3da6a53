package org.transferdesk.export.print;

import java.util.ArrayList;
import java.util.List;

/**
 * A printable one-page-wide sheet, independent of the file format: title, intro paragraphs, label/value
 * facts, a bordered table with an optional totals row, and closing paragraphs. Cells hold String,
 * BigDecimal (yuan, shown with two decimals), {@link Fraction} (a share shown as a percentage),
 * LocalDate, Integer or null. Every text is already in the user's language. {@code signature} lines (the
 * issuing unit and date of a notice) are printed right-aligned at the foot.
 */
public record PrintableSheet(String name, String title, List<String> intro, List<Fact> facts, List<Column> columns,
                             List<List<Object>> rows, List<Object> totals, List<String> closing, boolean landscape,
                             List<String> signature) {

    /** A label and its value, printed as a bordered row above the table. */
    public record Fact(String label, String value) {
    }

    /** A table column: header text and width in Excel units (about one Latin character). */
    public record Column(String header, double width) {
    }

    /** A fraction (0.4) shown as a percentage (40%) but kept exact. */
    public record Fraction(java.math.BigDecimal value) {
        @Override
        public String toString() {
            return value.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
    }

    /** A cell of a subtotal row: the whole row is printed bold. */
    public record Strong(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    public PrintableSheet {
        intro = List.copyOf(intro);
        facts = List.copyOf(facts);
        columns = List.copyOf(columns);
        List<List<Object>> copied = new ArrayList<>();
        for (List<Object> row : rows) {
            copied.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copied);
        totals = totals == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(totals));
        closing = List.copyOf(closing);
        signature = signature == null ? List.of() : List.copyOf(signature);
    }

    /** A sheet without signature lines. */
    public PrintableSheet(String name, String title, List<String> intro, List<Fact> facts, List<Column> columns,
                          List<List<Object>> rows, List<Object> totals, List<String> closing, boolean landscape) {
        this(name, title, intro, facts, columns, rows, totals, closing, landscape, List.of());
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}
