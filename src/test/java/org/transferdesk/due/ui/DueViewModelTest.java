package org.transferdesk.due.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.due.DueTestDeals.deal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.due.DueFixture;
import org.transferdesk.due.DueItem;
import org.transferdesk.due.DueKind;
import org.transferdesk.export.PrintedListReadBack;
import org.transferdesk.export.TableExport;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;

/**
 * The Due screen's view model without the JavaFX toolkit, over a real service. Today is 2026-11-22; the open
 * items are INSTALMENT:11 (2026-11-10, overdue), ANNUAL_REPORT:2025 (2026-03-30, overdue),
 * PUBLICITY:DEAL:2 (2026-12-07), ANNUAL_REPORT:2026 (2027-03-30) and INSTALMENT:31 (2027-06-30).
 */
@Tag(TestDatabase.TAG)
class DueViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    @AutoClose
    private final DueFixture f = new DueFixture();
    private final DataEvents events = new DataEvents();
    private final List<DataEvents.Change> published = new ArrayList<>();
    private DueViewModel vm;

    @BeforeEach
    void setUp() {
        f.deals.add(deal(1).instalment(11, LocalDate.of(2026, 11, 10), "5000.00").build());
        f.deals.add(deal(2).status(DealStatus.PUBLICITY)
                .publicity(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 12, 7)).build());
        f.deals.add(deal(3).mode(DealMode.LICENSE).instalment(31, LocalDate.of(2027, 6, 30), "80000.00").build());
        events.subscribe(published::add);
        vm = new DueViewModel(f.service, new CurrentThreadTaskExecutor(), events);
        vm.load();
    }

    private List<String> shownKeys() {
        return vm.shown().stream().map(DueItem::key).toList();
    }

    private DueItem shown(String key) {
        return vm.shown().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void defaultHorizon90Days_overdueIncluded() {
        assertThat(vm.today()).isEqualTo(TODAY);
        assertThat(vm.filters().horizon().get()).isEqualTo(Horizon.DAYS_90);
        assertThat(shownKeys()).containsExactly("ANNUAL_REPORT:2025", "INSTALMENT:11", "PUBLICITY:DEAL:2:2026-12-07");
        assertThat(vm.totalsProperty().get()).startsWith(I18n.t("due.totals", 3, 2L, 5) + " · 需要关注 ");
    }

    @Test
    void horizon_widensAndNarrows_overdueAlwaysShown() {
        vm.filters().horizon().set(Horizon.DAYS_7);
        assertThat(shownKeys()).containsExactly("ANNUAL_REPORT:2025", "INSTALMENT:11");

        vm.filters().horizon().set(Horizon.DAYS_180);
        assertThat(shownKeys()).containsExactly("ANNUAL_REPORT:2025", "INSTALMENT:11", "PUBLICITY:DEAL:2:2026-12-07",
                "ANNUAL_REPORT:2026");

        vm.filters().horizon().set(Horizon.ALL);
        assertThat(shownKeys()).hasSize(5).endsWith("INSTALMENT:31");
    }

    @Test
    void kindFilter() {
        vm.filters().horizon().set(Horizon.ALL);
        vm.filters().kind().set(DueKind.INSTALMENT);

        assertThat(shownKeys()).containsExactly("INSTALMENT:11", "INSTALMENT:31");
        assertThat(vm.totalsProperty().get()).startsWith(I18n.t("due.totals", 2, 1L, 5) + " · 需要关注 ");

        vm.filters().kind().set(DueKind.TAX_FILING);
        assertThat(shownKeys()).isEmpty();
        assertThat(vm.groups()).isEmpty();
    }

    @Test
    void textFilter_everyTermMatchesCaseInsensitively() {
        vm.filters().horizon().set(Horizon.ALL);

        vm.filters().searchText().set("ht-3");
        assertThat(shownKeys()).containsExactly("INSTALMENT:31");

        vm.filters().searchText().set("  R-PUB-PRICE   成果2 ");
        assertThat(shownKeys()).containsExactly("PUBLICITY:DEAL:2:2026-12-07");

        vm.filters().searchText().set("r-pub-price 成果3");
        assertThat(shownKeys()).isEmpty();

        vm.filters().clear();
        assertThat(vm.filters().searchText().get()).isEmpty();
        assertThat(vm.filters().horizon().get()).isEqualTo(Horizon.DAYS_90);
        assertThat(shownKeys()).hasSize(3);
    }

    /**
     * Issue 24, item 7: by default what needs attention comes first, worst consequence first — the late annual report
     * (R-REPORT-WHO) before the overdue instalment — then the rest by date; the kinds are counted beside.
     */
    @Test
    void byDefault_groupedByConsequence_withTheAttentionCountedByKind() {
        assertThat(vm.filters().grouping().get()).isEqualTo(Grouping.CONSEQUENCE);
        assertThat(vm.groups()).extracting(DueGroup::title).containsExactly(
                I18n.t("due.group.kind", I18n.t("dueConsequence.LOST"), 1),
                I18n.t("due.group.kind", I18n.t("dueConsequence.MONEY"), 1),
                I18n.t("dueRank.later", 7, 1));
        assertThat(vm.groups()).flatExtracting(DueGroup::items).extracting(DueItem::key)
                .containsExactly("ANNUAL_REPORT:2025", "INSTALMENT:11", "PUBLICITY:DEAL:2:2026-12-07");
        assertThat(vm.groups()).extracting(DueGroup::overdue).containsExactly(true, true, false);
        assertThat(vm.attentionKindsProperty().get()).isEqualTo("需要关注：年度报告 1 · 应收款 1");

        // the counts are of every open item, like the attention count, not of the kind filtered to
        vm.filters().kind().set(DueKind.INSTALMENT);
        assertThat(vm.attentionKindsProperty().get()).isEqualTo("需要关注：年度报告 1 · 应收款 1");
        assertThat(vm.groups()).extracting(DueGroup::title).containsExactly(
                I18n.t("due.group.kind", I18n.t("dueConsequence.MONEY"), 1));
    }

    @Test
    void grouping_switchesBetweenWeeksAndKinds() {
        vm.filters().grouping().set(Grouping.WEEK);
        assertThat(vm.groups()).extracting(DueGroup::title).containsExactly(I18n.t("due.group.overdue", 2),
                I18n.t("due.group.range", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 13), 1));

        vm.filters().grouping().set(Grouping.KIND);
        assertThat(vm.groups()).extracting(DueGroup::title).containsExactly(
                I18n.t("due.group.kind", DueKind.INSTALMENT.label(), 1),
                I18n.t("due.group.kind", DueKind.PUBLICITY_END.label(), 1),
                I18n.t("due.group.kind", DueKind.ANNUAL_REPORT.label(), 1));
    }

    @Test
    void markSelectedDone_inTheFuture_isRefusedAndStoresNothing() {
        vm.selectedProperty().set(shown("INSTALMENT:11"));
        assertThat(vm.doneForm().doneOn().get()).isEqualTo(TODAY);
        vm.doneForm().doneOn().set(TODAY.plusDays(1));

        vm.markSelectedDone();

        assertThat(vm.errorProperty().get()).isEqualTo(I18n.t("due.done.badDate"));
        assertThat(f.service.doneMarks()).isEmpty();
        assertThat(published).isEmpty();
        assertThat(shownKeys()).contains("INSTALMENT:11");
    }

    @Test
    void markSelectedDone_withoutADay_isRefused() {
        vm.selectedProperty().set(shown("INSTALMENT:11"));
        vm.doneForm().doneOn().set(null);

        vm.markSelectedDone();

        assertThat(vm.errorProperty().get()).isEqualTo(I18n.t("due.done.badDate"));
        assertThat(f.service.doneMarks()).isEmpty();
    }

    @Test
    void markSelectedDone_today_theItemDisappearsAndOthersAreTold() {
        vm.selectedProperty().set(shown("INSTALMENT:11"));
        vm.doneForm().note().set("已催款");

        vm.markSelectedDone();

        assertThat(published).extracting(DataEvents.Change::kind).containsExactly(DataEvents.Change.Kind.DUE);
        assertThat(f.service.doneMarks()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("INSTALMENT:11");
            assertThat(m.doneOn()).isEqualTo(TODAY);
            assertThat(m.note()).isEqualTo("已催款");
        });
        assertThat(f.service.open(TODAY)).extracting(DueItem::key).doesNotContain("INSTALMENT:11");
        // the view model reloaded on its own event
        assertThat(shownKeys()).containsExactly("ANNUAL_REPORT:2025", "PUBLICITY:DEAL:2:2026-12-07");
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.totalsProperty().get()).startsWith(I18n.t("due.totals", 2, 1L, 4) + " · 需要关注 ");
    }

    @Test
    void markSelectedDone_afterARefusal_clearsTheError() {
        vm.selectedProperty().set(shown("INSTALMENT:11"));
        vm.doneForm().doneOn().set(TODAY.plusDays(3));
        vm.markSelectedDone();
        vm.doneForm().doneOn().set(TODAY.minusDays(2));

        vm.markSelectedDone();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(f.service.doneMarks()).singleElement()
                .satisfies(m -> assertThat(m.doneOn()).isEqualTo(TODAY.minusDays(2)));
    }

    @Test
    void selectionFilteredAway_isCleared() {
        vm.selectedProperty().set(shown("INSTALMENT:11"));

        vm.filters().kind().set(DueKind.ANNUAL_REPORT);

        assertThat(vm.selectedProperty().get()).isNull();
    }

    @Test
    void exportRows_followTheFilter() {
        vm.filters().kind().set(DueKind.INSTALMENT);

        assertThat(vm.visibleRowsForExport()).singleElement().satisfies(row -> {
            assertThat(row).hasSize(DueViewModel.exportHeaders().size());
            assertThat(row.get(0)).isEqualTo(LocalDate.of(2026, 11, 10));
            assertThat(row.get(1)).isEqualTo(I18n.t("due.status.overdue", 12L));
            assertThat(row.get(7)).as("the contract's own terms, in words").isEqualTo("合同约定");
        });
    }

    @Test
    void urgent_withinTheSmallestReminderLevelOnly() {
        f.deals.add(deal(4).instalment(41, LocalDate.of(2026, 11, 27), "100.00")
                .instalment(42, LocalDate.of(2026, 12, 10), "100.00").build());
        vm.load();

        assertThat(vm.urgent(shown("INSTALMENT:41"))).as("5 days left, level 7").isTrue();
        assertThat(vm.urgent(shown("INSTALMENT:42"))).as("18 days left, level 30").isFalse();
        assertThat(vm.urgent(shown("INSTALMENT:11"))).as("overdue is shown as overdue, not urgent").isFalse();
    }

    @Test
    void aYearWithoutHolidayArrangementsWithinTheHorizon_isWarnedAbove_theList_untilItIsEntered() {
        f.calendar = new org.transferdesk.calendar.WorkCalendar(List.of(new org.transferdesk.calendar.CalendarDay(
                LocalDate.of(2026, 10, 1), org.transferdesk.calendar.CalendarDay.Kind.HOLIDAY, "国庆节")));
        f.today(LocalDate.of(2026, 9, 1));
        vm.load();
        assertThat(vm.calendarWarningProperty().get()).as("90 days from 1 Sep stay in 2026").isEmpty();

        f.today(LocalDate.of(2026, 10, 3));
        vm.load();
        assertThat(vm.calendarWarningProperty().get()).as("the 90th day is 1 Jan 2027").contains("2027 年的节假日安排尚未录入");

        f.calendar = new org.transferdesk.calendar.WorkCalendar(List.of(new org.transferdesk.calendar.CalendarDay(
                        LocalDate.of(2026, 10, 1), org.transferdesk.calendar.CalendarDay.Kind.HOLIDAY, "国庆节"),
                new org.transferdesk.calendar.CalendarDay(LocalDate.of(2027, 2, 8),
                        org.transferdesk.calendar.CalendarDay.Kind.HOLIDAY, "春节")));
        vm.load();
        assertThat(vm.calendarWarningProperty().get()).isEmpty();
    }

    @Test
    void theXlsxExport_printsLikeEveryList_withItsFiltersInWords_andAmountsInYuan(@TempDir Path dir) {
        vm.filters().kind().set(DueKind.INSTALMENT);
        Path file = dir.resolve("待办.xlsx");
        TableExport.writeListXlsx(file, new TableExport.ListHeading(I18n.t("due.title"), vm.filterDescription(), TODAY,
                DueViewModel.EXPORT_AMOUNT_COLUMNS), DueViewModel.exportHeaders(), vm.visibleRowsForExport());

        PrintedListReadBack.check(file, "待办", "筛选：类型 = 应收款；到期 = 未来 90 天（含已逾期）",
                DueViewModel.exportHeaders(), sheet -> {
                    assertThat(sheet.getPrintSetup().getLandscape()).as("eight columns are wider than portrait").isTrue();
                    assertThat(sheet.getLastRowNum()).isEqualTo(TableExport.LIST_HEADER_ROW + 1);
                    var row = sheet.getRow(TableExport.LIST_HEADER_ROW + 1);
                    assertThat(DueViewModel.exportHeaders().get(5)).isEqualTo(I18n.t("dueCol.amount"));
                    PrintedListReadBack.assertMoney(row.getCell(5), new BigDecimal("5000.00"));
                    assertThat(row.getCell(7).getStringCellValue()).as("the contract's own terms, in words")
                            .isEqualTo("合同约定");
                });
    }

    @Test
    void theFilterLine_saysEachFilterInUse_inTheAppsLanguage() {
        assertThat(vm.filterDescription()).isEqualTo("筛选：到期 = 未来 90 天（含已逾期）");
        vm.filters().horizon().set(Horizon.ALL);
        assertThat(vm.filterDescription()).isEqualTo("筛选：无（全部记录）");
        vm.filters().searchText().set(" 年报 ");
        vm.filters().kind().set(DueKind.INSTALMENT);
        assertThat(vm.filterDescription()).isEqualTo("筛选：类型 = 应收款；搜索 “年报”");
        try {
            I18n.setLocale(I18n.ENGLISH);
            vm.filters().horizon().set(Horizon.DAYS_30);
            assertThat(vm.filterDescription()).isEqualTo("Filter: Kind = " + DueKind.INSTALMENT.label()
                    + "; Due = Next 30 days and overdue; search \"年报\"");
        } finally {
            I18n.setLocale(I18n.CHINESE);
        }
    }
}
