package org.transferdesk.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.Person;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.KeystrokeComparisons;
import org.transferdesk.ui.ScreenData;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;

@Tag(TestDatabase.TAG)
class PeopleListViewModelTest {
    private ScreenData data;
    private DataEvents events;
    private PeopleListViewModel vm;

    @BeforeEach
    void setUp() {
        data = new ScreenData().withSampleData();
        events = new DataEvents();
        vm = new PeopleListViewModel(data.people, data.disclosures, new CurrentThreadTaskExecutor(), events);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        data.close();
    }

    @Test
    void load_listsEveryone_withMaskedIdNumberAndResultCount() {
        // a directory opens by name in pinyin order (issue 24, item 8): 李四, 王五, 张三, then T004
        assertThat(vm.rows()).extracting(PersonListRow::staffNo).containsExactly("T002", "T003", "T001", "T004");
        PersonListRow zhang = vm.find("T001");
        assertThat(zhang.maskedIdNumber()).isEqualTo("110105********002X");
        assertThat(zhang.resultCount()).isEqualTo(1);
        assertThat(zhang.department()).isEqualTo("计算机科学与技术学院");
        assertThat(vm.find("T004").resultCount()).isZero();
        assertThat(vm.find("T004").maskedIdNumber()).isEmpty();
        assertThat(vm.totalsProperty().get()).isEqualTo("共 4 人，显示 4 人");
    }

    @Test
    void typing_filtersByStaffNoNameOrDepartment_allTermsMustMatch() {
        vm.searchTextProperty().set("张");
        assertThat(vm.rows()).extracting(PersonListRow::name).containsExactly("张三");
        vm.searchTextProperty().set("t00");
        assertThat(vm.shownCount()).isEqualTo(4);
        vm.searchTextProperty().set("计算机");
        assertThat(vm.rows()).extracting(PersonListRow::name).containsExactly("李四", "张三");
        vm.searchTextProperty().set("计算机 李");
        assertThat(vm.rows()).extracting(PersonListRow::name).containsExactly("李四");
        assertThat(vm.totalsProperty().get()).isEqualTo("共 4 人，显示 1 人");
    }

    @Test
    void idNumbers_areNotSearchable() {
        vm.searchTextProperty().set("19491231");
        assertThat(vm.shownCount()).isZero();
    }

    @Test
    void facets_filterByDepartmentAndLeaderRole_andClearTogether() {
        assertThat(vm.filters().department().choices()).containsExactly("材料科学与工程学院", "机械工程学院", "计算机科学与技术学院");
        vm.filters().department().set("计算机科学与技术学院");
        assertThat(vm.shownCount()).isEqualTo(2);
        vm.filters().leaderRole().set(LeaderRole.HEAD);
        assertThat(vm.rows()).extracting(PersonListRow::name).containsExactly("张三");
        vm.clearFilters();
        assertThat(vm.shownCount()).isEqualTo(4);
        vm.filters().leaderRole().set(LeaderRole.OTHER);
        assertThat(vm.rows()).extracting(PersonListRow::name).containsExactly("王五");
    }

    @Test
    void export_givesTheShownRows_withTheIdNumberMasked() {
        vm.searchTextProperty().set("张三");
        assertThat(vm.visibleRowsForExport()).singleElement().satisfies(row -> {
            assertThat(row).startsWith("T001", "张三", "计算机科学与技术学院", "正职领导", "110105********002X");
            assertThat(row).doesNotContain(ScreenData.VALID_ID);
        });
        assertThat(vm.exportHeaders()).hasSize(vm.visibleRowsForExport().get(0).size());
    }

    @Test
    void aSavedPerson_reloadsTheList() {
        Person saved = data.people.save(Person.create("T005", "钱七"));
        events.personSaved(saved.id());
        assertThat(vm.find("T005")).isNotNull();
        assertThat(vm.totalCount()).isEqualTo(5);
    }

    @Test
    void typingIntoTheSortedList_comparesNoRows() {
        assertThat(KeystrokeComparisons.count(vm.sortedRows(), vm.searchTextProperty())).isZero();
    }
}
