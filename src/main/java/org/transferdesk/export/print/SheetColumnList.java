package org.transferdesk.export.print;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.transferdesk.common.I18n;

/**
 * A printable sheet's table declared once as columns that each say how a row's cell is read: the headers and
 * the rows come from the same list, so a column cannot drift away from its cell. The first column numbers the
 * rows from 1 (序号). Immutable: {@link #then} returns a longer list.
 *
 * @param <R> what one row of the sheet shows
 */
public final class SheetColumnList<R> {
    private record Spec<R>(String headerKey, double width, Function<? super R, ?> cell) {
    }

    private final String numberKey;
    private final double numberWidth;
    private final List<Spec<R>> specs;

    private SheetColumnList(String numberKey, double numberWidth, List<Spec<R>> specs) {
        this.numberKey = numberKey;
        this.numberWidth = numberWidth;
        this.specs = List.copyOf(specs);
    }

    /** A table whose first column, headed by {@code headerKey}, is the row's number. */
    public static <R> SheetColumnList<R> numbered(String headerKey, double width) {
        return new SheetColumnList<>(headerKey, width, List.of());
    }

    /** This table with one more column: {@code headerKey} is a message key, {@code width} in Excel units. */
    public SheetColumnList<R> then(String headerKey, double width, Function<? super R, ?> cell) {
        List<Spec<R>> more = new ArrayList<>(specs);
        more.add(new Spec<>(headerKey, width, cell));
        return new SheetColumnList<>(numberKey, numberWidth, more);
    }

    /** The headers in the current language. */
    public List<PrintableSheet.Column> columns() {
        List<PrintableSheet.Column> columns = new ArrayList<>();
        columns.add(new PrintableSheet.Column(I18n.t(numberKey), numberWidth));
        for (Spec<R> s : specs) {
            columns.add(new PrintableSheet.Column(I18n.t(s.headerKey()), s.width()));
        }
        return columns;
    }

    /** One row per item, in order, numbered from 1; a cell may be null. */
    public List<List<Object>> rows(List<? extends R> items) {
        List<List<Object>> rows = new ArrayList<>(items.size());
        int no = 1;
        for (R item : items) {
            List<Object> row = new ArrayList<>(specs.size() + 1);
            row.add(no++);
            for (Spec<R> s : specs) {
                row.add(s.cell().apply(item));
            }
            rows.add(row);
        }
        return rows;
    }
}
