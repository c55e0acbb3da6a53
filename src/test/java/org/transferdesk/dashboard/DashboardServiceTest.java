package org.transferdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.due.DueKind;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.report.YearFigures;
import org.transferdesk.report.CheckKind;

/** The home screen's figures read from real records: this year so far against last year, and the attention list. */
class DashboardServiceTest {
    @TempDir
    Path tmp;

    private DashboardFixture fixture;

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void load_comparesThisYearSoFarWithLastYear_overFiveYears() {
        fixture = new DashboardFixture(tmp).withTwoDeals();

        Dashboard d = fixture.service.load();

        assertThat(d.year()).isEqualTo(2026);
        assertThat(d.asOf()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(d.years()).extracting(YearFigures::year).containsExactly(2022, 2023, 2024, 2025, 2026);
        assertThat(d.figure(Figure.CONTRACTS).current()).isEqualByComparingTo("1");
        assertThat(d.figure(Figure.CONTRACTS).change().percent()).isEqualByComparingTo("0");
        assertThat(d.figure(Figure.CONTRACT_AMOUNT).current()).isEqualByComparingTo("250000.00");
        assertThat(d.figure(Figure.CONTRACT_AMOUNT).previous()).isEqualByComparingTo("100000.00");
        assertThat(d.figure(Figure.CONTRACT_AMOUNT).change().percent()).isEqualByComparingTo("150");
        assertThat(d.figure(Figure.RECEIVED).current()).isEqualByComparingTo("60000.00");
        assertThat(d.figure(Figure.RECEIVED).change().percent()).isEqualByComparingTo("50");
        assertThat(d.figure(Figure.REWARDS).change()).as("nothing last year: no percentage").isNull();
        assertThat(d.pilotSteps()).isEmpty();
    }

    @Test
    void thisYearSoFar_isComparedWithTheSamePeriodOfLastYear() {
        fixture = new DashboardFixture(tmp).withTwoDeals();
        fixture.save(DashboardFixture.deal("XK-2025-12", org.transferdesk.deal.DealMode.LICENSE,
                LocalDate.of(2025, 12, 1), "500000.00", null, List.of(), List.of()));

        Dashboard d = fixture.service.load();

        // Signed after 22 November 2025: not in last year's first 326 days, but in the chart's whole 2025.
        assertThat(d.figure(Figure.CONTRACT_AMOUNT).previous()).isEqualByComparingTo("100000.00");
        assertThat(d.years().get(3).all().contractAmount()).isEqualByComparingTo("600000.00");
    }

    @Test
    void attention_overdueFirst_thenDueWithinTheSmallestReminderLevel_thenLastYearsReportChecks() {
        fixture = new DashboardFixture(tmp).withTwoDeals();

        List<Attention> list = fixture.service.load().attention();

        assertThat(list).extracting(Attention::source).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        Attention overdue = list.stream().filter(a -> a.kind() == DueKind.INSTALMENT
                && a.source() == AttentionSource.OVERDUE).findFirst().orElseThrow();
        assertThat(overdue.date()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(overdue.amount()).isEqualByComparingTo("90000.00");
        assertThat(overdue.record()).satisfies(r -> {
            assertThat(r.type()).isEqualTo(RecordType.DEAL);
            assertThat(r.id()).isEqualTo(fixture.transfer.id());
        });
        // issue 24, item 7: the list holds what the 待办 badge counts (due within 7 days), not 30 days ahead
        assertThat(list).filteredOn(a -> a.source() == AttentionSource.DUE_SOON).extracting(Attention::date)
                .allMatch(day -> !day.isAfter(LocalDate.of(2026, 11, 29)));
        assertThat(list).extracting(Attention::date).doesNotContain(LocalDate.of(2026, 12, 10));
        Dashboard d = fixture.service.load();
        assertThat(d.due().total()).isEqualTo(fixture.context.due().urgentCount(LocalDate.of(2026, 11, 22)));
        assertThat(list).filteredOn(a -> a.source() != AttentionSource.REPORT_CHECK).hasSize(d.due().total());
        // the 2025 licence was never registered: a check of last year's report
        assertThat(list).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(CheckKind.NOT_REGISTERED);
            assertThat(a.reportYear()).isEqualTo(2025);
            assertThat(a.record().id()).isEqualTo(fixture.licence.id());
        });
        assertThat(list).noneMatch(a -> a.kind() == CheckKind.NOT_REGISTERED && a.record().id() == fixture.transfer.id());
    }

    @Test
    void attention_keepsTheMostUrgentFifty_andSaysHowManyThereAre() {
        fixture = new DashboardFixture(tmp);
        fixture.manyOverdueInstalments(60);

        Dashboard d = fixture.service.load();

        assertThat(d.attention()).hasSize(DashboardService.ATTENTION_LIMIT);
        assertThat(d.attentionTotal()).isGreaterThanOrEqualTo(61);
        // issue 24, item 7: last year's late report is lost for good and comes first; equal instalments, earliest first
        assertThat(d.attention().get(0).kind()).isEqualTo(DueKind.ANNUAL_REPORT);
        assertThat(d.attention().get(1).date()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(d.attention().subList(1, DashboardService.ATTENTION_LIMIT)).extracting(Attention::date)
                .isSorted();
        assertThat(d.attention()).allMatch(a -> a.source() == AttentionSource.OVERDUE);
    }

    @Test
    void load_ofAnEmptyOffice_hasZeroFiguresAndNoPercentages() {
        fixture = new DashboardFixture(tmp);

        Dashboard d = fixture.service.load(2026);

        assertThat(d.keyFigures()).allSatisfy(k -> {
            assertThat(k.current().signum()).isZero();
            assertThat(k.change()).isNull();
        });
    }
}
