package org.transferdesk.reward.ui;

import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
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

    public static List<String> headers() {
        return COLUMNS.stream().map(ListColumn::header).toList();
    }

    public static List<List<Object>> rows(List<Explanation.Step> steps) {
        return steps.stream().map(s -> COLUMNS.stream().<Object>map(c -> c.export().apply(s)).toList()).toList();
    }

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
