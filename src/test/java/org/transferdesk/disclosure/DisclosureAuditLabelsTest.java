package org.transferdesk.disclosure;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.transferdesk.audit.AuditRowsOnH2;
import org.transferdesk.audit.AuditLabelsContract;
import org.transferdesk.audit.AuditVocabulary;
import org.transferdesk.ui.ScreenData;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;

/** Issue 24 item 1: every field a result's saves audit reads under a label, in Chinese and in English. */
@Tag(TestDatabase.TAG)
class DisclosureAuditLabelsTest extends AuditLabelsContract {
    DisclosureAuditLabelsTest() {
        super(new AuditVocabulary(DisclosureAuditLabels.all()));
    }

    @Override
    protected Stream<Arguments> auditedFields() {
        try (ScreenData data = new ScreenData().withSampleData()) {
            Disclosure b = data.battery;
            // an edit that fills what the sample leaves empty, then a status change (its own audit fields)
            Disclosure edited = data.disclosures.save(DisclosureBuilder.toBuilder(b).projectNumbers("2023YFB001")
                    .technicalField("新能源材料").abstractText("正极材料摘要").confidential(true)
                    .evaluation(new Evaluation(4, 5, 3, 4, Recommendation.PROTECT_AND_PROMOTE, "值得推广")).build());
            data.disclosures.changeStatus(edited, ResultStatus.EVALUATING, LocalDate.of(2024, 4, 1), "进入评估");
            return AuditRowsOnH2.cases(data.db, "disclosure").toList().stream();
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "status, EVALUATING, 评估中",
        "resultType, INVENTION_PATENT, 发明专利",
        "confidential, true, 是",
        "title, EVALUATING, EVALUATING",
    })
    void valuesReadAsUsersKnowThem(String field, String stored, String shown) {
        assertShownInChinese("disclosure", field, stored, shown);
    }
}
