package org.transferdesk.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.AuditRowsOnH2;
import org.transferdesk.audit.AuditLabelsContract;
import org.transferdesk.audit.AuditVocabulary;
import org.transferdesk.db.Database;
import org.junit.jupiter.api.Tag;

/** Issue 24 item 1: every field the work calendar's saves audit reads under a label, in Chinese and in English. */
@Tag(TestDatabase.TAG)
class CalendarAuditLabelsTest extends AuditLabelsContract {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 10, 0);

    CalendarAuditLabelsTest() {
        super(new AuditVocabulary(CalendarAuditLabels.all()));
    }

    @Override
    protected Stream<Arguments> auditedFields() {
        try (Database db = TestDatabase.fresh()) {
            new org.transferdesk.calendar.persistence.WorkCalendarRepository(db.dsl()).replaceYear(2026,
                    java.util.List.of(new CalendarDay(LocalDate.of(2026, 10, 1), CalendarDay.Kind.HOLIDAY, "国庆节")),
                    "clerk", NOW);
            return AuditRowsOnH2.cases(db, "work_calendar").toList().stream();
        }
    }
}
