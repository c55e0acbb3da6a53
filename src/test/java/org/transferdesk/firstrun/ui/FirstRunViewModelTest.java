package org.transferdesk.firstrun.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.transferdesk.common.CreditCode;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.firstrun.FirstRunSetup;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.ui.CurrentThreadTaskExecutor;

/** Issue 24, item 15: the first-run setup checks what is typed, records it, then takes the step chosen. */
class FirstRunViewModelTest {
    private static final String VALID_CODE = CreditCode.withCheckCharacter("12100000400000624");

    private final List<FirstRunSetup.Answers> saved = new ArrayList<>();
    private final RecordedSteps recorder = new RecordedSteps();
    private final List<String> steps = recorder.taken;
    private final List<String> closed = new ArrayList<>();
    private RuntimeException refusal;
    private final FirstRunViewModel vm = new FirstRunViewModel(answers -> {
        if (refusal != null) {
            throw refusal;
        }
        saved.add(answers);
    }, new CurrentThreadTaskExecutor(), recorder);

    private void finish(FirstRunViewModel.Finish choice) {
        vm.finish(choice, () -> closed.add("closed"));
    }

    /** name length, credit code, department: whether finishing records them. */
    @ParameterizedTest(name = "name {0} chars, code \"{1}\", department {2} chars → recorded {3}")
    @CsvSource({
            "1, '', 1, true",
            "200, '', 100, true",
            "201, '', 1, false",
            "1, '', 101, false",
            "0, '', 1, false",
            "1, 12100000400000624, 1, false",
            "1, 1210000040000062IO, 1, false",
            "1, VALID, 1, true"})
    void finishing_recordsOnlyValidAnswers(int nameLength, String code, int departmentLength, boolean recorded) {
        vm.unitNameProperty().set("大".repeat(nameLength));
        vm.creditCodeProperty().set(code.equals("VALID") ? VALID_CODE : code);
        vm.departmentsProperty().set("系".repeat(departmentLength));

        finish(FirstRunViewModel.Finish.LATER);

        assertThat(saved).hasSize(recorded ? 1 : 0);
        assertThat(closed).hasSize(recorded ? 1 : 0);
        assertThat(vm.messages().isEmpty()).isEqualTo(recorded);
    }

    @Test
    void aCreditCodeFailingItsCheckDigit_isRefused_inTheCounterpartyFormsWords() {
        String wrongCheck = VALID_CODE.substring(0, 17) + (VALID_CODE.endsWith("0") ? "1" : "0");
        vm.unitNameProperty().set("示例大学");
        vm.creditCodeProperty().set(wrongCheck);

        assertThat(vm.messages()).containsExactly(Problem.format("firstRunFix.creditCodeCheck", wrongCheck));

        finish(FirstRunViewModel.Finish.LATER);
        assertThat(saved).isEmpty();
        assertThat(closed).isEmpty();
    }

    @Test
    void theMissingNameIsReportedOnlyOnceAFinishIsTried() {
        vm.departmentsProperty().set("化学系");
        assertThat(vm.messages()).isEmpty();

        finish(FirstRunViewModel.Finish.IMPORT);

        assertThat(vm.messages()).containsExactly(I18n.t("validation.required", I18n.t("firstRun.unitName")));
        assertThat(steps).as("nothing happens while the setup has an error").isEmpty();
        vm.unitNameProperty().set("示例大学");
        assertThat(vm.messages()).isEmpty();
    }

    @Test
    void repeatedDepartments_areRefused_andBlankLinesIgnored() {
        vm.unitNameProperty().set("示例大学");
        vm.departmentsProperty().set("化学系\n\n  物理系  \n化学系\n");

        assertThat(vm.messages()).containsExactly(Problem.format("validation.department.taken", "化学系"));
        vm.departmentsProperty().set("化学系\n\n  物理系  \n");
        assertThat(vm.answers().departments()).containsExactly("化学系", "物理系");
    }

    @Test
    void whatIsRecorded_isWhatWasTyped() {
        vm.unitNameProperty().set("  示例大学 ");
        vm.creditCodeProperty().set(VALID_CODE);
        vm.nonProfitProperty().set(false);
        vm.presetProperty().set(RewardPolicy.Preset.ZHEJIANG);
        vm.departmentsProperty().set("化学系\n物理系");

        finish(FirstRunViewModel.Finish.LATER);

        FirstRunSetup.Answers answers = saved.get(0);
        assertThat(answers.unit().name()).isEqualTo("示例大学");
        assertThat(answers.unit().creditCode()).isEqualTo(VALID_CODE);
        assertThat(answers.unit().nonProfit()).isFalse();
        assertThat(answers.preset()).isEqualTo(RewardPolicy.Preset.ZHEJIANG);
        assertThat(answers.departments()).containsExactly("化学系", "物理系");
    }

    @Test
    void theDefaults_areANonProfitUnitUnderTheNationalPreset() {
        assertThat(vm.nonProfitProperty().get()).isTrue();
        assertThat(vm.presetProperty().get()).isEqualTo(RewardPolicy.Preset.NATIONAL);
        assertThat(vm.presets()).contains(RewardPolicy.Preset.values());
    }

    @ParameterizedTest
    @CsvSource({"IMPORT, import", "DEMO, demo", "LATER, ''"})
    void eachFinalChoice_recordsThenTakesItsStep(FirstRunViewModel.Finish choice, String step) {
        vm.unitNameProperty().set("示例大学");

        finish(choice);

        assertThat(saved).hasSize(1);
        assertThat(closed).hasSize(1);
        List<String> expected = new ArrayList<>(List.of("recorded"));
        if (!step.isEmpty()) {
            expected.add(step);
        }
        assertThat(steps).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(FirstRunViewModel.Finish.class)
    void untouched_recordsNothing_andStillTakesTheStep(FirstRunViewModel.Finish choice) {
        finish(choice);

        assertThat(saved).isEmpty();
        assertThat(closed).hasSize(1);
        assertThat(steps).doesNotContain("recorded").hasSize(choice == FirstRunViewModel.Finish.LATER ? 0 : 1);
    }

    @Test
    void aRefusalOfTheServices_isShown_andTheDialogStays() {
        vm.unitNameProperty().set("示例大学");
        refusal = new ValidationException(List.of(Problem.error("validation.department.taken", "name", "化学系")));

        finish(FirstRunViewModel.Finish.DEMO);

        assertThat(vm.messages()).containsExactly(Problem.format("validation.department.taken", "化学系"));
        assertThat(closed).isEmpty();
        assertThat(steps).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
