package org.transferdesk.audit;

import static org.transferdesk.db.jooq.Tables.AUDIT_LOG;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.transferdesk.common.I18n;
import org.transferdesk.db.Database;

/**
 * The field names real saves wrote to the audit log of an H2 database, by entity: the labels tests take their
 * cases from here, so a field a repository starts auditing cannot go unlabelled.
 */
public final class AuditRowsOnH2 {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SAMPLES = 12;

    private AuditRowsOnH2() {
    }

    public static Map<String, Set<String>> fields(Database db) {
        return fields(db, 0);
    }

    /** The audit rows after {@code afterId} only (the audit is append-only: a fixture's own rows stay). */
    public static Map<String, Set<String>> fields(Database db, long afterId) {
        Map<String, Set<String>> byEntity = new TreeMap<>();
        values(db, afterId).forEach((entity, fields) -> byEntity.put(entity, new TreeSet<>(fields.keySet())));
        return byEntity;
    }

    /** The values real saves stored, by entity and field (the first few distinct ones of each). */
    public static Map<String, Map<String, Set<String>>> values(Database db, long afterId) {
        Map<String, Map<String, Set<String>>> byEntity = new TreeMap<>();
        db.dsl().select(AUDIT_LOG.ENTITY, AUDIT_LOG.CHANGES).from(AUDIT_LOG).where(AUDIT_LOG.ID.gt(afterId)).fetch()
                .forEach(r -> {
            Map<String, Set<String>> fields = byEntity.computeIfAbsent(r.value1(), e -> new TreeMap<>());
            try {
                for (Map<String, String> change : JSON.readValue(r.value2(),
                        new TypeReference<List<Map<String, String>>>() {
                        })) {
                    Set<String> values = fields.computeIfAbsent(change.get("field"), f -> new TreeSet<>());
                    for (String value : java.util.Arrays.asList(change.get("before"), change.get("after"))) {
                        if (value != null && values.size() < SAMPLES) {
                            values.add(value);
                        }
                    }
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
        return byEntity;
    }

    /** The id of the last audit row: a test that looks only at what its saves write looks after it. */
    public static long lastId(Database db) {
        return db.dsl().select(org.jooq.impl.DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchOptional(0, Long.class)
                .orElse(0L);
    }

    /**
     * One case per (entity, field) of the given entities, with the values saves stored in it; fails when a save wrote
     * none of an entity's rows.
     */
    public static Stream<Arguments> cases(Database db, String... entities) {
        return cases(db, 0, entities);
    }

    /** As above, of the audit rows after {@code afterId}. */
    public static Stream<Arguments> cases(Database db, long afterId, String... entities) {
        Map<String, Map<String, Set<String>>> all = values(db, afterId);
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String entity : entities) {
            Map<String, Set<String>> fields = all.get(entity);
            if (fields == null || fields.isEmpty()) {
                throw new IllegalStateException("no audit rows for " + entity + ": the fixture saved nothing");
            }
            fields.forEach((f, values) -> cases.add(Arguments.of(entity, f, List.copyOf(values))));
        }
        return cases.build();
    }

    /** The label in both languages; a bundle key missing in one comes back as the key itself. */
    public static void assertLabelledInBothLanguages(AuditVocabulary vocabulary, String entity, String field) {
        var before = I18n.locale();
        try {
            org.assertj.core.api.Assertions.assertThat(vocabulary.knows(entity, field))
                    .as("%s.%s is declared by its feature", entity, field).isTrue();
            for (var locale : List.of(I18n.CHINESE, I18n.ENGLISH)) {
                I18n.setLocale(locale);
                String label = vocabulary.label(entity, field);
                org.assertj.core.api.Assertions.assertThat(label)
                        .as("%s.%s in %s", entity, field, locale)
                        .isNotBlank()
                        .doesNotMatch("[A-Za-z]+(\\.[A-Za-z0-9]+)+.*")
                        .isNotEqualTo(field);
            }
        } finally {
            I18n.setLocale(before);
        }
    }
}
