package org.transferdesk.deal.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
public final class CostsViewModel extends RowsViewModel<Cost> implements DealTab {
    private final ObjectProperty<LocalDate> incurredOn = value();
    private final ObjectProperty<CostCategory> category = value();
    private final StringProperty amount = text();
    private final StringProperty note = text();

    public CostsViewModel() {
        super(Cost::id);
    }

    @Override
    protected Cost fromForm(Long id) {
        Optional<BigDecimal> value = Money.parse(amount.get());
        if (incurredOn.get() == null || category.get() == null || value.isEmpty() || value.get().signum() <= 0) {
            return fail(I18n.t("deal.cost.invalid"));
        }
        return new Cost(id, incurredOn.get(), category.get(), value.get(), DealTermsViewModel.blankToNull(note.get()));
    }

    @Override
    protected void toForm(Cost row) {
        incurredOn.set(row.incurredOn());
        category.set(row.category());
        amount.set(Money.format(row.amount()));
        note.set(DealTermsViewModel.nz(row.note()));
    }

    public ObjectProperty<LocalDate> incurredOnProperty() {
        return incurredOn;
    }

    public ObjectProperty<CostCategory> categoryProperty() {
        return category;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty noteProperty() {
        return note;
    }

    @Override
    public void show(Deal deal) {
        setAll(deal.costs());
    }

    @Override
    public Deal contribute(Deal edited) {
        return DealBuilder.toBuilder(edited).costs(List.copyOf(rows())).build();
    }
}
