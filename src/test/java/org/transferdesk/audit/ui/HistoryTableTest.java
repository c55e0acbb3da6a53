package org.transferdesk.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.AuditFields;
import org.transferdesk.audit.AuditVocabulary;
import org.transferdesk.audit.FieldChange;
import org.transferdesk.common.I18n;

/** Issue 24 item 1: one readable entry per save — who, when, how many fields, each as "label before→after". */
class HistoryTableTest {
    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 20, 9, 30, 5);
    /** A feature's labels as the audit package sees them: it knows only the interface. */
    private static final AuditVocabulary VOCABULARY = new AuditVocabulary(List.of(AuditFields.of("deal")
            .choice("status", "history.action", AuditAction.class)
            .money("contractAmount", "history.at")
            .percent("rate", "history.actor")
            .yesNo("relatedParty", "history.details")
            .text("title", "history.summary")
            .list("receipts", "history.empty")));

    @Test
    void oneSaveIsOneEntry_withItsCountAndEachFieldAsBeforeArrowAfter() {
        AuditEntry save = new AuditEntry(AT, "clerk", "deal", 1, AuditAction.UPDATE, List.of(
                new FieldChange("status", "CREATE", "MERGE"),
                new FieldChange("contractAmount", "1000000.00", "1250000.50"),
                new FieldChange("title", null, "锂电池许可")));

        List<HistoryTable.Line> lines = HistoryTable.lines(VOCABULARY, List.of(save));

        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.at()).isEqualTo("2026-11-20 09:30:05");
            assertThat(l.actor()).isEqualTo("clerk");
            assertThat(l.action()).isEqualTo("修改");
            assertThat(l.summary()).isEqualTo(
                    "修改了 3 个字段：操作 新建→合并；时间 ¥1,000,000.00→¥1,250,000.50；变更 （空）→锂电池许可");
            assertThat(l.details()).isEqualTo("操作 新建→合并\n时间 ¥1,000,000.00→¥1,250,000.50\n变更 （空）→锂电池许可");
        });
    }

    @Test
    void aNewRecordReadsAsAFilledInForm_andEntriesKeepTheirOrder() {
        List<HistoryTable.Line> lines = HistoryTable.lines(VOCABULARY, List.of(
                new AuditEntry(AT, "b", "deal", 1, AuditAction.UPDATE, List.of(new FieldChange("rate", "0.500000",
                        "0.333333"))),
                new AuditEntry(AT.minusDays(1), "a", "deal", 1, AuditAction.CREATE, List.of(
                        new FieldChange("relatedParty", null, "true"), new FieldChange("title", null, "许可")))));

        assertThat(lines).extracting(HistoryTable.Line::actor).containsExactly("b", "a");
        assertThat(lines.get(0).summary()).isEqualTo("修改了 1 个字段：操作人 50%→33.3333%");
        assertThat(lines.get(0).details()).isEqualTo("操作人 50%→33.3333%");
        assertThat(lines.get(1).summary()).isEqualTo("填写了 2 个字段：详情：是；变更：许可");
        assertThat(lines.get(1).details()).isEqualTo("详情：是\n变更：许可");
    }

    @ParameterizedTest
    @CsvSource({"CREATE, 填写了 1 个字段：变更：许可, 变更：许可", "IMPORT, 填写了 1 个字段：变更：许可, 变更：许可",
        "UPDATE, 修改了 1 个字段：变更 （空）→许可, 变更 （空）→许可",
        "STATUS, 修改了 1 个字段：变更 （空）→许可, 变更 （空）→许可"})
    void createdAndImportedRecordsReadAsFilledIn(AuditAction action, String summary, String details) {
        HistoryTable.Line line = HistoryTable.lines(VOCABULARY, List.of(new AuditEntry(AT, "a", "deal", 1, action,
                List.of(new FieldChange("title", null, "许可"))))).get(0);
        assertThat(line.summary()).isEqualTo(summary);
        assertThat(line.details()).isEqualTo(details);
    }

    @Test
    void anEntryWithoutFieldsShowsItsActionAlone() {
        assertThat(HistoryTable.lines(VOCABULARY, List.of(new AuditEntry(AT, "a", "deal", 1, AuditAction.DELETE,
                List.of())))).singleElement().satisfies(l -> {
                    assertThat(l.action()).isEqualTo("删除");
                    assertThat(l.summary()).isEmpty();
                    assertThat(l.details()).isEmpty();
                });
    }

    /** Never a bare identifier: a field no feature declared, or an entity nobody labels, says it is a field. */
    @ParameterizedTest
    @CsvSource({
        "deal, contractNo, 其他字段（contractNo）, JS-1",
        "nobody, status, 其他字段（status）, JS-1",
        "deal, status, 操作, 新建",
    })
    void unknownFieldsFallBackToAReadableLabel(String entity, String field, String label, String shownAfter) {
        AuditEntry e = new AuditEntry(AT, "a", entity, 1, AuditAction.UPDATE,
                List.of(new FieldChange(field, "false", "contractNo".equals(field) || "nobody".equals(entity)
                        ? "JS-1" : "CREATE")));
        assertThat(HistoryTable.lines(VOCABULARY, List.of(e)).get(0).details())
                .isEqualTo(label + " 否→" + shownAfter);
    }

    @Test
    void englishReadsInEnglish() {
        I18n.setLocale(I18n.ENGLISH);
        AuditEntry save = new AuditEntry(AT, "clerk", "deal", 1, AuditAction.UPDATE, List.of(
                new FieldChange("status", "CREATE", "MERGE"), new FieldChange("relatedParty", "true", null)));
        HistoryTable.Line line = HistoryTable.lines(VOCABULARY, List.of(save)).get(0);
        assertThat(line.summary()).isEqualTo("2 fields changed: Action Created → Merged; Details Yes → (empty)");
        assertThat(line.details()).isEqualTo("Action Created → Merged\nDetails Yes → (empty)");
    }

    /** A child table's rows read as rows added and removed, not the whole list before and after (" / " parts lines). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-06-02 71400.00 PZ-1|2026-06-02 71400.00 PZ-1; 2026-11-20 10000.00 PZ-77|还没有修改记录。 2026-11-20 ¥10,000.00 PZ-77 新增",
        "2026-06-02 71400.00 PZ-1; 2026-07-01 5.00|2026-07-01 5.00|还没有修改记录。 2026-06-02 ¥71,400.00 PZ-1 删除",
        "2026-06-02 71400.00|2026-06-02 71000.00|还没有修改记录。 2026-06-02 ¥71,400.00 删除 / 还没有修改记录。 2026-06-02 ¥71,000.00 新增",
        "|2026-06-02 71400.00|还没有修改记录。 2026-06-02 ¥71,400.00 新增",
    })
    void childRowsReadAsAddedAndRemoved(String before, String after, String details) {
        HistoryTable.Line line = HistoryTable.lines(VOCABULARY, List.of(new AuditEntry(AT, "a", "deal", 1,
                AuditAction.UPDATE, List.of(new FieldChange("receipts", before, after))))).get(0);
        assertThat(line.details()).isEqualTo(details.replace(" / ", "\n"));
        assertThat(line.summary()).isEqualTo("修改了 1 个字段：" + details.replace(" / ", "；"));
    }

    @Test
    void theInstalledVocabularyIsTheOneTheTablesRead() {
        AuditVocabulary before = AuditVocabulary.installed();
        try {
            AuditVocabulary.install(VOCABULARY);
            assertThat(HistoryTable.lines(List.of(new AuditEntry(AT, "a", "deal", 1, AuditAction.UPDATE,
                    List.of(new FieldChange("title", "a", "b"))))).get(0).details()).isEqualTo("变更 a→b");
        } finally {
            AuditVocabulary.install(before);
        }
    }
}
