package org.transferdesk.reward.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.transferdesk.reward.export.UnitInfo;

class RewardExportDialogViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void taxFiling_defaultsToLastMonth_andRefusesABadMonth() {
        var vm = new RewardExportDialogViewModel(RewardExportDialogViewModel.Kind.TAX_FILING, TODAY);
        vm.unitNameProperty().set(" 某某大学 ");
        assertThat(vm.request()).contains(new RewardExportRequest.TaxFiling(YearMonth.of(2026, 10),
                new UnitInfo("某某大学", "")));
        vm.monthProperty().set("2026/10");
        assertThat(vm.request()).isEmpty();
        assertThat(vm.errorProperty().get()).contains("2026-10");
    }

    @Test
    void payroll_needsAnOrderedRange_andStatementAStaffNo() {
        var payroll = new RewardExportDialogViewModel(RewardExportDialogViewModel.Kind.PAYROLL, TODAY);
        assertThat(payroll.request()).contains(new RewardExportRequest.Payroll(LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30)));
        payroll.toProperty().set("2026-10-01");
        assertThat(payroll.request()).isEmpty();
        assertThat(payroll.errorProperty().get()).isEqualTo("结束日期不能早于开始日期。");

        var statement = new RewardExportDialogViewModel(RewardExportDialogViewModel.Kind.STATEMENT, TODAY);
        assertThat(statement.request()).isEmpty();
        statement.staffNoProperty().set("R001");
        assertThat(statement.request()).contains(new RewardExportRequest.Statement("R001"));
        assertThat(statement.request().orElseThrow().suggestedFileName()).isEqualTo("个人奖励明细-R001.xlsx");
    }
}
