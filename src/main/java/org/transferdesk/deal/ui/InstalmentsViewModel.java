package org.transferdesk.deal.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.Instalment;

/** 应收: the instalment schedule. */
public final class InstalmentsViewModel extends RowsViewModel<Instalment> implements DealTab {
    private final ObjectProperty<LocalDate> dueOn = value();
    private final StringProperty amount = text();
    private final StringProperty condition = text();

    public InstalmentsViewModel() {
        super(Instalment::id);
    }

    @Override
    protected Instalment fromForm(Long id) {
        Optional<BigDecimal> value = Money.parse(amount.get());
        if (dueOn.get() == null || value.isEmpty() || value.get().signum() <= 0) {
            return fail(I18n.t("deal.instalment.invalid"));
        }
        return new Instalment(id, dueOn.get(), value.get(), DealTermsViewModel.blankToNull(condition.get()));
    }

    @Override
    protected void toForm(Instalment row) {
        dueOn.set(row.dueOn());
        amount.set(Money.format(row.amount()));
        condition.set(DealTermsViewModel.nz(row.condition()));
    }

    public ObjectProperty<LocalDate> dueOnProperty() {
        return dueOn;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty conditionProperty() {
        return condition;
    }

    @Override
    public void show(Deal deal) {
        setAll(deal.instalments());
    }

    @Override
    public Deal contribute(Deal edited) {
        return DealBuilder.toBuilder(edited).instalments(List.copyOf(rows())).build();
    }
}
