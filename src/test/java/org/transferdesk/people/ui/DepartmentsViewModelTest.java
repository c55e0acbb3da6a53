package org.transferdesk.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.people.Department;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.ScreenData;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;

@Tag(TestDatabase.TAG)
class DepartmentsViewModelTest {
    @AutoClose
    private final ScreenData data = new ScreenData().withSampleData();
    private final List<DataEvents.Change> published = new ArrayList<>();
    private DepartmentsViewModel vm;

    @BeforeEach
    void setUp() {
        DataEvents events = new DataEvents();
        events.subscribe(published::add);
        vm = new DepartmentsViewModel(data.people, new CurrentThreadTaskExecutor(), events);
        vm.load();
    }

    private Department named(String name) {
        return vm.departments().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void load_listsActiveAndInactiveDepartments_withTotals() {
        assertThat(vm.departments()).extracting(Department::name)
                .containsExactly("材料科学与工程学院", "机械工程学院", "计算机科学与技术学院");
        assertThat(named("机械工程学院").active()).isFalse();
        assertThat(vm.totalsProperty().get()).isEqualTo("共 3 个院系，其中启用 2 个");
    }

    @Test
    void add_savesTheNewDepartment_selectsIt_andTellsOpenScreens() {
        vm.newNameProperty().set("  外国语学院 ");
        vm.add();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.newNameProperty().get()).isEmpty();
        assertThat(vm.departments()).extracting(Department::name).contains("外国语学院");
        assertThat(vm.selectedProperty().get().name()).isEqualTo("外国语学院");
        assertThat(data.people.activeDepartments()).extracting(Department::name).contains("外国语学院");
        assertThat(published).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(DataEvents.Change.Kind.DEPARTMENT);
            assertThat(c.id()).isEqualTo(vm.selectedProperty().get().id());
        });
    }

    @Test
    void duplicateName_isRefusedPlainly_andNothingIsWritten() {
        vm.newNameProperty().set("材料科学与工程学院");
        vm.add();

        assertThat(vm.errorProperty().get()).isEqualTo("院系“材料科学与工程学院”已存在。");
        assertThat(data.people.departments()).hasSize(3);
        assertThat(published).isEmpty();
        vm.newNameProperty().set("材料学院");
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void blankName_isRefused() {
        vm.newNameProperty().set("   ");
        vm.add();
        assertThat(vm.errorProperty().get()).isEqualTo("请填写“院系名称”。");
    }

    @Test
    void rename_changesTheNameOnEveryRecord() {
        vm.selectedProperty().set(named("计算机科学与技术学院"));
        assertThat(vm.renameTextProperty().get()).isEqualTo("计算机科学与技术学院");
        vm.renameTextProperty().set("计算机学院");
        vm.rename();

        assertThat(vm.departments()).extracting(Department::name).contains("计算机学院")
                .doesNotContain("计算机科学与技术学院");
        assertThat(data.people.find(data.zhang.id()).orElseThrow().departmentName()).isEqualTo("计算机学院");
        assertThat(published).hasSize(1);
    }

    @Test
    void rename_toAnExistingName_isRefused() {
        vm.selectedProperty().set(named("计算机科学与技术学院"));
        vm.renameTextProperty().set("机械工程学院");
        vm.rename();
        assertThat(vm.errorProperty().get()).isEqualTo("院系“机械工程学院”已存在。");
        assertThat(named("计算机科学与技术学院")).isNotNull();
    }

    @Test
    void deactivate_keepsTheDepartmentOnRecords_butOutOfPickers_andActivateBringsItBack() {
        vm.selectedProperty().set(named("计算机科学与技术学院"));
        vm.toggleActive();

        assertThat(named("计算机科学与技术学院").active()).isFalse();
        assertThat(data.people.activeDepartments()).extracting(Department::name)
                .doesNotContain("计算机科学与技术学院");
        assertThat(data.people.find(data.zhang.id()).orElseThrow().departmentName()).isEqualTo("计算机科学与技术学院");
        assertThat(vm.totalsProperty().get()).isEqualTo("共 3 个院系，其中启用 1 个");

        vm.toggleActive();
        assertThat(named("计算机科学与技术学院").active()).isTrue();
        assertThat(published).hasSize(2);
    }
}
