package org.transferdesk.report;

import java.time.LocalDate;

/** The calendar year the report covers. */
record ReportYearSpan(int year, LocalDate first, LocalDate last) {
    static ReportYearSpan of(int year) {
        return new ReportYearSpan(year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    boolean contains(LocalDate day) {
        return day != null && day.getYear() == year;
    }
}
