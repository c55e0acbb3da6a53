package org.transferdesk.pilot.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transferdesk.common.FileStore;
import org.transferdesk.common.Percent;
import org.transferdesk.pilot.PilotAttachment;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotFixture;
import org.transferdesk.pilot.PilotObjection;
import org.transferdesk.pilot.PilotSettings;
import org.transferdesk.pilot.PilotStep;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;

/** The pilot editor's parts without the toolkit: publicity objections, step documents, the rules screen. */
@Tag(TestDatabase.TAG)
class PilotEditorPartsTest extends PilotUiTestBase {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private PilotCase savedCase() {
        return service.save(PilotFixture.complete(service.draftFor(fixture.result.id()), Percent.ofPercent("70")));
    }

    private PilotCase stored(PilotCase c) {
        return service.find(c.id()).orElseThrow();
    }

    // --- objections ---------------------------------------------------------------------------------------

    @Test
    void objections_onlyOnceThePublicityIsRecorded() {
        PilotCase c = pilots.walkTo(savedCase(), PilotStep.UNIVERSITY_REVIEW);
        PilotEditorViewModel vm = editorOn(c);
        assertThat(vm.flowTab().objections().visibleProperty().get()).isFalse();

        pilots.walkTo(stored(c), PilotStep.PUBLICITY);
        vm.load(c.id(), () -> { });
        assertThat(vm.flowTab().objections().visibleProperty().get()).isTrue();
        assertThat(vm.flowTab().objections().objections()).isEmpty();
    }

    @Test
    void objections_addRefusedWithoutContent_thenAdded_closeNeedsHandling_thenApprovalCanBeRecorded() {
        PilotCase c = pilots.walkTo(savedCase(), PilotStep.PUBLICITY);
        PilotEditorViewModel vm = editorOn(c);
        PilotObjectionsViewModel objections = vm.flowTab().objections();

        objections.form().receivedOn().set(LocalDate.of(2024, 9, 20));
        objections.form().raisedBy().set("材料学院 张老师");
        objections.form().content().set("  ");
        objections.add();
        assertThat(objections.messageProperty().get()).contains("请填写“异议内容”");
        assertThat(stored(c).objections()).isEmpty();
        assertThat(objections.objections()).isEmpty();

        objections.form().content().set("团队成员贡献份额有误");
        objections.add();
        assertThat(objections.messageProperty().get()).isEmpty();
        assertThat(objections.objections()).singleElement().satisfies(o -> {
            assertThat(o.content()).isEqualTo("团队成员贡献份额有误");
            assertThat(o.raisedBy()).isEqualTo("材料学院 张老师");
            assertThat(o.isOpen()).isTrue();
        });
        assertThat(stored(c).objections()).singleElement()
                .extracting(PilotObjection::receivedOn).isEqualTo(LocalDate.of(2024, 9, 20));

        // An open objection blocks the approval.
        PilotFlowViewModel flow = vm.flowTab().flow();
        flow.form().step().set(PilotStep.APPROVAL);
        flow.form().date().set(PilotFixture.DATES.get(PilotStep.APPROVAL));
        flow.form().actor().set("科技处 李老师");
        assertThat(flow.stepProblems()).anyMatch(m -> m.contains("还有 1 条公示异议未处理完毕"));
        flow.record();
        assertThat(stored(c).currentStep()).isEqualTo(PilotStep.PUBLICITY);

        // Closing without a date, or without the handling, is refused and changes nothing.
        objections.selectedProperty().set(objections.objections().get(0));
        objections.form().handling().set("已核实");
        objections.close();
        assertThat(objections.messageProperty().get()).isEqualTo("请填写“办结日期”。");
        assertThat(stored(c).objections()).singleElement().satisfies(o -> {
            assertThat(o.isOpen()).isTrue();
            assertThat(o.handling()).isNull();
        });
        objections.form().handling().set("");
        objections.form().closedOn().set(LocalDate.of(2024, 10, 9));
        objections.close();
        assertThat(objections.messageProperty().get()).isEqualTo("请先填写异议的处理情况，再办结。");
        assertThat(stored(c).objections()).singleElement().satisfies(o -> assertThat(o.isOpen()).isTrue());

        objections.form().handling().set("经核实份额无误，已答复提出人");
        objections.close();
        assertThat(objections.messageProperty().get()).isEmpty();
        assertThat(stored(c).objections()).singleElement().satisfies(o -> {
            assertThat(o.isOpen()).isFalse();
            assertThat(o.closedOn()).isEqualTo(LocalDate.of(2024, 10, 9));
            assertThat(o.handling()).isEqualTo("经核实份额无误，已答复提出人");
        });
        assertThat(objections.objections()).singleElement().extracting(PilotObjection::isOpen).isEqualTo(false);

        flow.form().step().set(PilotStep.APPROVAL);
        flow.form().date().set(PilotFixture.DATES.get(PilotStep.APPROVAL));
        flow.form().actor().set("科技处 李老师");
        assertThat(flow.stepProblems()).isEmpty();
        flow.record();
        assertThat(stored(c).currentStep()).isEqualTo(PilotStep.APPROVAL);
    }

    @Test
    void objections_unsavedCaseChangesAreSavedFirst() {
        PilotCase c = pilots.walkTo(savedCase(), PilotStep.PUBLICITY);
        PilotEditorViewModel vm = editorOn(c);
        vm.terms().decisionRights().set("团队代表决定");
        vm.flowTab().objections().form().receivedOn().set(LocalDate.of(2024, 9, 20));
        vm.flowTab().objections().form().content().set("异议");
        vm.flowTab().objections().add();
        assertThat(vm.flowTab().objections().messageProperty().get()).isEqualTo("请先保存对案件的修改，再记录步骤或异议。");
        assertThat(stored(c).objections()).isEmpty();
    }

    // --- documents ----------------------------------------------------------------------------------------

    @Test
    void documents_attachVerifyDetectChangeAndRemove() throws Exception {
        PilotCase c = pilots.walkTo(savedCase(), PilotStep.APPLICATION);
        PilotDocumentsViewModel docs = editorOn(c).flowTab().documents();
        assertThat(docs.stepProperty().get()).isEqualTo(PilotStep.APPLICATION);
        assertThat(docs.documents()).isEmpty();

        Path source = Files.createDirectories(dataRoot.resolve("inbox")).resolve("赋权申请书.pdf");
        Files.writeString(source, "赋权申请书 第一版", StandardCharsets.UTF_8);
        dialogs.fileAnswer = source;
        docs.attach();
        assertThat(docs.messageProperty().get()).isEqualTo("已添加 赋权申请书.pdf。");
        PilotAttachment a = docs.documents().get(0);
        assertThat(docs.documents()).hasSize(1);
        assertThat(a.step()).isEqualTo(PilotStep.APPLICATION);
        assertThat(a.fileName()).isEqualTo("赋权申请书.pdf");
        assertThat(a.sha256()).isEqualTo(FileStore.sha256(source));
        Path copy = service.resolve(a);
        assertThat(copy).startsWith(dataRoot.resolve(FileStore.ATTACHMENTS)).isRegularFile().isNotEqualTo(source);
        assertThat(service.attachments(c.id())).extracting(PilotAttachment::id).containsExactly(a.id());

        docs.selectedProperty().set(a);
        docs.verify();
        assertThat(docs.messageProperty().get()).isEqualTo("赋权申请书.pdf: 文件自归档以来未被改动。");
        assertThat(dialogs.errors).isEmpty();

        Files.writeString(copy, "被改动的内容", StandardCharsets.UTF_8);
        docs.verify();
        assertThat(docs.messageProperty().get()).contains("已被改动");
        assertThat(dialogs.errors).singleElement().asString().contains("已被改动");

        dialogs.confirmAnswer = false;
        docs.remove();
        assertThat(docs.documents()).hasSize(1);
        assertThat(copy).exists();

        dialogs.confirmAnswer = true;
        docs.remove();
        assertThat(docs.messageProperty().get()).isEqualTo("已删除 赋权申请书.pdf。");
        assertThat(docs.documents()).isEmpty();
        assertThat(service.attachments(c.id())).isEmpty();
        assertThat(copy).doesNotExist();
        assertThat(source).exists();
    }

    @Test
    void documents_cancelledChooserChangesNothing_andTheChosenStepIsUsed() throws Exception {
        PilotCase c = pilots.walkTo(savedCase(), PilotStep.DEPARTMENT_REVIEW);
        PilotDocumentsViewModel docs = editorOn(c).flowTab().documents();

        dialogs.fileAnswer = null;
        docs.attach();
        assertThat(docs.documents()).isEmpty();
        assertThat(docs.messageProperty().get()).isEmpty();
        assertThat(service.attachments(c.id())).isEmpty();

        Path source = Files.writeString(Files.createDirectories(dataRoot.resolve("inbox")).resolve("申请表.docx"), "表");
        dialogs.fileAnswer = source;
        docs.stepProperty().set(PilotStep.APPLICATION);
        docs.attach();
        assertThat(service.attachments(c.id())).singleElement()
                .extracting(PilotAttachment::step).isEqualTo(PilotStep.APPLICATION);
    }

    // --- rules --------------------------------------------------------------------------------------------

    private PilotRulesViewModel rules() {
        return new PilotRulesViewModel(pilots.office, executor, dialogs, org.transferdesk.TestDatabase.clockOn(TODAY));
    }

    @Test
    void rules_loadShowsTheDefaultsAndTheirHistory() {
        PilotRulesViewModel vm = rules();
        vm.load();
        assertThat(vm.valueProperty(PilotSettings.PUBLICITY_DAYS).get()).isEqualTo("15");
        assertThat(vm.valueProperty(PilotSettings.MIN_USE_YEARS).get()).isEqualTo("10");
        assertThat(vm.valueProperty(PilotSettings.SHORT_FIRST_TERM).get()).isEqualTo("false");
        assertThat(vm.valueProperty(PilotSettings.REMINDER_DAYS).get()).isEqualTo("90,30,7");
        assertThat(vm.fromProperty().get()).isEqualTo(TODAY);
        assertThat(vm.history()).hasSize(4).allSatisfy(r -> assertThat(r.from()).isEqualTo(LocalDate.of(2000, 1, 1)))
                .extracting(PilotRulesViewModel.HistoryRow::setting, PilotRulesViewModel.HistoryRow::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("赋权公示天数", "15 天"),
                        org.assertj.core.groups.Tuple.tuple("长期使用权最短年限", "10 年"),
                        org.assertj.core.groups.Tuple.tuple("允许首期短于最短年限（以续期补足）", "否"),
                        org.assertj.core.groups.Tuple.tuple("转化期限提醒（提前天数）", "提前 90；30；7 天"));
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void rules_badValuesAreListedAndNothingIsStored() {
        PilotRulesViewModel vm = rules();
        vm.load();
        vm.valueProperty(PilotSettings.REMINDER_DAYS).set("90,-1");
        vm.valueProperty(PilotSettings.PUBLICITY_DAYS).set("0");
        vm.valueProperty(PilotSettings.SHORT_FIRST_TERM).set("maybe");
        vm.valueProperty(PilotSettings.MIN_USE_YEARS).set("十");
        boolean[] result = {true};
        vm.save(ok -> result[0] = ok);
        assertThat(result[0]).isFalse();
        assertThat(vm.problems()).containsExactlyInAnyOrder(
                "赋权公示天数：应在 1 到 365 之间。",
                "长期使用权最短年限：请填写整数。",
                "允许首期短于最短年限（以续期补足）：“maybe”不是可选的值，请从列表中选择。",
                "转化期限提醒（提前天数）：已保存的值无法读取（reminder days must be positive numbers: 90,-1），请重新填写。");
        assertThat(vm.isDirty()).isTrue();
        assertThat(dialogs.notices).isEmpty();
        for (String key : PilotSettings.KEYS) {
            assertThat(pilots.office.history(key)).hasSize(1);
        }

        vm.valueProperty(PilotSettings.REMINDER_DAYS).set("90,30,7");
        vm.valueProperty(PilotSettings.PUBLICITY_DAYS).set("15");
        vm.valueProperty(PilotSettings.SHORT_FIRST_TERM).set("false");
        vm.valueProperty(PilotSettings.MIN_USE_YEARS).set("10");
        vm.fromProperty().set(null);
        vm.save(ok -> result[0] = ok);
        assertThat(result[0]).isFalse();
        assertThat(vm.problems()).containsExactly("请填写生效日期。");
        assertThat(pilots.office.history(PilotSettings.PUBLICITY_DAYS)).hasSize(1);
    }

    @Test
    void rules_aGoodChangeTakesEffectFromItsDate() {
        PilotRulesViewModel vm = rules();
        vm.load();
        LocalDate from = LocalDate.of(2027, 1, 1);
        vm.valueProperty(PilotSettings.PUBLICITY_DAYS).set(" 20 ");
        vm.valueProperty(PilotSettings.REMINDER_DAYS).set("60,14");
        vm.fromProperty().set(from);
        assertThat(vm.isDirty()).isTrue();

        boolean[] result = {false};
        vm.save(ok -> result[0] = ok);
        assertThat(result[0]).isTrue();
        assertThat(vm.problems()).isEmpty();
        assertThat(dialogs.notices).containsExactly("赋权规则已保存，自 2027-01-01 起生效。");

        assertThat(pilots.office.valueOn(PilotSettings.PUBLICITY_DAYS, from.minusDays(1))).contains("15");
        assertThat(pilots.office.valueOn(PilotSettings.PUBLICITY_DAYS, from)).contains("20");
        assertThat(pilots.office.valueOn(PilotSettings.REMINDER_DAYS, from)).contains("60,14");
        assertThat(pilots.office.valueOn(PilotSettings.MIN_USE_YEARS, from)).contains("10");
        assertThat(service.rulesOn(from.minusDays(1)).publicityDays()).isEqualTo(15);
        assertThat(service.rulesOn(from).publicityDays()).isEqualTo(20);
        assertThat(service.rulesOn(from).reminderDays()).containsExactly(60, 14);

        // Reloaded: the values in force today (the change is still to come) and the new rows in the history.
        assertThat(vm.valueProperty(PilotSettings.PUBLICITY_DAYS).get()).isEqualTo("15");
        assertThat(vm.history()).hasSize(8)
                .contains(new PilotRulesViewModel.HistoryRow("赋权公示天数", from, "20 天"));
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void rules_aChangeFromTodayIsShownAsInForce() {
        PilotRulesViewModel vm = rules();
        vm.load();
        vm.valueProperty(PilotSettings.SHORT_FIRST_TERM).set("true");
        vm.save(ok -> assertThat(ok).isTrue());
        assertThat(vm.valueProperty(PilotSettings.SHORT_FIRST_TERM).get()).isEqualTo("true");
        assertThat(vm.isDirty()).isFalse();
        assertThat(service.rulesOn(TODAY).shortFirstTerm()).isTrue();
        assertThat(service.rulesOn(TODAY.minusDays(1)).shortFirstTerm()).isFalse();
        assertThat(List.copyOf(vm.history())).hasSize(8);
    }
}
