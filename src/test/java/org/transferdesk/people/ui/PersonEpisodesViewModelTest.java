package org.transferdesk.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.people.EpisodeStatus;
import org.transferdesk.people.PersonEpisode;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.ScreenData;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;

@Tag(TestDatabase.TAG)
class PersonEpisodesViewModelTest {
    @AutoClose
    private final ScreenData data = new ScreenData().withSampleData();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final PersonEpisodesViewModel vm =
            new PersonEpisodesViewModel(data.people, new CurrentThreadTaskExecutor(), dialogs);

    private void fill(EpisodeKind kind, String company, String from, String to) {
        vm.form().kindProperty().set(kind);
        vm.form().companyProperty().set(company);
        vm.form().startsOnProperty().set(from == null ? null : LocalDate.parse(from));
        vm.form().endsOnProperty().set(to == null ? null : LocalDate.parse(to));
    }

    @Test
    void newPerson_mustBeSavedFirst_andNothingCanBeAdded() {
        vm.load(null);
        assertThat(vm.hintProperty().get()).isEqualTo("请先保存人员，再登记兼职或离岗创业。");
        assertThat(vm.addDisabled().get()).isTrue();
        vm.add();
        assertThat(vm.editingProperty().get()).isFalse();
    }

    @Test
    void add_savesThroughTheForm_closesIt_selectsTheNewRow_andTellsTheEditor() {
        int[] changes = new int[1];
        vm.setOnChanged(() -> changes[0]++);
        vm.load(data.zhang.id());
        assertThat(vm.hintProperty().get()).isEmpty();
        vm.add();
        assertThat(vm.editingProperty().get()).isTrue();
        assertThat(vm.formTitleProperty().get()).isEqualTo("新增兼职或离岗创业");
        fill(EpisodeKind.LEAVE_TO_FOUND, "某电池科技有限公司", "2026-01-01", "2026-06-30");
        vm.form().extendedToProperty().set(LocalDate.of(2026, 12, 31));

        vm.save();

        assertThat(vm.editingProperty().get()).isFalse();
        assertThat(vm.episodes()).singleElement().satisfies(e -> {
            assertThat(e.company()).isEqualTo("某电池科技有限公司");
            assertThat(vm.status(e)).isEqualTo(EpisodeStatus.ACTIVE);
        });
        assertThat(vm.selectedProperty().get()).isEqualTo(vm.episodes().get(0));
        assertThat(dialogs.notices).containsExactly("已保存：离岗创业（某电池科技有限公司）。");
        assertThat(changes[0]).isEqualTo(1);
    }

    @Test
    void invalidForm_listsProblemsInFormOrder_marksFields_andSavesNothing() {
        vm.load(data.zhang.id());
        vm.add();
        fill(EpisodeKind.SIDE_JOB, " ", null, "2026-06-30");
        vm.form().extendedToProperty().set(LocalDate.of(2026, 6, 1));

        vm.save();

        assertThat(vm.editingProperty().get()).isTrue();
        assertThat(vm.problems()).containsExactly("请填写“单位”。", "请填写“开始日期”。", "延期至的日期须晚于结束日期（2026-06-30）。");
        assertThat(vm.fieldErrors()).containsOnlyKeys("company", "startsOn", "extendedTo");
        assertThat(data.people.episodes(data.zhang.id())).isEmpty();
    }

    @Test
    void leavingAField_checksIt_andFixingItClearsTheError() {
        vm.load(data.zhang.id());
        vm.add();
        fill(EpisodeKind.SIDE_JOB, "甲公司", "2026-07-01", "2026-06-30");
        vm.validateField("endsOn");
        assertThat(vm.fieldErrors()).containsEntry("endsOn", "结束日期不能早于开始日期。");
        vm.form().endsOnProperty().set(LocalDate.of(2026, 12, 31));
        vm.validateField("endsOn");
        assertThat(vm.fieldErrors()).isEmpty();
    }

    @Test
    void overlap_isShownOnSave() {
        data.people.saveEpisode(new PersonEpisode(null, data.zhang.id(), EpisodeKind.SIDE_JOB, "甲公司",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null, null, null));
        vm.load(data.zhang.id());
        vm.add();
        fill(EpisodeKind.SIDE_JOB, "乙公司", "2026-03-01", "2026-04-30");
        vm.save();
        assertThat(vm.problems()).containsExactly(
                "与已有的兼职（甲公司，2026-01-01 至 2026-06-30）时间重叠；同一类型的记录时间不能重叠。");
        assertThat(vm.fieldErrors()).containsKey("startsOn");
        assertThat(vm.episodes()).hasSize(1);
    }

    @Test
    void edit_fillsTheFormFromTheSelection_andCancelLeavesItUnchanged() {
        PersonEpisode saved = data.people.saveEpisode(new PersonEpisode(null, data.zhang.id(), EpisodeKind.SIDE_JOB,
                "甲公司", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), null, "批文 1", "周三下午"));
        vm.load(data.zhang.id());
        assertThat(vm.selectionCommandsDisabled().get()).isTrue();
        vm.selectedProperty().set(vm.episodes().get(0));
        assertThat(vm.status(saved)).isEqualTo(EpisodeStatus.UPCOMING);

        vm.edit();
        assertThat(vm.formTitleProperty().get()).isEqualTo("编辑兼职或离岗创业");
        assertThat(vm.form().approvalRefProperty().get()).isEqualTo("批文 1");
        vm.form().companyProperty().set("乙公司");
        vm.cancel();
        assertThat(data.people.episodes(data.zhang.id())).containsExactly(saved);

        vm.edit();
        vm.form().noteProperty().set("周五全天");
        vm.save();
        assertThat(vm.episodes()).singleElement().extracting(PersonEpisode::note).isEqualTo("周五全天");
        assertThat(vm.episodes().get(0).id()).isEqualTo(saved.id());
    }

    @Test
    void delete_asksFirst_andDeletesOnlyWhenConfirmed() {
        data.people.saveEpisode(new PersonEpisode(null, data.zhang.id(), EpisodeKind.SIDE_JOB, "甲公司",
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), null, null, null));
        vm.load(data.zhang.id());
        vm.selectedProperty().set(vm.episodes().get(0));
        assertThat(vm.status(vm.episodes().get(0))).isEqualTo(EpisodeStatus.ENDED);

        dialogs.confirmAnswer = false;
        vm.delete();
        assertThat(vm.episodes()).hasSize(1);

        dialogs.confirmAnswer = true;
        vm.delete();
        assertThat(vm.episodes()).isEmpty();
        assertThat(data.people.episodes(data.zhang.id())).isEmpty();
        assertThat(vm.selectedProperty().get()).isNull();
    }

    @Test
    void personEditor_loadsTheEpisodes_andAChangeRefreshesThePersonsHistory() {
        PersonEditorViewModel editor = new PersonEditorViewModel(data.people, data.disclosures,
                new CurrentThreadTaskExecutor(), dialogs, new DataEvents());
        editor.load(data.zhang.id(), () -> { });
        assertThat(editor.episodes().personId()).isEqualTo(data.zhang.id());
        int before = editor.auditHistory().size();

        editor.episodes().add();
        editor.episodes().form().companyProperty().set("甲公司");
        editor.episodes().form().startsOnProperty().set(LocalDate.of(2026, 1, 1));
        editor.episodes().form().endsOnProperty().set(LocalDate.of(2026, 12, 31));
        editor.episodes().save();

        assertThat(editor.auditHistory()).hasSize(before + 1);
        assertThat(editor.auditHistory().get(0).changes()).singleElement()
                .satisfies(c -> assertThat(c.after()).isEqualTo("SIDE_JOB 甲公司 2026-01-01~2026-12-31"));
    }

    @Test
    void newPersonInTheEditor_canHaveEpisodesOnceSaved() {
        PersonEditorViewModel editor = new PersonEditorViewModel(data.people, data.disclosures,
                new CurrentThreadTaskExecutor(), dialogs, new DataEvents());
        editor.load(null, () -> { });
        assertThat(editor.episodes().personSavedProperty().get()).isFalse();
        editor.form().staffNoProperty().set("T010");
        editor.form().nameProperty().set("钱七");
        editor.save(ok -> { });
        assertThat(editor.episodes().personSavedProperty().get()).isTrue();
        assertThat(editor.episodes().addDisabled().get()).isFalse();
    }
}
