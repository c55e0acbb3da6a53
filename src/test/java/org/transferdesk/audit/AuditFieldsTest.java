package org.transferdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How stored audit values read: amounts, fractions, yes/no, enum words inside composite lines. */
class AuditFieldsTest {
    private static final AuditFields FIELDS = AuditFields.of("thing")
            .money("amount", "history.at")
            .percent("rate", "history.at")
            .yesNo("flag", "history.at")
            .text("note", "history.at")
            .composite("line", "history.details")
            .words(AuditAction.class)
            .word("paid", "common.yes")
            .prefixed("fee.", "history.actor");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "amount|1234567.5|¥1,234,567.50",
        "amount|-0.01|¥-0.01",
        "amount|n/a|n/a",
        "rate|0.500000|50%",
        "rate|1|100%",
        "rate|half|half",
        "flag|true|是",
        "flag|false|否",
        "flag|maybe|maybe",
        "note|CREATE 12.50 true|CREATE 12.50 true",
        "line|2024-01-10 CREATE 1000.00; 0.250000 paid|2024-01-10 新建 ¥1,000.00; 25% 是",
        "line|JS2024-001 v1.2 2024-01-10|JS2024-001 v1.2 2024-01-10",
        "line|12.345 7.1234567|12.345 7.1234567",
        "fee.2024|2024-06-01 900.00|2024-06-01 ¥900.00",
    })
    void storedValuesReadAsUsersKnowThem(String field, String stored, String shown) {
        assertThat(FIELDS.display(field, stored)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "amount|时间",
        "fee.2024|操作人 2024",
        "fee.MERGE.paid|操作人 合并 是",
    })
    void labelsComeFromTheBundle_prefixedFieldsSpellTheirRest(String field, String label) {
        assertThat(FIELDS.label(field)).contains(label);
    }

    @Test
    void aFieldNotDeclaredIsNotThisFeatures() {
        assertThat(FIELDS.label("other")).isEmpty();
        assertThat(FIELDS.label("fee")).isEmpty();
        assertThat(FIELDS.entity()).isEqualTo("thing");
    }

    @Test
    void theVocabularyAsksEachFeatureOfTheEntity_andFallsBackReadably() {
        AuditVocabulary v = new AuditVocabulary(java.util.List.of(FIELDS,
                AuditFields.of("thing").text("extra", "history.summary")));
        assertThat(v.knows("thing", "extra")).isTrue();
        assertThat(v.knows("thing", "nope")).isFalse();
        assertThat(v.knows("other", "amount")).isFalse();
        assertThat(v.label("thing", "extra")).isEqualTo("变更");
        assertThat(v.label("thing", "nope")).isEqualTo("其他字段（nope）");
        assertThat(v.display("thing", "amount", null)).isEmpty();
        assertThat(v.display("thing", "nope", "true")).isEqualTo("是");
        assertThat(v.display("thing", "nope", "x")).isEqualTo("x");
    }
}
