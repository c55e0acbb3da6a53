package org.transferdesk.due;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.function.IntFunction;
import org.transferdesk.common.I18n;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;

/**
 * R-REPORT-WHO: the annual conversion report of a calendar year is due on a day of the following year
 * (3月30日 by default; the setting in force on 1 January of that year). Reminded for last year's report and
 * this year's, until marked done.
 */
public final class ReportReminders {
    private ReportReminders() {
    }

    public static List<DueItem> of(LocalDate today, IntFunction<MonthDay> deadlineOfYearAfter) {
        return List.of(item(today.getYear() - 1, deadlineOfYearAfter), item(today.getYear(), deadlineOfYearAfter));
    }

    private static DueItem item(int year, IntFunction<MonthDay> deadlineOfYearAfter) {
        LocalDate due = deadlineOfYearAfter.apply(year + 1).atYear(year + 1);
        return new DueItem("ANNUAL_REPORT:" + year, DueKind.ANNUAL_REPORT, "R-REPORT-WHO", due,
                new RecordRef(RecordType.REPORT, year, I18n.t("due.record.report", String.valueOf(year))),
                I18n.t("due.action.report", String.valueOf(year)), null, null, Stakes.lostAfter(due));
    }

    /** 3月30日 → "03-30", what {@link #parse} reads. */
    public static String format(MonthDay day) {
        return String.format(java.util.Locale.ROOT, "%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }

    /**
     * "03-30" → 3月30日; IllegalArgumentException otherwise ("02-30"). "02-29" is a deadline: in a year without
     * that day it falls on 02-28 ({@link MonthDay#atYear}, which {@link #of} uses).
     */
    public static MonthDay parse(String text) {
        try {
            return MonthDay.parse("--" + text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("expected MM-DD, e.g. 03-30: " + text, e);
        }
    }
}
