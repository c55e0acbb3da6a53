package org.transferdesk.report;

import java.time.LocalDate;

/** The calendar year the report covers. */
record ReportYearSpan(int year, LocalDate first, LocalDate last) {
    static ReportYearSpan of(int year) {
        return new ReportYearSpan(year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The year up to {@code cutoff} (inclusive), for a comparison with the same period of another year. */
    static ReportYearSpan upTo(int year, LocalDate cutoff) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return new ReportYearSpan(year, LocalDate.of(year, 1, 1), cutoff.isBefore(end) ? cutoff : end);
    }

    boolean contains(LocalDate day) {
        return day != null && !day.isBefore(first) && !day.isAfter(last);
    }
}
