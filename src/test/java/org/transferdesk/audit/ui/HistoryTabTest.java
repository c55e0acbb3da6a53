package org.transferdesk.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.AuditFields;
import org.transferdesk.audit.AuditVocabulary;
import org.transferdesk.audit.FieldChange;
import org.transferdesk.common.I18n;

/** The 修改记录 tab the person, result and pilot editors take in: its ids, headers and widths, and its lines. */
@ExtendWith(ApplicationExtension.class)
class HistoryTabTest {
    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 20, 9, 30, 5);

    private Tab tab;
    private HistoryTab controller;

    @BeforeEach
    void load() throws IOException {
        FXMLLoader loader = new FXMLLoader(HistoryTab.class.getResource("HistoryTab.fxml"), I18n.bundle());
        tab = loader.load();
        controller = loader.getController();
    }

    @SuppressWarnings("unchecked")
    private TableView<HistoryTable.Line> table() {
        return (TableView<HistoryTable.Line>) tab.getContent().lookup("#auditTable");
    }

    private TextArea details() {
        return (TextArea) tab.getContent().lookup("#auDetails");
    }

    @Test
    void theTabKeepsTheEditorsIdsHeadersAndWidths() {
        assertThat(tab.getId()).isEqualTo("historyTab");
        assertThat(tab.getText()).isEqualTo(I18n.t("editor.tab.history"));
        assertThat(table().getId()).isEqualTo("auditTable");
        assertThat(((Label) table().getPlaceholder()).getText()).isEqualTo(I18n.t("history.empty"));
        assertThat(table().getColumns()).extracting(TableColumn::getId).containsExactly("auAtColumn",
                "auActorColumn", "auActionColumn", "auSummaryColumn");
        assertThat(table().getColumns()).extracting(TableColumn::getText).containsExactly(I18n.t("history.at"),
                I18n.t("history.actor"), I18n.t("history.action"), I18n.t("history.summary"));
        assertThat(table().getColumns()).extracting(TableColumn::getPrefWidth)
                .containsExactly(150.0, 90.0, 70.0, 650.0);
        assertThat(table().getColumnResizePolicy()).isSameAs(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    @Test
    void boundEntries_showOneLineASave_andFollowReloads() {
        ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
        controller.bind(entries);
        assertThat(table().getItems()).isEmpty();

        entries.setAll(List.of(new AuditEntry(AT, "clerk", "person", 1, AuditAction.UPDATE, List.of()),
                new AuditEntry(AT.minusDays(1), "admin", "person", 1, AuditAction.CREATE, List.of())));

        assertThat(table().getItems()).extracting(HistoryTable.Line::actor).containsExactly("clerk", "admin");
        TableColumn<HistoryTable.Line, ?> at = table().getColumns().get(0);
        TableColumn<HistoryTable.Line, ?> action = table().getColumns().get(2);
        assertThat(at.getCellData(0)).isEqualTo("2026-11-20 09:30:05");
        assertThat(action.getCellData(1)).isEqualTo(AuditAction.CREATE.label());
    }

    /** Issue 24 item 1: a save reads as one line, "修改了 2 个字段：…", and its changes one a line below. */
    @Test
    void eachSaveReadsAsOneSummaryLine_andTheSelectedSavesChangesReadBelow() {
        AuditVocabulary before = AuditVocabulary.installed();
        try {
            AuditVocabulary.install(new AuditVocabulary(List.of(AuditFields.of("deal")
                    .choice("status", "history.action", AuditAction.class)
                    .money("contractAmount", "history.at"))));
            ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
            controller.bind(entries);
            assertThat(details().getText()).isEmpty();

            entries.setAll(List.of(new AuditEntry(AT, "clerk", "deal", 1, AuditAction.UPDATE, List.of(
                            new FieldChange("status", "CREATE", "UPDATE"),
                            new FieldChange("contractAmount", "0.00", "120000.00"))),
                    new AuditEntry(AT.minusDays(1), "admin", "deal", 1, AuditAction.STATUS, List.of(
                            new FieldChange("status", null, "CREATE")))));

            TableColumn<HistoryTable.Line, ?> summary = table().getColumns().get(3);
            assertThat(summary.getCellData(0)).isEqualTo("修改了 2 个字段：操作 新建→修改；时间 ¥0.00→¥120,000.00");
            assertThat(table().getSelectionModel().getSelectedIndex()).isZero();
            assertThat(details().getText()).isEqualTo("操作 新建→修改\n时间 ¥0.00→¥120,000.00");

            table().getSelectionModel().select(1);
            assertThat(details().getText()).isEqualTo("操作 （空）→新建");
        } finally {
            AuditVocabulary.install(before);
        }
    }

    /**
     * Issue 24 item 1: a change made outside the app (written by the shared database) names the records its ids refer
     * to, by the names read with the history; one deleted since reads "(已删除) #id".
     */
    @Test
    void aChangeMadeOutsideTheAppNamesItsRecords(org.testfx.api.FxRobot robot) {
        AuditVocabulary before = AuditVocabulary.installed();
        try {
            AuditVocabulary.install(org.transferdesk.bootstrap.AuditLabelCatalog.vocabulary());
            org.transferdesk.audit.RecordNames names = new org.transferdesk.audit.RecordNames(
                    java.util.Set.of("counterparty"), java.util.Map.of(
                            org.transferdesk.audit.RecordNames.key("counterparty", 42), "深圳某某科技有限公司"));
            ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
            controller.bind(entries);
            entries.setAll(List.of(
                    new AuditEntry(AT, "psql_zhang", "deal", 7, AuditAction.UPDATE, List.of(
                            new FieldChange("counterpartyId", "17", "42"),
                            new FieldChange("contractAmount", "300000.00", "320000.00")), true, names),
                    new AuditEntry(AT.minusDays(2), "张敏", "deal", 7, AuditAction.UPDATE, List.of(
                            new FieldChange("status", "APPROVAL", "SIGNED")))));

            assertThat(details().getText()).isEqualTo(
                    "对方 (已删除) #17→深圳某某科技有限公司\n合同金额 ¥300,000.00→¥320,000.00");
            robot.interact(() -> {
                javafx.stage.Stage stage = new javafx.stage.Stage();
                javafx.scene.Parent root = new javafx.scene.control.TabPane(tab);
                org.transferdesk.ui.Theme.apply(root);
                stage.setScene(new javafx.scene.Scene(root, 980, 360));
                stage.show();
                table().getSelectionModel().selectFirst();
                org.transferdesk.ui.Screenshots.save(stage.getScene(), "history-fk-names");
                stage.close();
            });
        } finally {
            AuditVocabulary.install(before);
        }
    }
}
