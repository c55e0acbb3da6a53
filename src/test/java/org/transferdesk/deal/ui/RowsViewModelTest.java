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
        vm.form().tier().set(ApprovalTier.VICE_PRESIDENT);
        vm.form().approver().set("王副校长");
        vm.form().approvedOn().set(LocalDate.of(2026, 3, 2));
        vm.form().minutesRef().set("纪要 12");
        vm.form().relatedPartyStep().set(true);

        assertThat(vm.add()).isTrue();

        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.rows().get(0).relatedPartyStep()).isTrue();
        assertThat(vm.form().tier().get()).isNull();
        assertThat(vm.form().approver().get()).isEmpty();
        assertThat(vm.form().approvedOn().get()).isNull();
        assertThat(vm.form().minutesRef().get()).isEmpty();
        assertThat(vm.form().relatedPartyStep().get()).isFalse();
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void refusedRow_keepsTheFormAndSaysWhy() {
        CostsViewModel vm = new CostsViewModel();
        vm.form().incurredOn().set(LocalDate.of(2026, 3, 2));
        vm.form().category().set(CostCategory.VALUATION);
        vm.form().amount().set("-5");
        vm.form().note().set("评估费");

        assertThat(vm.add()).isFalse();

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.errorProperty().get()).isNotEmpty();
        assertThat(vm.form().amount().get()).isEqualTo("-5");
        assertThat(vm.form().note().get()).isEqualTo("评估费");
        assertThat(vm.form().category().get()).isEqualTo(CostCategory.VALUATION);
    }

    @Test
    void replacedRow_keepsItsIdAndEmptiesTheForm_andShowingADealEmptiesItToo() {
        CostsViewModel vm = new CostsViewModel();
        Cost stored = new Cost(7L, LocalDate.of(2026, 1, 5), CostCategory.TAX, new BigDecimal("100.00"), null);
        vm.setAll(List.of(stored));
        vm.edit(stored);
        assertThat(vm.form().amount().get()).isEqualTo("100.00");
        vm.form().amount().set("250");

        assertThat(vm.replace(stored)).isTrue();

        assertThat(vm.rows()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(7L);
            assertThat(c.amount()).isEqualByComparingTo("250");
        });
        assertThat(vm.form().incurredOn().get()).isNull();
        assertThat(vm.form().category().get()).isNull();
        assertThat(vm.form().amount().get()).isEmpty();

        vm.edit(vm.rows().get(0));
        vm.setAll(List.of());
        assertThat(vm.form().incurredOn().get()).isNull();
        assertThat(vm.form().amount().get()).isEmpty();
        assertThat(vm.form().note().get()).isEmpty();
    }
}
