package org.transferdesk.fees.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.I18n;
import org.transferdesk.fees.FeeSettings;
import org.transferdesk.ip.IpType;
import org.transferdesk.settings.ui.DatedRulesViewModel;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.FakeDialogService;

/**
 * Issue 24 item 4: a fee schedule edited as rows and the reduction as a form write the same texts the CLI and the
 * ledger read, and say what is wrong as they are edited (adjacent bands pass, an overlap or a gap does not, a fee
 * finer than a fen is shown as typed and refused, never rounded).
 */
class FeeRuleEditorsTest {
    private static final String MODEL = FeeSettings.scheduleKey(IpType.UTILITY_MODEL);
    private static final String STATUTORY = FeeSettings.DEFAULT_SCHEDULES.get(IpType.UTILITY_MODEL);
    private DatedRulesViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new DatedRulesViewModel(null, new CurrentThreadTaskExecutor(), new FakeDialogService(),
                TestDatabase.clockOn(LocalDate.of(2026, 11, 22)), new DatedRulesViewModel.Rules(
                List.of(MODEL, FeeSettings.REDUCTION), key -> key, FeeSettings::check, day -> Map.of(),
                on -> "", FeeRuleEditors::of));
        vm.valueProperty(MODEL).set(STATUTORY);
        vm.valueProperty(FeeSettings.REDUCTION).set(FeeSettings.DEFAULT_REDUCTION);
        vm.fromProperty().set(LocalDate.of(2027, 1, 1));
    }

    private List<String> cells() {
        return vm.bandRows(MODEL).stream()
                .map(r -> r.fromProperty().get() + "-" + r.toProperty().get() + ":" + r.amountProperty().get()).toList();
    }

    @Test
    void theStoredText_becomesRows_andUntouchedRows_giveTheSameText() {
        assertThat(cells()).containsExactly("1-3:600", "4-5:900", "6-8:1200", "9-10:2000");
        assertThat(vm.problemProperty(MODEL).get()).isEmpty();
        vm.bandRows(MODEL).get(1).amountProperty().set("950");
        vm.bandRows(MODEL).get(1).amountProperty().set("900");
        assertThat(vm.valueProperty(MODEL).get()).isEqualTo(STATUTORY);
        assertThat(vm.check()).isEmpty();
    }

    @Test
    void anOverlap_isShownAsTyped_andAdjacentBandsPass() {
        vm.bandRows(MODEL).get(1).fromProperty().set("3");
        assertThat(vm.valueProperty(MODEL).get()).isEqualTo("1-3:600;3-5:900;6-8:1200;9-10:2000");
        assertThat(vm.problemProperty(MODEL).get()).isEqualTo(I18n.t("feeRulesEdit.overlapYear", 3));
        vm.bandRows(MODEL).get(1).fromProperty().set("4");
        assertThat(vm.problemProperty(MODEL).get()).isEmpty();
    }

    @Test
    void removingABand_leavesAGap_andAddingOneFillsIt() {
        vm.removeBand(MODEL, vm.bandRows(MODEL).get(1));
        assertThat(vm.problemProperty(MODEL).get()).isEqualTo(I18n.t("feeRulesEdit.gap", 4, 5));
        vm.removeBand(MODEL, vm.bandRows(MODEL).get(2));
        vm.bandRows(MODEL).get(0).toProperty().set("5");
        assertThat(vm.problemProperty(MODEL).get()).isEqualTo(I18n.t("feeRulesEdit.short", 9, 10));

        vm.addBand(MODEL);
        DatedRulesViewModel.BandRow added = vm.bandRows(MODEL).get(2);
        assertThat(added.fromProperty().get()).isEqualTo("9");
        added.toProperty().set("10");
        added.amountProperty().set("2000");
        assertThat(vm.valueProperty(MODEL).get()).isEqualTo("1-5:600;6-8:1200;9-10:2000");
        assertThat(vm.problemProperty(MODEL).get()).isEmpty();
    }

    @Test
    void aFeeFinerThanAFen_isKeptAsTyped_andRefusedOnSave() {
        vm.bandRows(MODEL).get(0).amountProperty().set("0.005");
        assertThat(vm.valueProperty(MODEL).get()).startsWith("1-3:0.005;");
        assertThat(vm.problemProperty(MODEL).get()).isEqualTo(I18n.t("feeRulesEdit.feeFen", 1, "0.005"));
        boolean[] saved = {true};
        vm.save(ok -> saved[0] = ok);
        assertThat(saved[0]).isFalse();
        assertThat(vm.problems()).containsExactly(I18n.t("rulesEdit.labelled", MODEL,
                I18n.t("feeRulesEdit.feeFen", 1, "0.005")));
    }

    @Test
    void theReduction_isAForm_whoseFieldsWriteTheSameGrammar() {
        assertThat(vm.partProperty(FeeSettings.REDUCTION, "SOLE").get()).isEqualTo("85");
        assertThat(vm.partProperty(FeeSettings.REDUCTION, "ELIGIBLE").get()).isEqualTo("true");
        vm.partProperty(FeeSettings.REDUCTION, "YEARS").set("6");
        vm.partProperty(FeeSettings.REDUCTION, "ELIGIBLE").set("false");
        assertThat(vm.valueProperty(FeeSettings.REDUCTION).get()).isEqualTo("SOLE:85;JOINT:70;YEARS:6;ELIGIBLE:false");
        assertThat(vm.problemProperty(FeeSettings.REDUCTION).get()).isEmpty();

        vm.partProperty(FeeSettings.REDUCTION, "SOLE").set("185");
        assertThat(vm.problemProperty(FeeSettings.REDUCTION).get()).isEqualTo(
                I18n.t("rulesEdit.labelled", I18n.t("feeRulesEdit.sole"), I18n.t("rulesEdit.range", "0", "100")));
        vm.partProperty(FeeSettings.REDUCTION, "YEARS").set("6.5");
        assertThat(vm.problemProperty(FeeSettings.REDUCTION).get()).contains(I18n.t("rulesEdit.notWhole"));
    }

    @Test
    void theHistory_showsASchedule_inWords() {
        assertThat(FeeRuleEditors.of(MODEL).shown("1-3:600;4-5:900")).isEqualTo(
                I18n.t("rulesEdit.band.shown", "1", "3", "600") + I18n.t("rulesEdit.listSeparator")
                        + I18n.t("rulesEdit.band.shown", "4", "5", "900"));
        assertThat(FeeRuleEditors.of(FeeSettings.REDUCTION).shown(FeeSettings.DEFAULT_REDUCTION))
                .contains(I18n.t("feeRulesEdit.sole")).contains(I18n.t("rulesEdit.yes"));
    }
}
