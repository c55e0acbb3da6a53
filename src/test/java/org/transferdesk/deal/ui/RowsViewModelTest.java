package org.transferdesk.deal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transferdesk.deal.ApprovalTier;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;

/** The row form under a deal tab's table: each kind of field (text, value, flag) is emptied its own way. */
class RowsViewModelTest {

    @Test
    void addedRow_emptiesEveryFieldOfTheForm() {
        ApprovalsViewModel vm = new ApprovalsViewModel();
        vm.tierProperty().set(ApprovalTier.VICE_PRESIDENT);
        vm.approverProperty().set("王副校长");
        vm.approvedOnProperty().set(LocalDate.of(2026, 3, 2));
        vm.minutesRefProperty().set("纪要 12");
        vm.relatedPartyStepProperty().set(true);

        assertThat(vm.add()).isTrue();

        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.rows().get(0).relatedPartyStep()).isTrue();
        assertThat(vm.tierProperty().get()).isNull();
        assertThat(vm.approverProperty().get()).isEmpty();
        assertThat(vm.approvedOnProperty().get()).isNull();
        assertThat(vm.minutesRefProperty().get()).isEmpty();
        assertThat(vm.relatedPartyStepProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void refusedRow_keepsTheFormAndSaysWhy() {
        CostsViewModel vm = new CostsViewModel();
        vm.incurredOnProperty().set(LocalDate.of(2026, 3, 2));
        vm.categoryProperty().set(CostCategory.VALUATION);
        vm.amountProperty().set("-5");
        vm.noteProperty().set("评估费");

        assertThat(vm.add()).isFalse();

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.errorProperty().get()).isNotEmpty();
        assertThat(vm.amountProperty().get()).isEqualTo("-5");
        assertThat(vm.noteProperty().get()).isEqualTo("评估费");
        assertThat(vm.categoryProperty().get()).isEqualTo(CostCategory.VALUATION);
    }

    @Test
    void replacedRow_keepsItsIdAndEmptiesTheForm_andShowingADealEmptiesItToo() {
        CostsViewModel vm = new CostsViewModel();
        Cost stored = new Cost(7L, LocalDate.of(2026, 1, 5), CostCategory.TAX, new BigDecimal("100.00"), null);
        vm.setAll(List.of(stored));
        vm.edit(stored);
        assertThat(vm.amountProperty().get()).isEqualTo("100.00");
        vm.amountProperty().set("250");

        assertThat(vm.replace(stored)).isTrue();

        assertThat(vm.rows()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(7L);
            assertThat(c.amount()).isEqualByComparingTo("250");
        });
        assertThat(vm.incurredOnProperty().get()).isNull();
        assertThat(vm.categoryProperty().get()).isNull();
        assertThat(vm.amountProperty().get()).isEmpty();

        vm.edit(vm.rows().get(0));
        vm.setAll(List.of());
        assertThat(vm.incurredOnProperty().get()).isNull();
        assertThat(vm.amountProperty().get()).isEmpty();
        assertThat(vm.noteProperty().get()).isEmpty();
    }
}
