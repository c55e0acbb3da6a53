package org.transferdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.dashboard.TestReports.report;
import static org.transferdesk.dashboard.TestReports.tally;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.Percent;
import org.transferdesk.due.DueItem;
import org.transferdesk.due.DueKind;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.pilot.PilotCaseSummary;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.CheckKind;
import org.transferdesk.report.DataCheck;

class DashboardFiguresTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest(name = "{0} against {1} → {2}")
    @CsvSource(nullValues = "none", textBlock = """
            # current,   previous,  change in %
            150,         100,       50
            50,          100,       -50
            100,         100,       0
            1,           3,         -66.6667
            2,           3,         -33.3333
            250000.00,   100000.00, 150
            10,          0,         none
            0,           0,         none
            0,           5,         -100
            """)
    void change_isRelativeToLastYear_andNoneWhenLastYearIsZero(String current, String previous, String percent) {
        Percent change = KeyFigure.change(new BigDecimal(current), new BigDecimal(previous));
        if (percent == null) {
            assertThat(change).isNull();
        } else {
            assertThat(change.percent()).isEqualByComparingTo(percent);
        }
    }

    @Test
    void compare_takesEachFigureFromTheReports_rewardsAreCashPlusEquity() {
        AnnualReport before = report(2025, tally(4, "100000.00", "40000.00"), "1000.00", "0.00", 10, 0, Map.of(),
                List.of());
        AnnualReport now = report(2026, tally(5, "250000.00", "60000.00"), "3000.00", "2000.00", 8, 2, Map.of(),
                List.of());

        Map<Figure, KeyFigure> figures = new java.util.EnumMap<>(Figure.class);
        DashboardFigures.compare(now, before).forEach(k -> figures.put(k.figure(), k));

        assertThat(figures.keySet()).containsExactly(Figure.values());
        assertThat(figures.get(Figure.CONTRACTS).current()).isEqualByComparingTo("5");
        assertThat(figures.get(Figure.CONTRACTS).change().percent()).isEqualByComparingTo("25");
        assertThat(figures.get(Figure.CONTRACT_AMOUNT).previous()).isEqualByComparingTo("100000.00");
        assertThat(figures.get(Figure.RECEIVED).change().percent()).isEqualByComparingTo("50");
        assertThat(figures.get(Figure.REWARDS).current()).isEqualByComparingTo("5000.00");
        assertThat(figures.get(Figure.REWARDS).change().percent()).isEqualByComparingTo("400");
        assertThat(figures.get(Figure.RESULTS).change().percent()).isEqualByComparingTo("-20");
        assertThat(figures.get(Figure.PILOTS_GRANTED).current()).isEqualByComparingTo("2");
        assertThat(figures.get(Figure.PILOTS_GRANTED).change()).isNull();
    }

    @Test
    void attention_overdueLongestFirst_thenDueSoonest_thenLastYearsChecks_thenThisYears() {
        List<DueItem> due = List.of(
                item("SOON", TODAY.plusDays(20)),
                item("OVERDUE-RECENT", TODAY.minusDays(2)),
                item("TODAY", TODAY),
                item("OVERDUE-OLD", TODAY.minusDays(40)));
        List<DataCheck> lastYear = List.of(check(CheckKind.NO_RESULT, "L-late", LocalDate.of(2025, 9, 1)),
                check(CheckKind.RECEIPT_UNSIGNED, "L-undated", null),
                check(CheckKind.NOT_REGISTERED, "L-early", LocalDate.of(2025, 2, 1)));
        List<DataCheck> thisYear = List.of(check(CheckKind.NOT_REGISTERED, "T", LocalDate.of(2026, 1, 5)));

        List<Attention> list = DashboardFigures.attention(due, new org.transferdesk.due.DueRanking(TODAY, 7), lastYear, 2025,
                thisYear, 2026, TODAY);

        assertThat(list).extracting(a -> a.record().label()).containsExactly("OVERDUE-OLD", "OVERDUE-RECENT",
                "TODAY", "SOON", "L-early", "L-late", "L-undated", "T");
        assertThat(list).extracting(Attention::source).containsExactly(AttentionSource.OVERDUE,
                AttentionSource.OVERDUE, AttentionSource.DUE_SOON, AttentionSource.DUE_SOON,
                AttentionSource.REPORT_CHECK, AttentionSource.REPORT_CHECK, AttentionSource.REPORT_CHECK,
                AttentionSource.REPORT_CHECK);
        assertThat(list.get(0).amount()).isEqualByComparingTo("1000.00");
        assertThat(list.get(0).kind()).isEqualTo(DueKind.INSTALMENT);
        assertThat(list.get(4).reportYear()).isEqualTo(2025);
        assertThat(list.get(7).reportYear()).isEqualTo(2026);
    }

    @Test
    void byStep_countsCasesAtTheirCurrentStep_inFlowOrder_skippingCasesWithoutAStep() {
        List<PilotCaseSummary> cases = List.of(pilot(PilotStep.REGISTERED), pilot(PilotStep.APPLICATION),
                pilot(PilotStep.REGISTERED), pilot(null), pilot(PilotStep.CONVERTED));

        Map<PilotStep, Integer> counts = DashboardFigures.byStep(cases);

        assertThat(counts).containsExactly(Map.entry(PilotStep.APPLICATION, 1), Map.entry(PilotStep.REGISTERED, 2),
                Map.entry(PilotStep.CONVERTED, 1));
    }

    private static DueItem item(String label, LocalDate dueOn) {
        return new DueItem("K:" + label, DueKind.INSTALMENT, "CONTRACT", dueOn, new RecordRef(RecordType.DEAL, 1, label),
                "催收", new BigDecimal("1000.00"), null);
    }

    private static DataCheck check(CheckKind kind, String label, LocalDate date) {
        return new DataCheck(kind, new RecordRef(RecordType.DEAL, 2, label), date, null);
    }

    private static PilotCaseSummary pilot(PilotStep step) {
        return new PilotCaseSummary(1, "FQ-1", 1, "R-1", "成果", "机械学院", PilotModel.OWNERSHIP, step, null,
                Percent.ZERO, null, null, null, null, false, null, "");
    }
}
