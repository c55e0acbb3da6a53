package org.transferdesk.deal.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;

/** 费用: the costs of the deal. */
public final class CostsViewModel extends DealRowsTab<Cost> {
    /** The form under the costs table. */
    public record Form(ObjectProperty<LocalDate> incurredOn, ObjectProperty<CostCategory> category,
                       StringProperty amount, StringProperty note) {
    }

    private final Form form = new Form(value(), value(), text(), text());

    public CostsViewModel() {
        super(Cost::id, Deal::costs, DealBuilder::costs);
    }

    @Override
    protected Cost fromForm(Long id) {
        Optional<BigDecimal> value = Money.parse(form.amount().get());
        if (form.incurredOn().get() == null || form.category().get() == null || value.isEmpty()
                || value.get().signum() <= 0) {
            return fail(I18n.t("deal.cost.invalid"));
        }
        return new Cost(id, form.incurredOn().get(), form.category().get(), value.get(),
                DealTermsViewModel.blankToNull(form.note().get()));
    }

    @Override
    protected void toForm(Cost row) {
        form.incurredOn().set(row.incurredOn());
        form.category().set(row.category());
        form.amount().set(Money.format(row.amount()));
        form.note().set(DealTermsViewModel.nz(row.note()));
    }

    public Form form() {
        return form;
    }
}
