package org.transferdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jooq.Table;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.bootstrap.AuditLabelCatalog;
import org.transferdesk.common.I18n;
import org.transferdesk.db.jooq.DefaultSchema;

/**
 * Issue 24 item 1, the same for every feature: each field a feature's real saves audit reads under a label, in
 * Chinese and in English, and the values they stored read without program words; each column of its tables has a
 * label too, for the rows the shared database audits itself (V24: table as entity, column as field). A feature's
 * test hands over its vocabulary and makes the saves in {@link #auditedFields()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AuditLabelsContract {
    /** An enum constant (LICENSE, SCIENCE_OFFICE), a bare boolean or a fraction as stored (0.500000). */
    private static final Pattern PROGRAM_WORD = Pattern.compile(
            "(?<![\\w-])([A-Z]{3,}(_[A-Z0-9]+)*|[A-Z]+(_[A-Z0-9]+)+|true|false|\\d+\\.\\d{6})(?![\\w-])");
    /** What V24's trigger leaves out of every row (bookkeeping, a document's bytes), and the row's own id. */
    private static final Set<String> UNAUDITED_COLUMNS = Set.of("id", "version", "updated_at", "created_at",
            "content");

    protected final AuditVocabulary labels;

    protected AuditLabelsContract(AuditVocabulary labels) {
        this.labels = labels;
    }

    /** The (entity, field, stored values) cases of what real saves wrote, from {@link AuditRowsOnH2#cases}. */
    protected abstract Stream<Arguments> auditedFields() throws Exception;

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("auditedFields")
    protected void everyAuditedFieldHasALabelInBothBundles(String entity, String field, List<String> stored) {
        AuditRowsOnH2.assertLabelledInBothLanguages(labels, entity, field);
        I18n.setLocale(I18n.CHINESE);
        for (String value : stored) {
            assertThat(labels.display(entity, field, value)).as("%s.%s = %s", entity, field, value)
                    .doesNotContainPattern(PROGRAM_WORD);
        }
    }

    /**
     * Each column of the tables named as this feature's entities, from the generated schema (not a hand list): a
     * column a migration adds cannot go unlabelled. An entity without a table of its name (a year's calendar) has
     * no such rows in its history. The whole catalog answers, as the app's history does.
     */
    @TestFactory
    protected Stream<DynamicTest> everyColumnOfItsTablesHasALabel() {
        Set<String> entities = ownEntities();
        AuditVocabulary all = AuditLabelCatalog.vocabulary();
        return DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .filter(t -> entities.contains(t.getName().toLowerCase(Locale.ROOT)))
                .flatMap(t -> Stream.of(t.fields()).map(f -> f.getName().toLowerCase(Locale.ROOT))
                        .filter(c -> !UNAUDITED_COLUMNS.contains(c))
                        .map(c -> columnTest(all, t, c)));
    }

    /**
     * Each foreign key of the tables named as this feature's entities, from the generated schema: the rows the shared
     * database audits itself hold the id, and the history shows the referenced record's name (issue 24 item 1). Its
     * reader names the key's table and columns that table has, so a migration that adds a key or renames a column
     * cannot leave the history showing ids.
     */
    @TestFactory
    protected Stream<DynamicTest> everyForeignKeyOfItsTablesNamesItsRecord() {
        Set<String> entities = ownEntities();
        AuditVocabulary all = AuditLabelCatalog.vocabulary();
        return DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .filter(t -> entities.contains(t.getName().toLowerCase(Locale.ROOT)))
                .flatMap(t -> t.getReferences().stream().flatMap(fk -> fk.getFields().stream()
                        .map(column -> foreignKeyTest(all, t, column.getName(), fk.getKey().getTable()))));
    }

    private static DynamicTest foreignKeyTest(AuditVocabulary all, Table<?> table, String column, Table<?> target) {
        String entity = table.getName().toLowerCase(Locale.ROOT);
        String field = AuditRepository.fieldOfColumn(column);
        return DynamicTest.dynamicTest(entity + "." + column + " → " + target.getName(), () -> {
            RecordReference reader = all.reference(entity, field).orElseThrow(() -> new AssertionError(
                    entity + "." + column + " refers to " + target.getName() + " but has no reader of its name"));
            assertThat(reader.table()).isEqualToIgnoringCase(target.getName());
            for (String nameColumn : reader.nameColumns()) {
                assertThat(target.field(nameColumn.toLowerCase(Locale.ROOT)) != null
                        || target.field(nameColumn.toUpperCase(Locale.ROOT)) != null)
                        .as("%s has the column %s", target.getName(), nameColumn).isTrue();
            }
        });
    }

    /** The entities whose tables this feature's test covers: those its labels name. */
    protected Set<String> ownEntities() {
        return labels.entities();
    }

    private static DynamicTest columnTest(AuditVocabulary all, Table<?> table, String column) {
        String entity = table.getName().toLowerCase(Locale.ROOT);
        String field = AuditRepository.fieldOfColumn(column);
        return DynamicTest.dynamicTest(entity + "." + column,
                () -> AuditRowsOnH2.assertLabelledInBothLanguages(all, entity, field));
    }

    /** A stored value of an audited field, as the Chinese audit history shows it. */
    protected void assertShownInChinese(String entity, String field, String stored, String shown) {
        I18n.setLocale(I18n.CHINESE);
        assertThat(labels.display(entity, field, stored)).isEqualTo(shown);
    }
}
