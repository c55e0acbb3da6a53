package org.transferdesk.people.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.FieldChange;
import org.transferdesk.common.StaleRecordException;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.people.EpisodeRow;
import org.transferdesk.people.PersonEpisode;
import org.transferdesk.ui.ScreenData;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;

/** Episodes through PeopleService on a migrated H2: what is saved, refused and audited. */
@Tag(TestDatabase.TAG)
class PersonEpisodeRepositoryTest {
    private final ScreenData data = new ScreenData().withSampleData();

    @AfterEach
    void tearDown() {
        data.close();
    }

    private PersonEpisode episode(long personId, EpisodeKind kind, String company, String from, String to) {
        return new PersonEpisode(null, personId, kind, company, LocalDate.parse(from), LocalDate.parse(to), null,
                null, null);
    }

    private List<AuditEntry> episodeAudit(long personId) {
        return data.people.history(personId).stream()
                .filter(e -> e.changes().stream().anyMatch(c -> c.field().equals("episode"))).toList();
    }

    @Test
    void save_insertsWithAnId_stripsText_andAuditsOnThePerson() {
        PersonEpisode saved = data.people.saveEpisode(new PersonEpisode(null, data.zhang.id(), EpisodeKind.SIDE_JOB,
                "  某电池科技有限公司 ", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, " 校人〔2025〕12号 ",
                " "));

        assertThat(saved.id()).isNotNull();
        assertThat(data.people.episodes(data.zhang.id())).containsExactly(saved);
        assertThat(saved.company()).isEqualTo("某电池科技有限公司");
        assertThat(saved.approvalRef()).isEqualTo("校人〔2025〕12号");
        assertThat(saved.note()).isNull();
        assertThat(episodeAudit(data.zhang.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(e.entity()).isEqualTo(PersonRepository.ENTITY);
            assertThat(e.changes()).containsExactly(new FieldChange("episode", null,
                    "SIDE_JOB 某电池科技有限公司 2026-01-01~2026-12-31 校人〔2025〕12号"));
        });
    }

    @Test
    void update_changesTheRow_andAuditsBeforeAndAfter() {
        PersonEpisode saved = data.people.saveEpisode(episode(data.li.id(), EpisodeKind.LEAVE_TO_FOUND, "视觉公司",
                "2025-03-01", "2026-02-28"));
        PersonEpisode extended = new PersonEpisode(saved.id(), saved.personId(), saved.kind(), saved.company(),
                saved.startsOn(), saved.endsOn(), LocalDate.of(2027, 2, 28), "延期批复 3 号", null);

        data.people.saveEpisode(extended);

        assertThat(data.people.episodes(data.li.id())).containsExactly(extended);
        assertThat(episodeAudit(data.li.id()).get(0).changes()).containsExactly(new FieldChange("episode",
                "LEAVE_TO_FOUND 视觉公司 2025-03-01~2026-02-28",
                "LEAVE_TO_FOUND 视觉公司 2025-03-01~2026-02-28 +2027-02-28 延期批复 3 号"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            no company,              SIDE_JOB, -,      2026-01-01, 2026-06-30, -
            end before start,        SIDE_JOB, 某公司, 2026-07-01, 2026-06-30, -
            extension before end,    SIDE_JOB, 某公司, 2026-01-01, 2026-06-30, 2026-05-01
            no kind,                 -,        某公司, 2026-01-01, 2026-06-30, -
            """)
    void invalidEpisodes_areRefused_andChangeNothing(String what, EpisodeKind kind, String company, String from,
                                                     String to, String extended) {
        int auditRows = data.audit.count();
        PersonEpisode e = new PersonEpisode(null, data.zhang.id(), kind, company, LocalDate.parse(from),
                LocalDate.parse(to), extended == null ? null : LocalDate.parse(extended), null, null);

        assertThatThrownBy(() -> data.people.saveEpisode(e)).isInstanceOf(ValidationException.class);

        assertThat(data.people.episodes(data.zhang.id())).isEmpty();
        assertThat(data.audit.count()).isEqualTo(auditRows);
    }

    @Test
    void overlappingEpisodeOfTheSameKind_isRefusedWithTheOtherNamed_butAnotherKindOrPersonIsFine() {
        data.people.saveEpisode(episode(data.zhang.id(), EpisodeKind.SIDE_JOB, "甲公司", "2026-01-01", "2026-06-30"));
        int auditRows = data.audit.count();

        assertThatThrownBy(() -> data.people.saveEpisode(episode(data.zhang.id(), EpisodeKind.SIDE_JOB, "乙公司",
                "2026-06-30", "2026-12-31")))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.problems())
                        .singleElement().satisfies(p -> assertThat(p.message())
                                .isEqualTo("与已有的兼职（甲公司，2026-01-01 至 2026-06-30）时间重叠；同一类型的记录时间不能重叠。")));
        assertThat(data.audit.count()).isEqualTo(auditRows);

        data.people.saveEpisode(episode(data.zhang.id(), EpisodeKind.LEAVE_TO_FOUND, "丙公司", "2026-03-01", "2026-04-30"));
        data.people.saveEpisode(episode(data.li.id(), EpisodeKind.SIDE_JOB, "乙公司", "2026-03-01", "2026-04-30"));
        data.people.saveEpisode(episode(data.zhang.id(), EpisodeKind.SIDE_JOB, "乙公司", "2026-07-01", "2026-12-31"));
        assertThat(data.people.episodes(data.zhang.id())).extracting(PersonEpisode::company)
                .containsExactly("甲公司", "丙公司", "乙公司");
    }

    @Test
    void anExtensionIntoTheNextEpisode_isAnOverlap_butEditingAnEpisodeDoesNotClashWithItself() {
        PersonEpisode first = data.people.saveEpisode(episode(data.zhang.id(), EpisodeKind.SIDE_JOB, "甲公司",
                "2026-01-01", "2026-06-30"));
        data.people.saveEpisode(episode(data.zhang.id(), EpisodeKind.SIDE_JOB, "乙公司", "2026-09-01", "2026-12-31"));

        PersonEpisode renamed = new PersonEpisode(first.id(), first.personId(), first.kind(), "甲公司（更名）",
                first.startsOn(), first.endsOn(), null, null, null);
        data.people.saveEpisode(renamed);
        PersonEpisode tooLong = new PersonEpisode(first.id(), first.personId(), first.kind(), renamed.company(),
                first.startsOn(), first.endsOn(), LocalDate.of(2026, 9, 1), null, null);

        assertThatThrownBy(() -> data.people.saveEpisode(tooLong)).isInstanceOf(ValidationException.class);
        assertThat(data.people.episodes(data.zhang.id()).get(0)).isEqualTo(renamed);
    }

    @Test
    void delete_removesTheEpisode_auditsIt_andIsQuietWhenAlreadyGone() {
        PersonEpisode saved = data.people.saveEpisode(episode(data.wang.id(), EpisodeKind.SIDE_JOB, "材料公司",
                "2026-01-01", "2026-06-30"));

        data.people.deleteEpisode(saved.id());
        data.people.deleteEpisode(saved.id());

        assertThat(data.people.episodes(data.wang.id())).isEmpty();
        assertThat(episodeAudit(data.wang.id())).hasSize(2);
        assertThat(episodeAudit(data.wang.id()).get(0).changes()).containsExactly(new FieldChange("episode",
                "SIDE_JOB 材料公司 2026-01-01~2026-06-30", null));
    }

    @Test
    void savingForAMissingPerson_orAMissingEpisode_isRefused() {
        assertThatThrownBy(() -> data.people.saveEpisode(episode(9999L, EpisodeKind.SIDE_JOB, "某公司", "2026-01-01",
                "2026-06-30"))).isInstanceOf(UserFacingException.class);
        PersonEpisode gone = episode(data.zhang.id(), EpisodeKind.SIDE_JOB, "某公司", "2026-01-01", "2026-06-30")
                .withId(9999L);
        assertThatThrownBy(() -> data.people.saveEpisode(gone)).isInstanceOf(StaleRecordException.class);
    }

    @Test
    void allEpisodes_listEveryonesWithNameStaffNoAndDepartment() {
        data.people.saveEpisode(episode(data.wang.id(), EpisodeKind.SIDE_JOB, "材料公司", "2026-01-01", "2026-06-30"));
        data.people.saveEpisode(episode(data.zhang.id(), EpisodeKind.LEAVE_TO_FOUND, "电池公司", "2025-01-01",
                "2027-12-31"));

        List<EpisodeRow> rows = data.people.allEpisodes();

        assertThat(rows).extracting(EpisodeRow::staffNo, EpisodeRow::personName, EpisodeRow::departmentName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("T001", "张三", "计算机科学与技术学院"),
                        org.assertj.core.groups.Tuple.tuple("T003", "王五", "材料科学与工程学院"));
        assertThat(rows.get(0).episode().company()).isEqualTo("电池公司");
    }
}
