package org.transferdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.transferdesk.common.I18n;

/**
 * Issue 24 item 1, the same for every feature: each field a feature's real saves audit reads under a label, in
 * Chinese and in English. A feature's test hands over its vocabulary and makes the saves in {@link #auditedFields()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AuditLabelsContract {
    protected final AuditVocabulary labels;

    protected AuditLabelsContract(AuditVocabulary labels) {
        this.labels = labels;
    }

    /** The (entity, field) cases of what real saves wrote, from {@link AuditRowsOnH2#cases}. */
    protected abstract Stream<Arguments> auditedFields() throws Exception;

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("auditedFields")
    protected void everyAuditedFieldHasALabelInBothBundles(String entity, String field) {
        AuditRowsOnH2.assertLabelledInBothLanguages(labels, entity, field);
    }

    /** A stored value of an audited field, as the Chinese audit history shows it. */
    protected void assertShownInChinese(String entity, String field, String stored, String shown) {
        I18n.setLocale(I18n.CHINESE);
        assertThat(labels.display(entity, field, stored)).isEqualTo(shown);
    }
}
