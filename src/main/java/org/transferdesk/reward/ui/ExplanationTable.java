package org.transferdesk.reward.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import org.transferdesk.common.Money;
import org.transferdesk.reward.Explanation;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.help.HelpLinks;

/** The explanation as a table: its headers, its rows for an XLSX, its text for the clipboard. */
public final class ExplanationTable {
    private ExplanationTable() {
    }

    /** The editor's table shows these columns and the XLSX and the clipboard write them, so the three agree. */
    static final List<ListColumn<Explanation.Step>> COLUMNS = List.of(
            ListColumn.text("rewardEditor.explain.rule", 110, Explanation.Step::rule),
            ListColumn.text("rewardEditor.explain.item", 260, Explanation.Step::label),
            ListColumn.text("rewardEditor.explain.amount", 150, Explanation.Step::value).aligned(ListColumn.Align.RIGHT),
            ListColumn.text("rewardEditor.explain.detail", 700, Explanation.Step::detail));

    /** The figure column: an amount there prints as money in a workbook. */
    static final int FIGURE = 2;
    /** The workbook's columns of amounts in yuan, by position. */
    public static final Set<Integer> AMOUNT_COLUMNS = Set.of(FIGURE);

    public static List<String> headers() {
        return COLUMNS.stream().map(ListColumn::header).toList();
    }

    public static List<List<Object>> rows(List<Explanation.Step> steps) {
        return steps.stream().map(s -> COLUMNS.stream().<Object>map(c -> c.export().apply(s)).toList()).toList();
    }

    /**
     * The rows for a printed workbook: a figure that is an amount (the text {@link Money#format} wrote) becomes the
     * amount, so it prints as yuan with the other amounts and adds up in a spreadsheet; other figures (a share, a
     * contract number, a cap) stay text.
     */
    public static List<List<Object>> printRows(List<Explanation.Step> steps) {
        return rows(steps).stream().map(r -> {
            List<Object> row = new ArrayList<>(r);
            row.set(FIGURE, amountOrText(row.get(FIGURE)));
            return row;
        }).toList();
    }

    static Object amountOrText(Object figure) {
        if (!(figure instanceof String text)) {
            return figure;
        }
        // a deduction reads "−12,000.00" (a minus sign, not a hyphen): it is taken off, so it prints negative
        boolean deducted = text.startsWith(DEDUCTED);
        String amount = deducted ? text.substring(DEDUCTED.length()) : text;
        return Money.parseExact(amount).filter(n -> Money.format(n).equals(amount))
                .<Object>map(n -> deducted ? Money.of(n).negate() : Money.of(n)).orElse(text);
    }

    private static final String DEDUCTED = "\u2212";

    /** Tab-separated, header first. */
    public static String text(List<Explanation.Step> steps) {
        return String.join("\t", headers()) + rows(steps).stream()
                .map(r -> "\n" + r.stream().map(String::valueOf).collect(Collectors.joining("\t")))
                .collect(Collectors.joining());
    }

    /**
     * The 说明 tab's rule column shows each id as a link to its paragraph of the rule book, and the legend under
     * the table says in a few words what each rule of this distribution means.
     */
    @SuppressWarnings("unchecked")
    static void linkRules(TableView<Explanation.Step> table, Pane legend) {
        ((TableColumn<Explanation.Step, Explanation.Step>) table.getColumns().get(0))
                .setCellFactory(HelpLinks.ruleCells(Explanation.Step::rule));
        Runnable fill = () -> legend.getChildren().setAll(
                HelpLinks.legend(table.getItems().stream().map(Explanation.Step::rule).toList()));
        table.getItems().addListener((ListChangeListener<Explanation.Step>) c -> fill.run());
        fill.run();
    }
}
