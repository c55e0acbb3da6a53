package org.transferdesk.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.Problem;

/** Issue 25: an event's dates and a contact-log entry's fields at their boundaries. */
class OutreachValidatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest(name = "{0} – {1}: {2}")
    @CsvSource(nullValues = "-", value = {
        "2026-05-10, 2026-05-09, endsOn",  // the end before the start is refused
        "2026-05-10, 2026-05-10, -",       // the same day is a one-day event
        "2026-05-10, 2026-05-12, -",       // a three-day fair
        "2026-05-10, -,          -",       // one day, no end day
        "-,          2026-05-12, startsOn",
    })
    void anEvent_endsNotBeforeItStarts(LocalDate start, LocalDate end, String wrongField) {
        OutreachEvent e = new OutreachEvent(null, "成果路演", EventKind.ROADSHOW, start, end, null, null, false, null,
                List.of(), List.of(), List.of(), 0);
        assertThat(fields(OutreachValidator.validateEvent(e))).isEqualTo(wrongField == null ? List.of()
                : List.of(wrongField));
    }

    @ParameterizedTest(name = "{0} / {1} / {2} / {3}: {4}")
    @CsvSource(nullValues = "-", value = {
        "2026-11-22, 走访,   -,         -,          -",          // today, no next step
        "2026-11-23, 走访,   -,         -,          contactedOn", // tomorrow has not happened yet
        "2026-11-22, 电话,   发送方案, 2026-11-21, -",          // a step already overdue may be recorded
        "2026-11-22, 电话,   发送方案, -,          nextDue",     // a step needs its day
        "2026-11-22, 邮件,   -,         2026-11-30, nextStep",    // a day needs its step
        "2026-11-22, -,      -,         -,          way",
    })
    void anEntry_needsItsDayWayAndAStepWithItsDay(LocalDate on, String way, String step, LocalDate due,
                                                  String wrongField) {
        ContactWay w = way == null ? null : org.transferdesk.common.Labeled.parse(ContactWay.class, way).orElseThrow();
        ContactEntry c = new ContactEntry(null, 1, on, w, "陈晓梅", null, "介绍成果", step, due, false, 0);
        assertThat(fields(OutreachValidator.validateEntry(c, TODAY))).isEqualTo(wrongField == null ? List.of()
                : List.of(wrongField));
    }

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }
}
