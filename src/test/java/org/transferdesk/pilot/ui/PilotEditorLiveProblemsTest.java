package org.transferdesk.pilot.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.pilot.PilotModel;

/**
 * Issue 24, item 9, in the pilot editor as in the result and deal editors: after a refused save each marked field is
 * checked again as it is edited, so a fixed problem leaves the problems panel at once, and each listed problem names
 * its field (the panel's link to it).
 */
@Tag(TestDatabase.TAG)
class PilotEditorLiveProblemsTest extends PilotUiTestBase {
    private PilotEditorViewModel vm;

    @BeforeEach
    void refusedSave() {
        vm = editor();
        vm.startFor(fixture.result.id(), () -> { }, e -> { throw new AssertionError(e); });
        vm.plan().teamShare().set("100");
        vm.terms().incomeTeamShare().set("120");
        vm.team().rows().get(0).shareProperty().set("90");
        vm.save(ok -> assertThat(ok).isFalse());
        assertThat(service.count()).isZero();
    }

    @Test
    void aRefusedSave_listsEachProblemWithItsField_inTheFormsOrder() {
        assertThat(vm.problems()).containsExactly("团队所有权份额必须大于 0% 且小于 100%。",
                "团队成员的内部份额合计为 150%，必须等于 100%。", vm.fieldErrors().get("incomeTeamShare"));
        assertThat(vm.session().fieldOf(vm.problems().get(0))).contains("teamShare");
        assertThat(vm.session().fieldOf(vm.problems().get(1))).contains("owners");
        assertThat(vm.session().fieldOf(vm.problems().get(2))).contains("incomeTeamShare");
    }

    @Test
    void fixingAField_takesItsProblemOffTheList_withoutSaving() {
        vm.plan().teamShare().set("70");
        vm.validateField("teamShare");

        assertThat(vm.problems()).hasSize(2).noneMatch(p -> p.contains("团队所有权份额"));
        assertThat(vm.fieldErrors()).doesNotContainKey("teamShare").containsKeys("owners", "incomeTeamShare");
        assertThat(service.count()).isZero();
    }

    @Test
    void aFieldStillWrong_isReworded_andOtherFieldsWaitForTheirOwnCheck() {
        vm.plan().teamShare().set("七十");
        vm.validateField("teamShare");

        assertThat(vm.problems().get(0)).contains("七十");
        assertThat(vm.session().fieldOf(vm.problems().get(0))).contains("teamShare");
        assertThat(vm.problems()).hasSize(3);
    }

    @Test
    void theTeamTable_isCheckedAgainAtEachChangeOfItsShares_whileMarked() {
        vm.team().rows().get(0).shareProperty().set("40");

        assertThat(vm.problems()).noneMatch(p -> p.contains("内部份额合计"));
        assertThat(vm.fieldErrors()).doesNotContainKey("owners");
    }

    @Test
    void aLongTermUseTooShort_isListedWithItsRule_andLeavesOnceLongEnough() {
        vm.plan().model().set(PilotModel.LONG_TERM_USE);
        vm.plan().useYears().set("3");
        vm.save(ok -> { });
        String tooShort = vm.problems().stream().filter(p -> p.contains("R-PILOT-MODEL")).findFirst().orElseThrow();
        assertThat(vm.session().fieldOf(tooShort)).contains("useYears");

        vm.plan().useYears().set("30");
        vm.validateField("useYears");

        assertThat(vm.problems()).noneMatch(p -> p.contains("R-PILOT-MODEL"));
    }
}
