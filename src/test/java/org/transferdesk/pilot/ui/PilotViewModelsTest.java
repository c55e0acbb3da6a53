package org.transferdesk.pilot.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.transferdesk.common.Percent;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotFixture;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.ui.KeystrokeComparisons;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;

/** The pilot screens' view models without the toolkit: list filters, editor load/save/validation, the flow tab. */
@Tag(TestDatabase.TAG)
class PilotViewModelsTest extends PilotUiTestBase {
    /** Issue 22: a technology manager's new case is theirs; a clerk's is nobody's until chosen. */
    @Test
    void newCase_isATechnologyManagersOwn_andNobodysForAClerk() {
        var zhangmin = new org.transferdesk.ui.Assignees.Assignee("zhangmin", "张敏");
        PilotEditorViewModel manager = new PilotEditorViewModel(service, new PilotTeamViewModel(people),
                () -> new org.transferdesk.ui.Assignees.Options(java.util.List.of(zhangmin), "zhangmin", true),
                executor, dialogs, events);
        manager.startFor(fixture.result.id(), () -> { }, e -> { throw new AssertionError(e); });
        assertThat(manager.manager().login()).isEqualTo("zhangmin");
        assertThat(manager.manager().lockedProperty().get()).isTrue();
        assertThat(manager.current().managerLogin()).isEqualTo("zhangmin");

        PilotEditorViewModel clerk = new PilotEditorViewModel(service, new PilotTeamViewModel(people),
                () -> new org.transferdesk.ui.Assignees.Options(java.util.List.of(zhangmin), null, true),
                executor, dialogs, events);
        clerk.startFor(fixture.result.id(), () -> { }, e -> { throw new AssertionError(e); });
        assertThat(clerk.manager().login()).isNull();
        assertThat(clerk.manager().choices()).containsExactly(null, zhangmin);
        clerk.manager().selectedProperty().set(zhangmin);
        assertThat(clerk.current().managerLogin()).isEqualTo("zhangmin");
    }

    @Test
    void newCase_defaultsFromTheResult_unreadableShareAndBadSplitAreRefused_thenSaved() {
        PilotEditorViewModel vm = editor();
        vm.startFor(fixture.result.id(), () -> { }, e -> { throw new AssertionError(e); });
        assertThat(vm.plan().model().get()).isEqualTo(PilotModel.OWNERSHIP);
        assertThat(vm.plan().teamShare().get()).isEqualTo("70");
        assertThat(vm.unitShareProperty().get()).isEqualTo("单位份额 30%");
        assertThat(vm.team().rows()).extracting(OwnerRow::staffNo).containsExactly("R001", "R002", "R003", "R004");
        assertThat(vm.team().sumOkProperty().get()).isTrue();
        assertThat(vm.team().representativeProperty().get().staffNo()).isEqualTo("R001");
        assertThat(vm.windowTitleProperty().get()).isEqualTo("新建赋权案件");
        assertThat(vm.flowTab().flow().stepProblems()).containsExactly("请先保存案件，再记录步骤。");

        vm.plan().teamShare().set("七十");
        vm.save(ok -> assertThat(ok).isFalse());
        assertThat(vm.fieldErrors()).containsKey("teamShare");
        assertThat(service.count()).isZero();

        vm.plan().teamShare().set("60");
        vm.team().rows().get(0).shareProperty().set("50");
        assertThat(vm.team().sumOkProperty().get()).isFalse();
        assertThat(vm.team().sumTextProperty().get()).isEqualTo("合计 110%");
        vm.save(ok -> assertThat(ok).isFalse());
        assertThat(vm.fieldErrors().get("owners")).contains("110%");
        assertThat(service.count()).isZero();

        vm.team().rows().get(0).shareProperty().set("40");
        vm.plan().conversionPlan().set("许可实施");
        boolean[] saved = {false};
        vm.save(ok -> saved[0] = ok);
        assertThat(saved[0]).isTrue();
        assertThat(vm.windowTitleProperty().get()).isEqualTo("赋权案件 FQ-2026-001");
        assertThat(vm.isDirty()).isFalse();
        PilotCase stored = service.findByCaseNo("FQ-2026-001").orElseThrow();
        assertThat(stored.teamShare()).isEqualTo(Percent.ofPercent("60"));
        assertThat(vm.history()).isNotEmpty();
    }

    @Test
    void flowTab_defaultsTimelineAndErrors() {
        PilotCase c = service.save(PilotFixture.complete(service.draftFor(fixture.result.id()), Percent.ofPercent("70")));
        PilotEditorViewModel vm = editorOn(c);
        PilotFlowViewModel flow = vm.flowTab().flow();
        assertThat(flow.form().step().get()).isEqualTo(PilotStep.APPLICATION);
        assertThat(flow.form().date().get()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(flow.form().endsOn().get()).isNull();
        assertThat(flow.timeline()).extracting(TimelineRow::state).first().isEqualTo(TimelineRow.State.NEXT);

        flow.form().date().set(PilotFixture.DATES.get(PilotStep.APPLICATION));
        flow.form().actor().set("科技处 李老师");
        assertThat(flow.stepProblems()).isEmpty();
        flow.record();
        assertThat(vm.header().stepProperty().get()).isEqualTo("申请");
        assertThat(flow.timeline().get(0).state()).isEqualTo(TimelineRow.State.DONE);
        assertThat(flow.timeline().get(1)).extracting(TimelineRow::step, TimelineRow::state)
                .containsExactly(PilotStep.DEPARTMENT_REVIEW, TimelineRow.State.NEXT);
        assertThat(flow.timeline().get(2).state()).isEqualTo(TimelineRow.State.LATER);
        assertThat(flow.form().actor().get()).isEqualTo("科技处 李老师");

        pilots.walkTo(service.find(c.id()).orElseThrow(), PilotStep.UNIVERSITY_REVIEW);
        vm.load(c.id(), () -> { });
        assertThat(flow.form().step().get()).isEqualTo(PilotStep.PUBLICITY);
        assertThat(flow.publicityStepProperty().get()).isTrue();
        flow.form().date().set(LocalDate.of(2024, 9, 18));
        assertThat(flow.form().endsOn().get()).isEqualTo(LocalDate.of(2024, 10, 3));
        flow.form().endsOn().set(LocalDate.of(2024, 9, 25));
        assertThat(flow.stepProblems()).singleElement().asString().contains("公示期不得少于 15 天");
        flow.record();
        assertThat(service.find(c.id()).orElseThrow().currentStep()).isEqualTo(PilotStep.UNIVERSITY_REVIEW);

        flow.form().endsOn().set(LocalDate.of(2024, 10, 8));
        flow.record();
        assertThat(vm.frozen().plan().get()).isTrue();
        assertThat(vm.flowTab().objections().visibleProperty().get()).isTrue();
        flow.form().step().set(PilotStep.APPROVAL);
        flow.form().date().set(LocalDate.of(2024, 10, 5));
        flow.record();
        assertThat(flow.stepProblems()).anyMatch(m -> m.contains("公示截止日为 2024-10-08"));
        assertThat(service.find(c.id()).orElseThrow().currentStep()).isEqualTo(PilotStep.PUBLICITY);

        flow.undo("公示日期录错");
        assertThat(service.find(c.id()).orElseThrow().currentStep()).isEqualTo(PilotStep.UNIVERSITY_REVIEW);
        assertThat(vm.frozen().plan().get()).isFalse();
    }

    @Test
    void unsavedChanges_blockRecordingAStep() {
        PilotCase c = service.save(PilotFixture.complete(service.draftFor(fixture.result.id()), Percent.ofPercent("70")));
        PilotEditorViewModel vm = editorOn(c);
        vm.plan().publicityPlace().set("院系公告栏");
        vm.flowTab().flow().form().date().set(PilotFixture.DATES.get(PilotStep.APPLICATION));
        vm.flowTab().flow().form().actor().set("李老师");
        vm.flowTab().flow().record();
        assertThat(vm.flowTab().flow().stepProblems()).containsExactly("请先保存对案件的修改，再记录步骤或异议。");
        assertThat(service.find(c.id()).orElseThrow().steps()).isEmpty();
    }

    @Test
    void list_filtersByStepModelAndOverdue() {
        PilotCase c = service.save(PilotFixture.complete(service.draftFor(fixture.result.id()), Percent.ofPercent("70")));
        pilots.walkTo(c, PilotStep.AGREEMENT);
        PilotListViewModel list = new PilotListViewModel(service, executor, events);
        list.load();
        assertThat(list.rows()).hasSize(1);
        PilotCaseRow row = new PilotCaseRow(list.rows().get(0));
        assertThat(row.deadline()).isEqualTo("逾期，应收回");
        assertThat(row.share()).isEqualTo("70%");
        assertThat(list.totalsProperty().get()).isEqualTo("共 1 件，显示 1 件；逾期 1 件，待提醒 0 件");

        list.filters().dueOnly().set(true);
        assertThat(list.shownCount()).isEqualTo(1);
        assertThat(list.filterDescription()).as("issue 24, item 13: the toggle is told in a printed export")
                .isEqualTo("筛选：只看逾期/待提醒");
        list.filters().model().set(PilotModel.LONG_TERM_USE);
        assertThat(list.shownCount()).isZero();
        list.clearFilters();
        list.filters().step().set(PilotStep.AGREEMENT);
        assertThat(list.shownCount()).isEqualTo(1);
        list.filters().step().set(PilotStep.PUBLICITY);
        assertThat(list.shownCount()).isZero();
        list.clearFilters();
        list.searchTextProperty().set("甲教授");
        assertThat(list.shownCount()).isEqualTo(1);
        list.searchTextProperty().set("不存在");
        assertThat(list.shownCount()).isZero();
        list.clearFilters();
        assertThat(list.visibleRowsForExport()).singleElement()
                .satisfies(r -> assertThat(r.get(0)).isEqualTo("FQ-2026-001"));

        events.pilotSaved(c.id());
        assertThat(list.rows()).hasSize(1);
        // issue 20: the filter of a sorted table compares no rows
        assertThat(KeystrokeComparisons.count(list.sortedRows(), list.searchTextProperty())).isZero();
    }

    /** The list's computed columns for one summary. */
    private record PilotCaseRow(String deadline, String share) {
        PilotCaseRow(org.transferdesk.pilot.PilotCaseSummary s) {
            this(PilotListViewModel.deadlineText(s.deadline()), PilotListViewModel.shareOrYears(s));
        }
    }
}
