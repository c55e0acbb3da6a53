package org.transferdesk.people;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.audit.AuditRowsOnH2;
import org.transferdesk.audit.AuditLabelsContract;
import org.transferdesk.audit.AuditVocabulary;
import org.transferdesk.ui.ScreenData;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;

/** Issue 24 item 1: every field the saves of people and departments audit reads under a label, in both languages. */
@Tag(TestDatabase.TAG)
class PeopleAuditLabelsTest extends AuditLabelsContract {
    PeopleAuditLabelsTest() {
        super(new AuditVocabulary(PeopleAuditLabels.all()));
    }

    @Override
    protected Stream<Arguments> auditedFields() {
        try (ScreenData data = new ScreenData().withSampleData()) {
            Person z = data.zhang;
            data.people.save(new Person(z.id(), z.staffNo(), z.name(), z.departmentId(), z.departmentName(),
                    LeaderRole.NONE, IdType.PASSPORT, "E12345678", "zhang@example.edu.cn", z.version()));
            PersonEpisode leave = PersonEpisode.create(z.id(), EpisodeKind.values()[0]);
            data.people.saveEpisode(new PersonEpisode(null, z.id(), leave.kind(), "某科技公司",
                    LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), null, "人事〔2024〕1号", null));
            return AuditRowsOnH2.cases(data.db, "person", "department").toList().stream();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "person, leaderRole, HEAD, 正职领导",
        "person, idType, PASSPORT, 护照",
        "department, active, false, 否",
        "department, active, true, 是",
        "person, staffNo, T001, T001",
    })
    void valuesReadAsUsersKnowThem(String entity, String field, String stored, String shown) {
        assertShownInChinese(entity, field, stored, shown);
    }
}
