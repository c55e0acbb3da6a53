package org.transferdesk.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Labeled;
import org.transferdesk.common.Pinyin;

/**
 * One column of a {@link ListPage}: its header, what the cell shows, what the export writes, its alignment and its
 * order, said once. The table's columns and the XLSX/CSV headers and values are all derived from the page's list of
 * these, so the two can no longer drift apart (issue 23).
 *
 * @param headerKey  the bundle key of the header (table and export)
 * @param cell       what the table shows (and sorts by)
 * @param export     what the export writes (null: an empty cell)
 * @param width      the table column's preferred width
 * @param align      where the cell's text sits
 * @param order      how a click on the header orders the rows (by default: by the cell value, {@link #ORDER})
 * @param inTable    false: the column is only exported (e.g. the results' confidentiality flag)
 * @param styleClass a style class for the cell from its row (null, or null for a row: none), e.g. a status colour
 */
public record ListColumn<R>(String headerKey, Function<R, ?> cell, Function<R, ?> export, double width, Align align,
                            Comparator<R> order, boolean inTable, Function<R, String> styleClass) {
    /** Where a cell's text sits; MONEY: right, in the money style, with thousands separators (Money.format). */
    public enum Align { LEFT, RIGHT, MONEY }

    /**
     * What a header click does: empty first (as the table does), text by pinyin ({@link Pinyin#ORDER}, the order of
     * every list and picker), the rest in natural order. The table's own default comparator would make a new collator
     * per comparison in the machine's locale.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Comparator<Object> ORDER = Comparator.nullsFirst((a, b) -> a instanceof String s
            && b instanceof String t ? Pinyin.ORDER.compare(s, t) : ((Comparable) a).compareTo(b));

    /** A column whose cell and export show the same value. */
    public static <R> ListColumn<R> of(String headerKey, double width, Function<R, ?> value) {
        return new ListColumn<>(headerKey, value, value, width, Align.LEFT, byValue(value), true, null);
    }

    /** A text column. */
    public static <R> ListColumn<R> text(String headerKey, double width, Function<R, String> value) {
        return of(headerKey, width, value);
    }

    public static <R> ListColumn<R> date(String headerKey, double width, Function<R, LocalDate> value) {
        return of(headerKey, width, value);
    }

    /** An enum shown by its label, sorted by the label; an empty cell when absent. */
    public static <R> ListColumn<R> labeled(String headerKey, double width, Function<R, ? extends Labeled> value) {
        Function<R, String> label = r -> {
            Labeled e = value.apply(r);
            return e == null ? null : e.label();
        };
        Function<R, String> shown = r -> {
            String text = label.apply(r);
            return text == null ? "" : text;
        };
        return new ListColumn<>(headerKey, shown, label, width, Align.LEFT, byValue(shown), true, null);
    }

    /** Yuan, shown with separators and sorted by amount; the export writes the number. */
    public static <R> ListColumn<R> money(String headerKey, double width, Function<R, java.math.BigDecimal> value) {
        return ListColumn.<R>of(headerKey, width, value).aligned(Align.MONEY);
    }

    /** A yes/no flag in words. */
    public static <R> ListColumn<R> yesNo(String headerKey, double width, Function<R, Boolean> value) {
        return of(headerKey, width, r -> Boolean.TRUE.equals(value.apply(r)) ? I18n.t("common.yes")
                : I18n.t("common.no"));
    }

    private static <R> Comparator<R> byValue(Function<R, ?> value) {
        return (a, b) -> ORDER.compare(value.apply(a), value.apply(b));
    }

    /** The same column written only to the export. */
    public ListColumn<R> exportOnly() {
        return new ListColumn<>(headerKey, cell, export, width, align, order, false, styleClass);
    }

    /** The same column exporting another value than it shows. */
    public ListColumn<R> exporting(Function<R, ?> value) {
        return new ListColumn<>(headerKey, cell, value, width, align, order, inTable, styleClass);
    }

    /** The same column exporting what it shows (e.g. an empty text rather than an empty cell). */
    public ListColumn<R> exportingShown() {
        return exporting(cell);
    }

    /** The same column ordered otherwise than by its text (e.g. a deadline by the days left). */
    public ListColumn<R> sortedBy(Comparator<R> rowOrder) {
        return new ListColumn<>(headerKey, cell, export, width, align, rowOrder, inTable, styleClass);
    }

    public ListColumn<R> aligned(Align where) {
        return new ListColumn<>(headerKey, cell, export, width, where, order, inTable, styleClass);
    }

    /** The same column with cells styled by row (the theme names the classes). */
    public ListColumn<R> styled(Function<R, String> style) {
        return new ListColumn<>(headerKey, cell, export, width, align, order, inTable, style);
    }

    public String header() {
        return I18n.t(headerKey);
    }
}
