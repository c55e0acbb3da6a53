package org.transferdesk.reward.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.LineRole;
import org.transferdesk.reward.LineTax;
import org.transferdesk.reward.Tax58;
import org.transferdesk.people.LeaderRole;

/** The 税费估算 tab without the toolkit: E3 for a cash line, the R-TAX-EQUITY note for an equity line. */
class TaxEstimateViewModelTest {
    private final TaxEstimateViewModel vm = new TaxEstimateViewModel(FXCollections.observableHashMap());

    @Test
    void e3_cashLine_showsTheSaving() {
        LineTax eligible = new LineTax(true, Tax58.check(new BigDecimal("520072.00"),
                org.transferdesk.deal.DealMode.LICENSE, true, true, true, LocalDate.of(2024, 6, 20), null), null);
        vm.linesShown(List.of(new DistributionEditorViewModel.LineRow(0, line(new BigDecimal("520072.00"), null),
                eligible)));
        vm.wagesProperty().set("300000");
        vm.specialDeductionsProperty().set("36000");
        vm.additionalDeductionsProperty().set("24000");
        vm.estimate();
        assertThat(vm.rows()).extracting(r -> r[1])
                .containsExactly("520,072.00", "260,036.00", "19,080.00", "79,090.80", "159,105.20", "80,014.40");
    }

    @Test
    void equityLine_isNotTaxedWhenReceived() {
        vm.linesShown(List.of(new DistributionEditorViewModel.LineRow(0,
                line(new BigDecimal("3360000.00"), new BigDecimal("0.168")), LineTax.NOT_APPLICABLE)));
        vm.wagesProperty().set("300000");
        vm.estimate();
        assertThat(vm.rows()).singleElement().satisfies(r -> assertThat(r[1]).isEqualTo("R-TAX-EQUITY"));
    }

    private static DistributionLine line(BigDecimal amount, BigDecimal equityShare) {
        return new DistributionLine(1L, 1, "R001", "甲教授", LineRole.INVENTOR, new BigDecimal("0.4"), amount, equityShare,
                true, LeaderRole.NONE, false, "", null, null, null);
    }
}
