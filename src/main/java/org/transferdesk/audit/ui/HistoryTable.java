package org.transferdesk.audit.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.AuditLabels;
import org.transferdesk.audit.AuditVocabulary;
import org.transferdesk.audit.FieldChange;
import org.transferdesk.common.I18n;

/**
 * Shows a record's audit history in a table a view declares in FXML: one readable entry per save (issue 24 item 1),
 * its fields labelled and its values displayed by the {@link AuditVocabulary} the features supply.
 */
public final class HistoryTable {
    /**
     * One save: who, when, what kind, a one-line summary ("修改了 2 个字段：合同状态 审批中→已签订；…") and the same
     * changes one a line, for the detail pane.
     */
    public record Line(String at, String actor, String action, String summary, String details) {
    }

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private HistoryTable() {
    }

    public static List<Line> lines(List<AuditEntry> entries) {
        return lines(AuditVocabulary.installed(), entries);
    }

    public static List<Line> lines(AuditVocabulary vocabulary, List<AuditEntry> entries) {
        List<Line> lines = new ArrayList<>();
        for (AuditEntry e : entries) {
            List<String> details = new ArrayList<>();
            for (FieldChange c : e.changes()) {
                details.addAll(details(vocabulary, e, c));
            }
            // a change made outside TransferDesk, recorded by the shared database itself (issue 22)
            String action = e.byDatabase() ? I18n.t("history.byDatabase", e.action().label()) : e.action().label();
            lines.add(new Line(AT.format(e.at()), e.actor(), action, summary(e, details), String.join("\n", details)));
        }
        return lines;
    }

    private static String summary(AuditEntry e, List<String> details) {
        int n = e.changes().size();
        if (n == 0) {
            return "";
        }
        String count = isNew(e) ? I18n.t("history.summary.filled", n) : I18n.t("history.summary.changed", n);
        return I18n.t("historyLine.summary", count, String.join(I18n.t("historyLine.joiner"), details));
    }

    private static List<String> details(AuditVocabulary vocabulary, AuditEntry e, FieldChange c) {
        String label = vocabulary.label(e.entity(), c.field());
        if (!isNew(e) && vocabulary.listed(e.entity(), c.field())) {
            return rowsAddedAndRemoved(vocabulary, e.entity(), label, c);
        }
        String after = vocabulary.display(e, c.field(), c.after());
        if (c.before() == null && isNew(e)) {
            // a new record has no "before": its fields read as a form does
            return List.of(I18n.t("history.detail.set", label, after));
        }
        String before = vocabulary.display(e, c.field(), c.before());
        return List.of(I18n.t("history.detail.changed", label, shownOrEmpty(before), shownOrEmpty(after)));
    }

    /**
     * A child table's rows as the save changed them: "到账 2026-11-20 ¥10,000.00 新增", "… 删除". A row whose values
     * were edited reads as the old row removed and the new one added; rows the save left alone are not repeated.
     */
    private static List<String> rowsAddedAndRemoved(AuditVocabulary vocabulary, String entity, String label,
                                                    FieldChange c) {
        List<String> before = rows(c.before());
        List<String> after = rows(c.after());
        List<String> removed = new ArrayList<>(before);
        after.forEach(removed::remove);
        List<String> added = new ArrayList<>(after);
        before.forEach(added::remove);
        List<String> shown = new ArrayList<>();
        for (String row : removed) {
            shown.add(I18n.t("historyLine.rowRemoved", label, vocabulary.display(entity, c.field(), row)));
        }
        for (String row : added) {
            shown.add(I18n.t("historyLine.rowAdded", label, vocabulary.display(entity, c.field(), row)));
        }
        return shown;
    }

    private static List<String> rows(String value) {
        return value == null ? List.of() : Arrays.asList(value.split(AuditLabels.ITEM_SEPARATOR, -1));
    }

    /** Created and imported records have no "before" (the import and the demo write whole records). */
    private static boolean isNew(AuditEntry e) {
        return e.action() == AuditAction.CREATE || e.action() == AuditAction.IMPORT;
    }

    private static String shownOrEmpty(String value) {
        return value.isEmpty() ? I18n.t("history.emptyValue") : value;
    }

    /**
     * Binds the table to the entries; columns are given in order: at, actor, action, summary. The summary, one line
     * however many fields the save changed, shows them all in its tooltip when it is cut off.
     */
    @SafeVarargs
    public static void bind(TableView<Line> table, ObservableList<AuditEntry> entries,
                            TableColumn<Line, String>... columns) {
        List<java.util.function.Function<Line, String>> getters = List.of(Line::at, Line::actor, Line::action,
                Line::summary);
        for (int i = 0; i < columns.length; i++) {
            var getter = getters.get(i);
            columns[i].setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(getter.apply(c.getValue())));
        }
        columns[columns.length - 1].setCellFactory(c -> new SummaryCell());
        ObservableList<Line> items = FXCollections.observableArrayList(lines(entries));
        entries.addListener((ListChangeListener<AuditEntry>) c -> items.setAll(lines(entries)));
        table.setItems(items);
    }

    private static final class SummaryCell extends TableCell<Line, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            Line line = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : item);
            setTooltip(line == null || line.details().isEmpty() ? null : new Tooltip(line.details()));
        }
    }
}
