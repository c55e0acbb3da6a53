package org.transferdesk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.dashboard.TestReports.report;
import static org.transferdesk.dashboard.TestReports.tally;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.common.I18n;
import org.transferdesk.dashboard.Dashboard;
import org.transferdesk.dashboard.DashboardFixture;
import org.transferdesk.dashboard.Figure;
import org.transferdesk.deal.DealMode;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.YearFigures;
import org.transferdesk.report.ReportModes;
import org.transferdesk.ui.CurrentThreadTaskExecutor;

/** The home screen's view model without the toolkit: tiles, chart series and the callbacks. */
class DashboardViewModelTest {
    @TempDir
    Path tmp;

    private DashboardFixture fixture;
    private final List<RecordRef> opened = new ArrayList<>();
    private int reportShown;
    private DashboardViewModel vm;

    @BeforeEach
    void setUp() {
        fixture = new DashboardFixture(tmp).withTwoDeals();
        vm = new DashboardViewModel(fixture.service, new CurrentThreadTaskExecutor(), opened::add,
                () -> reportShown++);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void tiles_showMoneyIn10kYuan_withTheChangeOnLastYear() {
        vm.refresh();

        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.tiles()).extracting(Tile::figure).containsExactly(Figure.values());
        Tile amount = tile(Figure.CONTRACT_AMOUNT);
        assertThat(amount.title()).isEqualTo("合同金额（万元）");
        assertThat(amount.value()).isEqualTo("25.00");
        assertThat(amount.previous()).isEqualTo("上年同期 10.00");
        assertThat(amount.change()).isEqualTo("比上年 ▲ 150.0%");
        assertThat(amount.trend()).isEqualTo(Tile.Trend.UP);
        assertThat(tile(Figure.RECEIVED).value()).isEqualTo("6.00");
        assertThat(tile(Figure.CONTRACTS).value()).isEqualTo("1");
        assertThat(tile(Figure.CONTRACTS).change()).isEqualTo("与上年持平");
        assertThat(tile(Figure.REWARDS).change()).isEqualTo("两年均为 0");
        assertThat(tile(Figure.REWARDS).trend()).isEqualTo(Tile.Trend.NONE);
        assertThat(vm.headingProperty().get()).isEqualTo("2026 年至今（截至 2026-11-22），与 2025 年比较");
        assertThat(vm.statusProperty().get()).startsWith("截至 2026-11-22 · 需要关注 ");
    }

    /** Issue 24, item 7: the home page counts what the 待办 badge counts, with the overdue ones of all, not of the rows shown. */
    @Test
    void theHomePageCountsWhatTheBadgeCounts() {
        vm.refresh();
        org.transferdesk.due.DueService due = fixture.context.due();
        java.time.LocalDate today = due.today();
        org.transferdesk.due.DueAttention counts = due.attention(today);
        assertThat(counts.total()).isEqualTo(due.urgentCount(today)).isPositive();
        assertThat(vm.statusProperty().get()).isEqualTo(I18n.t("dashboard.status", today.toString(), counts.total()));
        assertThat(vm.attentionSummaryProperty().get()).startsWith(I18n.t("dashboard.attention.summary",
                counts.total(), counts.overdue(), counts.dueSoon(), counts.soonDays(), "").replaceAll("[；;].*", ""));
        assertThat(vm.attention().stream().filter(r -> r.item().source() != org.transferdesk.dashboard.AttentionSource.REPORT_CHECK))
                .hasSize(counts.total());
    }

    /**
     * Issue 24, item 7: the late annual report (lost for good, R-REPORT-WHO) comes first, then the money by amount —
     * the 994,320.00 due in three days before the 90,000.00 overdue — then the report's checks; the kinds are
     * counted in that order and add up to the attention count.
     */
    @Test
    void attention_rankedByConsequence_andCountedByKind() {
        fixture.largeInstalmentDueSoon();

        vm.refresh();

        List<AttentionRow> due = vm.attention().stream()
                .filter(r -> r.item().source() != org.transferdesk.dashboard.AttentionSource.REPORT_CHECK).toList();
        assertThat(due).extracting(AttentionRow::amount).containsExactly("", "994,320.00", "90,000.00");
        assertThat(due).extracting(r -> r.item().kind()).containsExactly(org.transferdesk.due.DueKind.ANNUAL_REPORT,
                org.transferdesk.due.DueKind.INSTALMENT, org.transferdesk.due.DueKind.INSTALMENT);
        assertThat(due).extracting(AttentionRow::overdue).containsExactly(true, false, true);
        assertThat(vm.attention().subList(due.size(), vm.attention().size()))
                .allMatch(r -> r.item().source() == org.transferdesk.dashboard.AttentionSource.REPORT_CHECK);
        assertThat(vm.attentionKindsProperty().get()).isEqualTo("需要关注：年度报告 1 · 应收款 2");
        assertThat(fixture.context.due().urgentCount(LocalDate.of(2026, 11, 22))).isEqualTo(3);
    }

    @Test
    void modeSeries_equalTheReportsFiguresIn10kYuan_perYear() {
        vm.refresh();
        List<AnnualReport> reports = fixture.context.reports().years(2022, 2026);

        assertThat(vm.contractAmounts()).extracting(ChartSeries::name)
                .containsExactlyElementsOf(ReportModes.SIX.stream().map(DealMode::label).toList());
        for (int m = 0; m < ReportModes.SIX.size(); m++) {
            DealMode mode = ReportModes.SIX.get(m);
            ChartSeries amounts = vm.contractAmounts().get(m);
            ChartSeries received = vm.received().get(m);
            assertThat(amounts.points()).extracting(ChartSeries.Point::category)
                    .containsExactly("2022", "2023", "2024", "2025", "2026");
            for (AnnualReport r : reports) {
                String year = String.valueOf(r.year());
                assertThat(amounts.valueAt(year)).as(mode + " " + year)
                        .isEqualByComparingTo(r.mode(mode).contractAmount().movePointLeft(4));
                assertThat(received.valueAt(year)).as(mode + " " + year)
                        .isEqualByComparingTo(r.mode(mode).received().movePointLeft(4));
            }
        }
        assertThat(vm.contractAmounts().get(ReportModes.SIX.indexOf(DealMode.TRANSFER)).valueAt("2026"))
                .isEqualByComparingTo("25.00");
        assertThat(vm.received().get(ReportModes.SIX.indexOf(DealMode.LICENSE)).valueAt("2025"))
                .isEqualByComparingTo("4.00");
        assertThat(vm.rewards()).extracting(ChartSeries::name).containsExactly("现金", "股权");
        assertThat(vm.pilotSteps()).isEmpty();
    }

    @Test
    void enterOnAnAttentionRow_opensItsRecord_andATileShowsTheReport() {
        vm.refresh();
        assertThat(vm.attention().get(0).overdue()).isTrue();
        AttentionRow first = vm.attention().stream()
                .filter(r -> r.item().kind() == org.transferdesk.due.DueKind.INSTALMENT).findFirst().orElseThrow();
        assertThat(first.overdue()).isTrue();
        assertThat(first.status()).isEqualTo("逾期 52 天");
        assertThat(first.amount()).isEqualTo("90,000.00");
        assertThat(first.what()).startsWith("应收款：");

        vm.open(first);
        vm.open(null);
        vm.showReport();

        assertThat(opened).containsExactly(first.item().record());
        assertThat(opened.get(0).id()).isEqualTo(fixture.transfer.id());
        assertThat(reportShown).isEqualTo(1);
    }

    @Test
    void aFailedLoad_saysSo_andStopsLoading() {
        DashboardViewModel failing = new DashboardViewModel(
                new org.transferdesk.dashboard.DashboardService(null, null, null, fixture.context.clock()),
                new CurrentThreadTaskExecutor(), opened::add, () -> { });

        failing.refresh();

        assertThat(failing.errorProperty().get()).isEqualTo(I18n.t("dashboard.loadFailed"));
        assertThat(failing.loadingProperty().get()).isFalse();
        assertThat(failing.tiles()).isEmpty();
    }

    @Test
    void departments_topTenThenOthers_largestFirst() {
        Map<String, Integer> byDepartment = new LinkedHashMap<>();
        for (int i = 1; i <= 12; i++) {
            byDepartment.put("学院" + (char) ('A' + i - 1), i);
        }
        byDepartment.put(AnnualReport.UNSPECIFIED, 20);
        AnnualReport before = report(2025, tally(0, "0.00", "0.00"), "0", "0", 0, 0, Map.of(), List.of());
        AnnualReport now = report(2026, tally(0, "0.00", "0.00"), "0", "0", 98, 0, byDepartment, List.of());
        Dashboard d = new Dashboard(2026, LocalDate.of(2026, 11, 22),
                List.of(YearFigures.of(before), YearFigures.of(now)), now, List.of(), Map.of(), List.of(), 0,
                new org.transferdesk.due.DueAttention(0, 0, 7), Map.of());

        List<ChartSeries> series = DashboardCharts.departments(d);

        assertThat(series).hasSize(1);
        assertThat(series.get(0).points()).extracting(ChartSeries.Point::category).containsExactly("未填院系",
                "学院L", "学院K", "学院J", "学院I", "学院H", "学院G", "学院F", "学院E", "学院D", "其他");
        // the three smallest (1 + 2 + 3) are summed
        assertThat(series.get(0).valueAt("其他")).isEqualByComparingTo(BigDecimal.valueOf(6));
    }

    private Tile tile(Figure f) {
        return vm.tiles().stream().filter(t -> t.figure() == f).findFirst().orElseThrow();
    }
}
