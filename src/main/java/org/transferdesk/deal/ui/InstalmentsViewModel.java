package org.transferdesk.deal.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.Instalment;

/** 应收: the instalment schedule. */
public final class InstalmentsViewModel extends DealRowsTab<Instalment> {
    /** The form under the instalments table. */
    public record Form(ObjectProperty<LocalDate> dueOn, StringProperty amount, StringProperty condition) {
    }

    private final Form form = new Form(value(), text(), text());

    public InstalmentsViewModel() {
        super(Instalment::id, Deal::instalments, DealBuilder::instalments);
    }

    @Override
    protected Instalment fromForm(Long id) {
        Optional<BigDecimal> value = Money.parse(form.amount().get());
        if (form.dueOn().get() == null || value.isEmpty() || value.get().signum() <= 0) {
            return fail(I18n.t("deal.instalment.invalid"));
        }
        return new Instalment(id, form.dueOn().get(), value.get(),
                DealTermsViewModel.blankToNull(form.condition().get()));
    }

    @Override
    protected void toForm(Instalment row) {
        form.dueOn().set(row.dueOn());
        form.amount().set(Money.format(row.amount()));
        form.condition().set(DealTermsViewModel.nz(row.condition()));
    }

    public Form form() {
        return form;
    }
}
