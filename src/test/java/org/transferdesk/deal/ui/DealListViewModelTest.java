package org.transferdesk.deal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.DealMode;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.KeystrokeComparisons;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;

/** The deal list view model without the JavaFX toolkit. */
@Tag(TestDatabase.TAG)
class DealListViewModelTest {
    private DealUiFixture data;
    private final DataEvents events = new DataEvents();
    private DealListViewModel vm;

    @BeforeEach
    void setUp() {
        I18n.setLocale(I18n.CHINESE);
        data = new DealUiFixture();
        Counterparty a = data.counterparty("杭州甲公司");
        Counterparty b = data.counterparty("宁波乙公司");
        data.transfer("ZR-1", a, "100000.00", "40000.00", LocalDate.of(2025, 6, 1));
        data.transfer("ZR-2", b, "250000.50", null, LocalDate.of(2026, 3, 1));
        data.licence("XK-1", a, "1000000.00");
        vm = new DealListViewModel(data.deals, new CurrentThreadTaskExecutor(), events);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        data.close();
    }

    @Test
    void totals_sumTheFilteredRowsOnly() {
        assertThat(vm.totalCount()).isEqualTo(3);
        assertThat(vm.contractTotal()).isEqualByComparingTo("1350000.50");
        assertThat(vm.receivedTotal()).isEqualByComparingTo("40000.00");
        assertThat(vm.outstandingTotal()).isEqualByComparingTo("1310000.50");

        vm.filters().counterparty().set("杭州甲公司");
        assertThat(vm.shownCount()).isEqualTo(2);
        assertThat(vm.contractTotal()).isEqualByComparingTo("1100000.00");
        assertThat(vm.totalsProperty().get())
                .isEqualTo("共 3 份合同，显示 2 份 · 合同金额 1,100,000.00 元 · 已到账 40,000.00 元 · 未收 1,060,000.00 元");

        vm.filters().mode().set(DealMode.TRANSFER);
        assertThat(vm.shownCount()).isEqualTo(1);
        assertThat(vm.outstandingTotal()).isEqualByComparingTo("60000.00");
    }

    @Test
    void facets_yearRegisteredAndText() {
        assertThat(vm.filters().year().choices()).containsExactly(2026, 2025);
        assertThat(vm.filters().counterparty().choices()).containsExactlyInAnyOrder("杭州甲公司", "宁波乙公司");
        vm.filters().year().set(2025);
        assertThat(vm.shownCount()).isEqualTo(1);
        vm.clearFilters();
        vm.filters().registered().set(true);
        assertThat(vm.shownCount()).isZero();
        vm.filters().registered().set(false);
        assertThat(vm.shownCount()).isEqualTo(3);
        vm.clearFilters();
        vm.searchTextProperty().set("xk-1");
        assertThat(vm.shownCount()).isEqualTo(1);
        assertThat(DealListViewModel.modeText(vm.rows().get(0))).isEqualTo("许可（普通）");
        assertThat(vm.visibleRowsForExport()).singleElement().satisfies(r -> assertThat(r.get(0)).isEqualTo("XK-1"));
        // the export carries the 经办人 column too (issue 22)
        assertThat(vm.exportHeaders()).hasSize(13).contains("经办人");
    }

    @Test
    void dealSaved_reloadsTheList() {
        data.transfer("ZR-3", data.counterparty("丙公司"), "5000.00", null, null);
        events.dealSaved(99);
        assertThat(vm.find("ZR-3")).isNotNull();
    }

    @Test
    void typingIntoTheSortedList_comparesNoRows() {
        assertThat(KeystrokeComparisons.count(vm.sortedRows(), vm.searchTextProperty())).isZero();
    }
}
