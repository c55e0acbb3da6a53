package org.transferdesk.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.Problem;

class PersonEpisodeTest {
    private static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static PersonEpisode episode(EpisodeKind kind, String from, String to, String extended) {
        return new PersonEpisode(null, 1L, kind, "某科技公司", d(from), d(to), d(extended), null, null);
    }

    @ParameterizedTest(name = "{0}~{1} +{2} on {3}: {4}")
    @CsvSource(nullValues = "-", textBlock = """
            2026-01-01, 2026-06-30, -,          2025-12-31, UPCOMING, false, 2026-06-30
            2026-01-01, 2026-06-30, -,          2026-01-01, ACTIVE,   true,  2026-06-30
            2026-01-01, 2026-06-30, -,          2026-06-30, ACTIVE,   true,  2026-06-30
            2026-01-01, 2026-06-30, -,          2026-07-01, ENDED,    false, 2026-06-30
            2026-01-01, 2026-06-30, 2026-12-31, 2026-07-01, ACTIVE,   true,  2026-12-31
            2026-01-01, 2026-06-30, 2026-12-31, 2027-01-01, ENDED,    false, 2026-12-31
            """)
    void status_andActivity_followTheExtension(String from, String to, String extended, String day,
                                                EpisodeStatus status, boolean active, String effectiveEnd) {
        PersonEpisode e = episode(EpisodeKind.SIDE_JOB, from, to, extended);
        assertThat(e.statusOn(d(day))).isEqualTo(status);
        assertThat(e.activeOn(d(day))).isEqualTo(active);
        assertThat(e.effectiveEnd()).isEqualTo(d(effectiveEnd));
    }

    @ParameterizedTest(name = "{0} {1}~{2} +{3} vs SIDE_JOB 2026-01-01~2026-06-30: {4}")
    @CsvSource(nullValues = "-", textBlock = """
            SIDE_JOB,       2026-06-30, 2026-12-31, -,          true
            SIDE_JOB,       2026-07-01, 2026-12-31, -,          false
            SIDE_JOB,       2025-01-01, 2025-12-31, 2026-01-01, true
            SIDE_JOB,       2025-01-01, 2025-12-31, -,          false
            SIDE_JOB,       2026-02-01, 2026-03-01, -,          true
            LEAVE_TO_FOUND, 2026-02-01, 2026-03-01, -,          false
            """)
    void overlap_isOnlyBetweenTheSameKind_andCountsBothEndDaysAndExtensions(EpisodeKind kind, String from, String to,
                                                                             String extended, boolean overlaps) {
        PersonEpisode existing = episode(EpisodeKind.SIDE_JOB, "2026-01-01", "2026-06-30", null);
        PersonEpisode candidate = episode(kind, from, to, extended);
        assertThat(candidate.overlaps(existing)).isEqualTo(overlaps);
        assertThat(existing.overlaps(candidate)).isEqualTo(overlaps);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            no kind,             -,        某公司, 2026-01-01, 2026-06-30, -,          kind
            no company,          SIDE_JOB, ' ',    2026-01-01, 2026-06-30, -,          company
            no start,            SIDE_JOB, 某公司, -,          2026-06-30, -,          startsOn
            no end,              SIDE_JOB, 某公司, 2026-01-01, -,          -,          endsOn
            end before start,    SIDE_JOB, 某公司, 2026-01-01, 2025-12-31, -,          endsOn
            extension not after, SIDE_JOB, 某公司, 2026-01-01, 2026-06-30, 2026-06-30, extendedTo
            """)
    void fieldRules_nameTheField(String what, EpisodeKind kind, String company, String from, String to,
                                 String extended, String field) {
        PersonEpisode e = new PersonEpisode(null, 1L, kind, company, d(from), d(to), d(extended), null, null);
        List<Problem> problems = EpisodeRules.validateFields(e);
        assertThat(problems).extracting(Problem::field).containsExactly(field);
    }

    @ParameterizedTest
    @CsvSource({"2026-01-01, 2026-01-01", "2026-01-01, 2026-06-30"})
    void aOneDayOrLongerEpisode_isValid(String from, String to) {
        assertThat(EpisodeRules.validateFields(episode(EpisodeKind.LEAVE_TO_FOUND, from, to, null))).isEmpty();
    }
}
