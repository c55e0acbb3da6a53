package org.transferdesk.calendar.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferdesk.calendar.CalendarFixtures.day;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.FreshDatabaseResolver;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.calendar.CalendarDay;
import org.transferdesk.calendar.CalendarDay.Kind;
import org.transferdesk.db.Database;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

@Tag(TestDatabase.TAG)
@ExtendWith(FreshDatabaseResolver.class)
class WorkCalendarRepositoryTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);
    private WorkCalendarRepository repository;

    @BeforeEach
    void open(Database db) {
        repository = new WorkCalendarRepository(db.dsl());
    }

    @Test
    void findsAllDays_andTheDaysOfAYear_byDate() {
        assertThat(repository.findAll()).hasSize(254);
        List<CalendarDay> y2024 = repository.findYear(2024);
        assertThat(y2024).hasSize(36).isSortedAccordingTo(java.util.Comparator.comparing(CalendarDay::date));
        assertThat(y2024.get(0)).isEqualTo(day("2024-01-01", Kind.HOLIDAY, "元旦"));
        assertThat(repository.findYear(2022)).extracting(CalendarDay::date)
                .contains(LocalDate.parse("2022-12-31")).allMatch(d -> d.getYear() == 2022);
        assertThat(repository.years()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
    }

    @Test
    void replaceYear_replacesOnlyThatYear_andAuditsBeforeAndAfter(Database db) {
        List<CalendarDay> y2027 = List.of(day("2027-01-01", Kind.HOLIDAY, "元旦"), day("2027-02-06", Kind.WORKDAY, "春节"));
        repository.replaceYear(2027, y2027, "tester", NOW);
        assertThat(repository.findYear(2027)).isEqualTo(y2027);

        repository.replaceYear(2024, List.of(day("2024-10-01", Kind.HOLIDAY, "国庆节")), "tester", NOW);
        assertThat(repository.findYear(2024)).containsExactly(day("2024-10-01", Kind.HOLIDAY, "国庆节"));
        assertThat(repository.findYear(2023)).hasSize(33);
        assertThat(repository.years()).contains(2027);

        List<AuditEntry> history = new AuditRepository(db.dsl()).history(WorkCalendarRepository.ENTITY, 2024);
        assertThat(history).hasSize(1);
        assertThat(history.get(0).actor()).isEqualTo("tester");
        assertThat(history.get(0).changes().get(0).before()).startsWith("2024-01-01 HOLIDAY 元旦\n").contains("2024-10-12 WORKDAY 国庆节");
        assertThat(history.get(0).changes().get(0).after()).isEqualTo("2024-10-01 HOLIDAY 国庆节");
    }

    @Test
    void replaceYear_isAllOrNothing(Database db) {
        List<CalendarDay> twice = List.of(day("2024-10-01", Kind.HOLIDAY, "国庆节"), day("2024-10-01", Kind.HOLIDAY, "又一次"));
        assertThatThrownBy(() -> repository.replaceYear(2024, twice, "tester", NOW)).isInstanceOf(RuntimeException.class);
        assertThat(repository.findYear(2024)).hasSize(36);
        assertThat(new AuditRepository(db.dsl()).history(WorkCalendarRepository.ENTITY, 2024)).isEmpty();
    }

    @Test
    void savingTheSameDaysAgain_writesNoAuditRow(Database db) {
        repository.replaceYear(2025, repository.findYear(2025), "tester", NOW);
        assertThat(new AuditRepository(db.dsl()).history(WorkCalendarRepository.ENTITY, 2025)).isEmpty();
    }
}
