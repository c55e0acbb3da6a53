package org.transferdesk.people.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.due.PeopleReminders;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.people.EpisodeRow;
import org.transferdesk.people.EpisodeRules;
import org.transferdesk.people.PersonEpisode;
import org.transferdesk.ui.ScreenData;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;

/**
 * R-REPORT-MORE: full-time staff of the technology-transfer office are people with a TTO_STAFF episode (a start,
 * an optional end, no company), counted per year from those records; they are no side job to be reminded of.
 */
@Tag(TestDatabase.TAG)
class TtoStaffEpisodeTest {
    private final ScreenData data = new ScreenData().withSampleData();

    @BeforeEach
    void staff() {
        // 张 from 2023-03-01 on; 李 2022-07-01 to 2024-01-01; 王 from 2025-12-31 on; 赵 two times, 2021 and 2024
        save(data.zhang.id(), "2023-03-01", null);
        save(data.li.id(), "2022-07-01", "2024-01-01");
        save(data.wang.id(), "2025-12-31", null);
        save(data.zhao.id(), "2021-01-01", "2021-12-31");
        save(data.zhao.id(), "2024-06-01", "2024-08-31");
        data.people.saveEpisode(new PersonEpisode(null, data.li.id(), EpisodeKind.SIDE_JOB, "某公司",
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null, null, null));
    }

    @AfterEach
    void tearDown() {
        data.close();
    }

    private PersonEpisode save(long personId, String from, String to) {
        return data.people.saveEpisode(new PersonEpisode(null, personId, EpisodeKind.TTO_STAFF, null,
                LocalDate.parse(from), to == null ? null : LocalDate.parse(to), null, null, null));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            2020, ''
            2021, 赵
            2022, 李
            2023, 张;李
            2024, 张;李;赵
            2025, 张;王
            2026, 张;王
            """)
    void staffOfAYear_arePeopleWhoseTimeCoversADayOfIt(int year, String names) {
        List<EpisodeRow> rows = data.people.ttoStaffInYear(year);
        assertThat(rows).extracting(r -> r.personName().substring(0, 1))
                .containsExactlyInAnyOrder(names.isEmpty() ? new String[0] : names.split(";"));
        assertThat(new PersonEpisodeRepository(data.db.dsl()).ttoStaffCount(year)).isEqualTo(rows.size());
        assertThat(rows).allMatch(r -> r.episode().kind() == EpisodeKind.TTO_STAFF && r.episode().coversYearOf(year));
    }

    @ParameterizedTest(name = "{0} company={1} end={2}: {3}")
    @CsvSource(textBlock = """
            TTO_STAFF,      ,       ,           ''
            TTO_STAFF,      ,       2027-01-01, ''
            TTO_STAFF,      ,       2025-12-31, endsOn
            SIDE_JOB,       ,       2027-01-01, company
            SIDE_JOB,       某公司, ,           endsOn
            LEAVE_TO_FOUND, 某公司, 2027-01-01, ''
            """)
    void officeStaffNeedNeitherCompanyNorEnd_butAnEndIsNotBeforeTheStart(EpisodeKind kind, String company,
                                                                         LocalDate end, String errorField) {
        PersonEpisode e = new PersonEpisode(null, 1, kind, company, LocalDate.of(2026, 1, 1), end, null, null, null);
        assertThat(EpisodeRules.validateFields(e)).filteredOn(Problem::isError).extracting(Problem::field)
                .containsExactly(errorField.isEmpty() ? new String[0] : new String[] {errorField});
    }

    @Test
    void anOpenTimeOverlapsALaterOne_andIsRefused() {
        assertThatThrownBy(() -> save(data.zhang.id(), "2030-01-01", "2030-12-31"))
                .isInstanceOf(ValidationException.class);
        assertThat(save(data.zhang.id(), "2020-01-01", "2023-02-28").id()).isNotNull();
        assertThat(data.people.ttoStaffInYear(2020)).extracting(EpisodeRow::personName)
                .containsExactly(data.zhang.name());
    }

    @Test
    void anOpenTime_isActiveFromItsStart() {
        PersonEpisode open = data.people.episodes(data.wang.id()).get(0);
        assertThat(open.activeOn(LocalDate.of(2025, 12, 30))).isFalse();
        assertThat(open.activeOn(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(open.activeOn(LocalDate.of(2099, 1, 1))).isTrue();
        assertThat(open.auditText()).isEqualTo("TTO_STAFF  2025-12-31~null");
    }

    @Test
    void officeStaffAreNotRemindedLikeSideJobs() {
        assertThat(PeopleReminders.of(data.people.allEpisodes()))
                .extracting(d -> d.key()).singleElement().asString().startsWith("EPISODE:");
        assertThat(data.people.allEpisodes()).hasSize(6);
    }
}
