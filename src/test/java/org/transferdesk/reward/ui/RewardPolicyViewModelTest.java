package org.transferdesk.reward.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.I18n;
import org.transferdesk.db.Database;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.reward.RewardPolicy.LeaderEquity;
import org.transferdesk.reward.RewardPolicy.Preset;
import org.transferdesk.reward.RewardPolicyService;
import org.transferdesk.reward.UnitProfile;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.FakeDialogService;
import org.junit.jupiter.api.Tag;

/** The reward-policy form: presets fill the rates, floors are checked as one types, a valid version is saved. */
@Tag(TestDatabase.TAG)
class RewardPolicyViewModelTest {
    private final Database db = TestDatabase.fresh();
    private final RewardPolicyService service = new RewardPolicyService(
            new OfficeSettings(new PolicySettingRepository(db.dsl())), TestDatabase.CLOCK);
    private final FakeDialogService dialogs = new FakeDialogService();
    private final RewardPolicyViewModel vm = new RewardPolicyViewModel(service, new CurrentThreadTaskExecutor(),
            dialogs, TestDatabase.CLOCK);

    @BeforeEach
    void english() {
        I18n.setLocale(I18n.ENGLISH);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void load_showsThePolicyInForce_andDefaultsTheDateToToday() {
        service.set(LocalDate.of(2025, 1, 1), Preset.SHANGHAI.policy());
        vm.load();
        assertThat(vm.presetProperty().get()).isEqualTo(Preset.SHANGHAI);
        assertThat(vm.transferLicenseProperty().get()).isEqualTo("70");
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(vm.history()).hasSize(1);
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.unitNonProfitProperty().get()).isTrue();
    }

    @Test
    void choosingAPreset_fillsItsRates() {
        loadPreset(Preset.ZHEJIANG);
        assertThat(vm.keyProperty().get()).isEqualTo("70");
        assertThat(vm.selfProperty().get()).isEqualTo("10");
        assertThat(vm.transferStaffProperty().get()).isEqualTo("5");
        assertThat(vm.selfYearsProperty().get()).isEqualTo("5");
        assertThat(vm.isDirty()).isTrue();
    }

    @Test
    void technicalContractsAndUnitShares_areEditedCheckedAndSaved() {
        loadPreset(Preset.SHANDONG);
        assertThat(vm.techContractProperty().get()).isEqualTo("70");
        assertThat(vm.techKeyProperty().get()).isTrue();
        assertThat(vm.unitUniversityProperty().get()).isEqualTo("0");
        vm.transferLicenseProperty().set("80");
        vm.unitSchoolProperty().set("10");
        vm.unitOfficeProperty().set("11");
        assertThat(vm.fieldErrors()).containsKeys(RewardPolicyViewModel.UNIT_UNIVERSITY,
                RewardPolicyViewModel.UNIT_OFFICE);
        vm.unitOfficeProperty().set("x");
        assertThat(vm.fieldErrors()).containsKey(RewardPolicyViewModel.UNIT_OFFICE);
        vm.unitOfficeProperty().set("10");
        vm.techContractProperty().set("0");
        assertThat(vm.fieldErrors()).containsOnlyKeys(RewardPolicyViewModel.TECH_CONTRACT);
        vm.techContractProperty().set("40");
        vm.techKeyProperty().set(false);
        assertThat(vm.problems()).isEmpty();
        vm.fromProperty().set(LocalDate.of(2027, 1, 1));
        assertThat(saveOutcome()).containsExactly(true);
        RewardPolicy saved = service.policyOn(LocalDate.of(2027, 1, 1));
        assertThat(saved.techContracts()).isEqualTo(new RewardPolicy.TechContracts(
                org.transferdesk.common.Percent.ofPercent("40"), false));
        assertThat(saved.unitShares()).isEqualTo(new RewardPolicy.UnitShares(org.transferdesk.common.Percent.ZERO,
                org.transferdesk.common.Percent.ofPercent("10"), org.transferdesk.common.Percent.ofPercent("10")));
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void belowTheFloor_isShownBeforeSaving_andNothingIsSaved() {
        loadPreset(Preset.ZHEJIANG);
        vm.keyProperty().set("50");
        assertThat(vm.problems()).containsExactly(
                "\"Key contributors' minimum share\" cannot be below the floor of its jurisdiction, 70%.");
        assertThat(vm.fieldErrors()).containsKey(RewardPolicyViewModel.KEY);
        vm.equityProperty().set("abc");
        assertThat(vm.problems()).anyMatch(p -> p.contains("\"Equity reward rate\" must be a percentage"));
        assertThat(saveOutcome()).containsExactly(false);
        assertThat(service.history()).isEmpty();
    }

    @Test
    void validVersion_isSavedFromTheChosenDate() {
        loadPreset(Preset.ZHEJIANG);
        vm.keyProperty().set("75%");
        vm.leaderEquityProperty().set(LeaderEquity.CONVERT_TO_CASH);
        vm.deductible().get(CostCategory.INTERMEDIARY).set(false);
        vm.fromProperty().set(LocalDate.of(2027, 1, 1));
        assertThat(saveOutcome()).containsExactly(true);
        RewardPolicy saved = service.policyOn(LocalDate.of(2027, 1, 1));
        assertThat(saved.jurisdiction()).isEqualTo(Preset.ZHEJIANG);
        assertThat(saved.keyContributorMinimum().percent()).isEqualByComparingTo("75");
        assertThat(saved.leaderEquity()).isEqualTo(LeaderEquity.CONVERT_TO_CASH);
        assertThat(saved.deductible()).doesNotContain(CostCategory.INTERMEDIARY).contains(CostCategory.TAX);
        assertThat(vm.history()).hasSize(1);
        assertThat(dialogs.notices).containsExactly("Reward policy (Zhejiang) recorded, in force from 2027-01-01.");
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void unitProfile_isSavedByTheOneSave_orItsBadCreditCodeShown() {
        vm.load();
        vm.unitNameProperty().set("Some University");
        assertThat(vm.isDirty()).isTrue();
        vm.unitCreditCodeProperty().set("12345");
        assertThat(saveOutcome()).containsExactly(false);
        assertThat(vm.unitProblems()).singleElement().asString().contains("is not a unified social credit code");
        vm.unitCreditCodeProperty().set("12100000400000624D");
        vm.unitNonProfitProperty().set(false);
        assertThat(saveOutcome()).containsExactly(true);
        assertThat(vm.unitProblems()).isEmpty();
        assertThat(service.unitProfile()).isEqualTo(new UnitProfile("Some University", "12100000400000624D", false));
        assertThat(service.history()).as("the policy was not changed: no new version").isEmpty();
        assertThat(dialogs.notices).containsExactly("Unit profile saved.");
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void oneSave_recordsTheVersionAndTheUnitProfileTogether() {
        loadPreset(Preset.ZHEJIANG);
        vm.fromProperty().set(LocalDate.of(2027, 1, 1));
        vm.unitNameProperty().set("Some University");
        assertThat(saveOutcome()).containsExactly(true);
        assertThat(service.policyOn(LocalDate.of(2027, 1, 1)).jurisdiction()).isEqualTo(Preset.ZHEJIANG);
        assertThat(service.unitProfile().name()).isEqualTo("Some University");
        assertThat(vm.history()).hasSize(1);
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void eachProblemNamesItsField() {
        loadPreset(Preset.ZHEJIANG);
        vm.keyProperty().set("50");
        vm.equityProperty().set("abc");
        assertThat(vm.problems()).hasSize(1);
        assertThat(vm.fieldOf(vm.problems().get(0))).contains(RewardPolicyViewModel.EQUITY);
        vm.equityProperty().set("70");
        assertThat(vm.problems()).singleElement().satisfies(p ->
                assertThat(vm.fieldOf(p)).contains(RewardPolicyViewModel.KEY));
    }

    /** The stored policy loaded, then the jurisdiction's preset chosen (its rates fill the form). */
    private void loadPreset(Preset preset) {
        vm.load();
        vm.presetProperty().set(preset);
    }

    /** What the save reported (true when saved): it calls back once. */
    private List<Boolean> saveOutcome() {
        List<Boolean> outcome = new ArrayList<>();
        vm.save(outcome::add);
        return outcome;
    }
}
