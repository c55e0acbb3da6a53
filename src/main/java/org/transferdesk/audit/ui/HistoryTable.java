package org.transferdesk.audit.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.AuditVocabulary;
import org.transferdesk.audit.FieldChange;
import org.transferdesk.common.I18n;

/**
 * Shows a record's audit history in a table a view declares in FXML: one readable entry per save (issue 24 item 1),
 * its fields labelled and its values displayed by the {@link AuditVocabulary} the features supply.
 */
public final class HistoryTable {
    /** One save: who, when, what kind, how many fields, and each field as "label before→after". */
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
                details.add(detail(vocabulary, e, c));
            }
            // a change made outside TransferDesk, recorded by the shared database itself (issue 22)
            String action = e.byDatabase() ? I18n.t("history.byDatabase", e.action().label()) : e.action().label();
            lines.add(new Line(AT.format(e.at()), e.actor(), action, summary(e), String.join("\n", details)));
        }
        return lines;
    }

    private static String summary(AuditEntry e) {
        int n = e.changes().size();
        if (n == 0) {
            return "";
        }
        return isNew(e) ? I18n.t("history.summary.filled", n)
                : I18n.t("history.summary.changed", n);
    }

    private static String detail(AuditVocabulary vocabulary, AuditEntry e, FieldChange c) {
        String label = vocabulary.label(e.entity(), c.field());
        String after = vocabulary.display(e.entity(), c.field(), c.after());
        if (c.before() == null && isNew(e)) {
            // a new record has no "before": its fields read as a form does
            return I18n.t("history.detail.set", label, after);
        }
        String before = vocabulary.display(e.entity(), c.field(), c.before());
        return I18n.t("history.detail.changed", label, shownOrEmpty(before), shownOrEmpty(after));
    }

    /** Created and imported records have no "before" (the import and the demo write whole records). */
    private static boolean isNew(AuditEntry e) {
        return e.action() == AuditAction.CREATE || e.action() == AuditAction.IMPORT;
    }

    private static String shownOrEmpty(String value) {
        return value.isEmpty() ? I18n.t("history.emptyValue") : value;
    }

    /** Binds the table to the entries; columns are given in order: at, actor, action, summary, details. */
    @SafeVarargs
    public static void bind(TableView<Line> table, ObservableList<AuditEntry> entries,
                            TableColumn<Line, String>... columns) {
        List<java.util.function.Function<Line, String>> getters = List.of(Line::at, Line::actor, Line::action,
                Line::summary, Line::details);
        for (int i = 0; i < columns.length; i++) {
            var getter = getters.get(i);
            columns[i].setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(getter.apply(c.getValue())));
        }
        ObservableList<Line> items = FXCollections.observableArrayList(lines(entries));
        entries.addListener((ListChangeListener<AuditEntry>) c -> items.setAll(lines(entries)));
        table.setItems(items);
    }
}
