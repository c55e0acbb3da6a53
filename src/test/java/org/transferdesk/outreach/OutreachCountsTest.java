package org.transferdesk.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.deal.ResultRef;

/** Issue 25, R-OUTREACH: a year's counts, with the events on the year's edges. */
class OutreachCountsTest {
    @ParameterizedTest(name = "an event starting {0} counts in {1}")
    @CsvSource({
        "2025-12-31, 2025",
        "2026-01-01, 2026",
        "2026-12-31, 2026",
        "2027-01-01, 2027",
    })
    void anEvent_countsInTheYearItStarts(LocalDate start, int year) {
        OutreachEvent e = event(start, start.plusDays(3), List.of(1L), List.of(7L), LeadStatus.NEW);
        assertThat(OutreachCounts.of(year, List.of(e)).events()).isEqualTo(1);
        assertThat(OutreachCounts.of(year - 1, List.of(e)).events()).isZero();
        assertThat(OutreachCounts.of(year + 1, List.of(e)).events()).isZero();
    }

    @Test
    void resultsAndCompanies_areCountedOnce_andOnlyOpenLeads() {
        List<OutreachEvent> events = List.of(
                event(LocalDate.of(2026, 1, 1), null, List.of(1L, 2L), List.of(7L, 8L), LeadStatus.NEW),
                event(LocalDate.of(2026, 12, 31), null, List.of(2L, 3L), List.of(8L), LeadStatus.WON),
                event(LocalDate.of(2026, 6, 1), null, List.of(4L), List.of(9L), LeadStatus.FOLLOWING),
                event(LocalDate.of(2025, 12, 31), null, List.of(5L), List.of(10L), LeadStatus.NEW));
        assertThat(OutreachCounts.of(2026, events)).isEqualTo(new OutreachCounts(2026, 3, 4, 3, 2));
    }

    private static OutreachEvent event(LocalDate start, LocalDate end, List<Long> results, List<Long> companies,
                                       LeadStatus lead) {
        return new OutreachEvent(null, "路演", EventKind.ROADSHOW, start, end, null, null, false, null,
                results.stream().map(r -> new ResultRef(r, "R" + r, "成果" + r)).toList(),
                companies.stream().map(c -> new CompanyRef(c, "企业" + c)).toList(),
                List.of(new Lead(null, companies.get(0), "企业", null, null, null, lead, null, null)), 0);
    }
}
