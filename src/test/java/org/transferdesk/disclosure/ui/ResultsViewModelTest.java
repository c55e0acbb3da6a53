package org.transferdesk.disclosure.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.TestServiceWiring;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.Percent;
import org.transferdesk.db.Database;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.people.Department;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.Person;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;
import org.junit.jupiter.api.Tag;

/** The results list and editor view models, without the JavaFX toolkit. */
@Tag(TestDatabase.TAG)
class ResultsViewModelTest {
    private Database db;
    private DisclosureService disclosures;
    private PeopleService people;
    private final DataEvents events = new DataEvents();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private Person zhang;
    private Person li;
    private Department materials;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        AuditRepository audit = new AuditRepository(db.dsl());
        disclosures = TestServiceWiring.disclosures(db, audit);
        people = TestServiceWiring.people(db, audit);
        materials = people.saveDepartment(Department.create("材料学院"));
        zhang = people.save(new Person(null, "T001", "张三", materials.id(), materials.name(),
                org.transferdesk.people.LeaderRole.NONE, null, null, 0));
        li = people.save(Person.create("T002", "李四"));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private void saveResult(String no, String title, LocalDate on, ResultType type, Department dep) {
        disclosures.save(DisclosureBuilder.disclosure().status(ResultStatus.DISCLOSED).resultNo(no).title(title)
                .disclosedOn(on).departmentId(dep == null ? null : dep.id())
                .departmentName(dep == null ? null : dep.name()).resultType(type)
                .inventors(List.of(new Inventor(zhang.id(), "T001", "张三", Percent.ofPercent("60"), true),
                        new Inventor(li.id(), "T002", "李四", Percent.ofPercent("40"), false))).build());
    }

    @Test
    void list_filtersAsYouType_byFacets_andKeepsTotals() {
        saveResult("R-2023-0001", "一种锂电池正极材料", LocalDate.of(2023, 3, 1), ResultType.INVENTION_PATENT, materials);
        saveResult("R-2024-0001", "图像识别软件", LocalDate.of(2024, 5, 1), ResultType.SOFTWARE, null);
        saveResult("R-2024-0002", "锂电池回收工艺", LocalDate.of(2024, 6, 1), ResultType.TRADE_SECRET, materials);
        ResultsListViewModel vm = new ResultsListViewModel(disclosures, executor, events);

        vm.load();
        assertThat(vm.totalCount()).isEqualTo(3);
        assertThat(vm.totalsProperty().get()).isEqualTo("共 3 项成果，显示 3 项");

        vm.searchTextProperty().set("锂电池");
        assertThat(vm.rows()).extracting(s -> s.resultNo()).containsExactlyInAnyOrder("R-2023-0001", "R-2024-0002");
        vm.searchTextProperty().set("锂电池 回收");
        assertThat(vm.rows()).extracting(s -> s.resultNo()).containsExactly("R-2024-0002");
        vm.searchTextProperty().set("李四");
        assertThat(vm.shownCount()).isEqualTo(3);

        vm.clearFilters();
        vm.filters().year().set(2024);
        assertThat(vm.shownCount()).isEqualTo(2);
        vm.filters().department().set("材料学院");
        assertThat(vm.rows()).extracting(s -> s.resultNo()).containsExactly("R-2024-0002");
        assertThat(vm.totalsProperty().get()).isEqualTo("共 3 项成果，显示 1 项");
        assertThat(vm.filters().department().choices()).containsExactly("材料学院");
        assertThat(vm.filters().year().choices()).containsExactly(2024, 2023);

        vm.clearFilters();
        vm.filters().type().set(ResultType.SOFTWARE);
        assertThat(vm.visibleRowsForExport()).singleElement()
                .satisfies(row -> assertThat(row).startsWith("R-2024-0001", "图像识别软件", LocalDate.of(2024, 5, 1)));
    }

    @Test
    void editor_newResult_suggestsNumber_validatesOnLeave_savesAndRefreshesTheList() {
        ResultsListViewModel list = new ResultsListViewModel(disclosures, executor, events);
        list.load();
        ResultEditorViewModel vm = new ResultEditorViewModel(disclosures, people, result -> List.of(), executor, dialogs, events);
        vm.load(null, () -> { });

        assertThat(vm.form().resultNoProperty().get()).isEqualTo("R-2026-0001");
        assertThat(vm.isDirty()).isFalse();
        vm.validateField("title");
        assertThat(vm.fieldErrors()).containsEntry("title", "请填写“成果名称”。");

        vm.form().titleProperty().set("新型催化剂");
        vm.validateField("title");
        assertThat(vm.fieldErrors()).doesNotContainKey("title");
        assertThat(vm.isDirty()).isTrue();

        vm.inventors().add(zhang);
        vm.inventors().add(li);
        assertThat(vm.inventors().rows()).extracting(r -> r.shareProperty().get()).containsExactly("100", "0");
        assertThat(vm.inventors().sumOkProperty().get()).isTrue();
        boolean[] result = new boolean[1];
        vm.save(ok -> result[0] = ok);
        assertThat(result[0]).isFalse();
        assertThat(vm.problems()).contains("李四 的贡献份额必须是大于 0 的数字。");
        assertThat(disclosures.count()).isZero();

        vm.inventors().rows().get(0).shareProperty().set("70");
        vm.inventors().rows().get(1).shareProperty().set("30");
        vm.save(ok -> result[0] = ok);
        assertThat(result[0]).isTrue();
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.problems()).isEmpty();
        assertThat(dialogs.notices).contains("已保存 R-2026-0001");
        assertThat(list.find("R-2026-0001")).isNotNull();
        assertThat(vm.auditHistory()).hasSize(1);
    }

    /** Issue 22: a technology manager's new result is theirs, unchanged until edited, and saved so. */
    @Test
    void editor_newResultOfATechnologyManager_isAssignedToThem() {
        var zhangmin = new org.transferdesk.ui.Assignees.Assignee("zhangmin", "张敏");
        var lihua = new org.transferdesk.ui.Assignees.Assignee("lihua", "李华");
        ResultEditorViewModel vm = new ResultEditorViewModel(disclosures, people, result -> List.of(),
                () -> new org.transferdesk.ui.Assignees.Options(List.of(zhangmin, lihua), "zhangmin", true), executor,
                dialogs, events);
        vm.load(null, () -> { });

        assertThat(vm.manager().login()).isEqualTo("zhangmin");
        assertThat(vm.manager().choices()).containsExactly(zhangmin);
        assertThat(vm.manager().lockedProperty().get()).isTrue();
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.current().managerLogin()).isEqualTo("zhangmin");
    }

    @Test
    void editor_newResultOfAClerk_isAssignedToNobody_untilChosen() {
        var zhangmin = new org.transferdesk.ui.Assignees.Assignee("zhangmin", "张敏");
        ResultEditorViewModel vm = new ResultEditorViewModel(disclosures, people, result -> List.of(),
                () -> new org.transferdesk.ui.Assignees.Options(List.of(zhangmin), null, true), executor, dialogs,
                events);
        vm.load(null, () -> { });

        assertThat(vm.manager().login()).isNull();
        assertThat(vm.manager().choices()).containsExactly(null, zhangmin);
        assertThat(vm.manager().lockedProperty().get()).isFalse();
        vm.manager().selectedProperty().set(zhangmin);
        assertThat(vm.isDirty()).isTrue();
        assertThat(vm.current().managerLogin()).isEqualTo("zhangmin");
    }

    @Test
    void editor_statusChange_needsReason_andIsRecordedInTheHistory() {
        saveResult("R-2024-0001", "图像识别软件", LocalDate.of(2024, 5, 1), ResultType.SOFTWARE, null);
        List<org.transferdesk.disclosure.DisclosureSummary> all = new java.util.ArrayList<>();
        disclosures.loadSummaries(100, all::addAll);
        long id = all.get(0).id();
        ResultEditorViewModel vm = new ResultEditorViewModel(disclosures, people, result -> List.of(), executor, dialogs, events);
        vm.load(id, () -> { });
        assertThat(vm.status().allowedNext()).contains(ResultStatus.EVALUATING, ResultStatus.ABANDONED)
                .doesNotContain(ResultStatus.DISCLOSED);

        vm.nextStatus().status().set(ResultStatus.EVALUATING);
        vm.nextStatus().reason().set("");
        vm.changeStatus();
        assertThat(vm.problems()).contains("请填写“原因”。");
        assertThat(vm.status().currentProperty().get()).isEqualTo(ResultStatus.DISCLOSED);

        vm.nextStatus().status().set(ResultStatus.EVALUATING);
        vm.nextStatus().reason().set("提交专家评估");
        vm.changeStatus();
        assertThat(vm.status().currentProperty().get()).isEqualTo(ResultStatus.EVALUATING);
        assertThat(vm.statusHistory()).hasSize(2);
        assertThat(vm.auditHistory()).hasSize(2);
    }
}
