package org.transferdesk.audit.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.FieldChange;
import org.transferdesk.common.I18n;

/** Shows a record's audit history (one line per changed field) in a table a view declares in FXML. */
public final class HistoryTable {
    /** One changed field of one audit entry. */
    public record Line(String at, String actor, String action, String field, String before, String after) {
    }

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private HistoryTable() {
    }

    /** Field names as the audit log records them, with the label keys users read. */
    private static Map<String, String> fieldLabels() {
        return Map.ofEntries(
                Map.entry("resultNo", I18n.t("result.resultNo")), Map.entry("title", I18n.t("result.title")),
                Map.entry("disclosedOn", I18n.t("result.disclosedOn")),
                Map.entry("department", I18n.t("result.department")),
                Map.entry("resultType", I18n.t("result.resultType")), Map.entry("funding", I18n.t("result.funding")),
                Map.entry("projectNumbers", I18n.t("result.projectNumbers")),
                Map.entry("technicalField", I18n.t("result.technicalField")),
                Map.entry("abstract", I18n.t("result.abstract")),
                Map.entry("confidential", I18n.t("result.confidential")), Map.entry("status", I18n.t("result.status")),
                Map.entry("statusReason", I18n.t("status.reason")),
                Map.entry("evalScientific", I18n.t("evaluation.scientific")),
                Map.entry("evalTechnical", I18n.t("evaluation.technical")),
                Map.entry("evalEconomic", I18n.t("evaluation.economic")),
                Map.entry("evalSocial", I18n.t("evaluation.social")),
                Map.entry("evalRecommendation", I18n.t("evaluation.recommendation")),
                Map.entry("evalNotes", I18n.t("evaluation.notes")),
                Map.entry("inventors", I18n.t("result.inventors")), Map.entry("ipAssets", I18n.t("editor.tab.ip")),
                Map.entry("staffNo", I18n.t("person.staffNo")), Map.entry("name", I18n.t("person.name")),
                Map.entry("leaderRole", I18n.t("person.leaderRole")),
                Map.entry("idNumber", I18n.t("person.idNumber")), Map.entry("contact", I18n.t("person.contact")),
                Map.entry("active", I18n.t("department.active")),
                Map.entry("episode", I18n.t("person.tab.episodes")),
                // written by migration V12, which cannot localise: a receipt two live distributions shared
                Map.entry("sharedReceipt", I18n.t("history.sharedReceipt")));
    }

    /** Audited fields that hold an enum constant's name, shown by the constant's label. */
    private static final Map<String, Class<? extends Enum<?>>> ENUM_FIELDS = Map.of(
            "resultType", org.transferdesk.disclosure.ResultType.class,
            "funding", org.transferdesk.disclosure.FundingSource.class,
            "status", org.transferdesk.disclosure.ResultStatus.class,
            "evalRecommendation", org.transferdesk.disclosure.Recommendation.class,
            "leaderRole", org.transferdesk.people.LeaderRole.class);

    static String shown(String field, String value) {
        if (value == null) {
            return "";
        }
        Class<? extends Enum<?>> type = ENUM_FIELDS.get(field);
        if (type == null) {
            return value;
        }
        for (Enum<?> constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return ((org.transferdesk.common.Labeled) constant).label();
            }
        }
        return value;
    }

    public static List<Line> lines(List<AuditEntry> entries) {
        Map<String, String> labels = fieldLabels();
        List<Line> lines = new ArrayList<>();
        for (AuditEntry e : entries) {
            String at = AT.format(e.at());
            if (e.changes().isEmpty()) {
                lines.add(new Line(at, e.actor(), e.action().label(), "", "", ""));
            }
            for (FieldChange c : e.changes()) {
                lines.add(new Line(at, e.actor(), e.action().label(), labels.getOrDefault(c.field(), c.field()),
                        shown(c.field(), c.before()), shown(c.field(), c.after())));
            }
        }
        return lines;
    }

    /** Binds the table to the entries; columns are given in order: at, actor, action, field, before, after. */
    @SafeVarargs
    public static void bind(TableView<Line> table, ObservableList<AuditEntry> entries,
                            TableColumn<Line, String>... columns) {
        List<java.util.function.Function<Line, String>> getters = List.of(Line::at, Line::actor, Line::action,
                Line::field, Line::before, Line::after);
        for (int i = 0; i < columns.length; i++) {
            var getter = getters.get(i);
            columns[i].setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(getter.apply(c.getValue())));
        }
        ObservableList<Line> items = FXCollections.observableArrayList(lines(entries));
        entries.addListener((ListChangeListener<AuditEntry>) c -> items.setAll(lines(entries)));
        table.setItems(items);
    }
}
