package org.transferdesk.ip.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpListRow;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.KeystrokeComparisons;
import org.transferdesk.ui.ScreenData;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;

@Tag(TestDatabase.TAG)
class IpListViewModelTest {
    private ScreenData data;
    private DataEvents events;
    private IpListViewModel vm;

    @BeforeEach
    void setUp() {
        data = new ScreenData().withSampleData();
        events = new DataEvents();
        vm = new IpListViewModel(data.ip, new CurrentThreadTaskExecutor(), events);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        data.close();
    }

    @Test
    void load_listsEveryAsset_withItsResult_andTotals() {
        assertThat(vm.rows()).extracting(IpListRow::applicationNo)
                .containsExactlyInAnyOrder("202310123456.6", "202420234567.4", "2025SR0123456");
        IpListRow patent = vm.find("202310123456.6");
        assertThat(patent.resultNo()).isEqualTo("R-2024-0001");
        assertThat(patent.disclosureId()).isEqualTo(data.battery.id());
        assertThat(vm.totalsProperty().get()).isEqualTo("共 3 项知识产权，显示 3 项");
    }

    @Test
    void nameColumn_fallsBackToTheResultTitle_andTermEndFollowsRPatTerm() {
        IpListRow patent = vm.find("202310123456.6");
        assertThat(IpListViewModel.displayTitle(patent)).isEqualTo("一种高效锂电池正极材料");
        assertThat(patent.termEnd()).isEqualTo(LocalDate.of(2043, 1, 4));
        assertThat(IpListViewModel.displayTitle(vm.find("202420234567.4"))).isEqualTo("电池壳体散热结构");
        assertThat(vm.find("2025SR0123456").termEnd()).isNull();
    }

    @Test
    void typingANumber_withCnOrZlPrefix_findsTheAsset() {
        vm.searchTextProperty().set("CN202310123456.6");
        assertThat(vm.rows()).extracting(IpListRow::applicationNo).containsExactly("202310123456.6");
        vm.searchTextProperty().set("ZL 202420234567.4");
        assertThat(vm.rows()).extracting(IpListRow::applicationNo).containsExactly("202420234567.4");
        vm.searchTextProperty().set("某科技公司");
        assertThat(vm.rows()).extracting(IpListRow::applicationNo).containsExactly("2025SR0123456");
        assertThat(vm.totalsProperty().get()).isEqualTo("共 3 项知识产权，显示 1 项");
    }

    @Test
    void facets_filterByTypeStatusAndFilingYear() {
        assertThat(vm.filters().year().choices()).containsExactly(2025, 2024, 2023);
        vm.filters().type().set(IpType.UTILITY_MODEL);
        assertThat(vm.rows()).extracting(IpListRow::applicationNo).containsExactly("202420234567.4");
        vm.clearFilters();
        vm.filters().status().set(IpStatus.REGISTERED);
        assertThat(vm.rows()).extracting(IpListRow::applicationNo).containsExactly("2025SR0123456");
        vm.clearFilters();
        vm.filters().year().set(2023);
        assertThat(vm.rows()).extracting(IpListRow::applicationNo).containsExactly("202310123456.6");
        vm.filters().type().set(IpType.UTILITY_MODEL);
        assertThat(vm.shownCount()).isZero();
    }

    @Test
    void export_givesTheShownRowsInTableColumns() {
        vm.searchTextProperty().set("202310123456");
        List<List<Object>> rows = vm.visibleRowsForExport();
        assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsExactly("202310123456.6", "发明专利",
                "一种高效锂电池正极材料", "R-2024-0001", LocalDate.of(2023, 1, 5), null, "已申请", "本校",
                LocalDate.of(2043, 1, 4)));
        assertThat(vm.exportHeaders()).hasSize(rows.get(0).size());
    }

    @Test
    void aSavedResult_reloadsTheRegister() {
        Disclosure d = data.vision;
        Disclosure withMore = DisclosureBuilder.toBuilder(d)
                .ipAssets(List.of(d.ipAssets().get(0), new IpAsset(null, IpType.DESIGN, "202130345678.4", null,
                        LocalDate.of(2021, 8, 1), null, IpStatus.FILED, "本校"))).build();
        data.disclosures.save(withMore);
        events.resultSaved(d.id());
        assertThat(vm.totalCount()).isEqualTo(4);
        assertThat(vm.filters().year().choices()).contains(2021);
    }

    @Test
    void typingIntoTheSortedList_comparesNoRows() {
        assertThat(KeystrokeComparisons.count(vm.sortedRows(), vm.searchTextProperty())).isZero();
    }
}
