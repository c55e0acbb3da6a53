package org.transferdesk.deal.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.Instalment;
import org.transferdesk.deal.Receipt;

/** 到账: money received (negative = refund), optionally matched to a saved instalment. */
public final class ReceiptsViewModel extends DealRowsTab<Receipt> {
    /** The form under the receipts table; {@code instalment} is the one the receipt pays, if any. */
    public record Form(ObjectProperty<LocalDate> receivedOn, StringProperty amount, StringProperty voucherNo,
                       ObjectProperty<Instalment> instalment) {
    }

    private final Form form = new Form(value(), text(), text(), value());
    private final ObservableList<Instalment> savedInstalments = FXCollections.observableArrayList();

    private final ReadOnlyStringWrapper unsignedWarning = new ReadOnlyStringWrapper("");
    private boolean signed;

    public ReceiptsViewModel() {
        super(Receipt::id, Deal::receipts, DealBuilder::receipts);
        rows().addListener((ListChangeListener<Receipt>) c -> warnIfUnsigned());
    }

    /**
     * Money booked on a contract not signed is allowed (a deposit before signing happens) but the annual report lists
     * it (RECEIPT_UNSIGNED, the same definition of signed): the clerk is told when booking it, not at report time.
     */
    private void warnIfUnsigned() {
        BigDecimal total = rows().stream().map(Receipt::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        unsignedWarning.set(signed || rows().isEmpty() ? "" : I18n.t("dealMoney.receiptUnsigned", Money.format(total)));
    }

    /** Why the receipts will stand out in the annual report (empty when they will not). */
    public ReadOnlyStringProperty unsignedWarningProperty() {
        return unsignedWarning.getReadOnlyProperty();
    }

    @Override
    protected Receipt fromForm(Long id) {
        Optional<BigDecimal> value = Money.parse(form.amount().get());
        if (form.receivedOn().get() == null || value.isEmpty() || value.get().signum() == 0) {
            return fail(I18n.t("deal.receipt.invalid"));
        }
        Instalment matched = form.instalment().get();
        return new Receipt(id, form.receivedOn().get(), value.get(),
                DealTermsViewModel.blankToNull(form.voucherNo().get()), matched == null ? null : matched.id());
    }

    @Override
    protected void toForm(Receipt row) {
        form.receivedOn().set(row.receivedOn());
        form.amount().set(Money.format(row.amount()));
        form.voucherNo().set(DealTermsViewModel.nz(row.voucherNo()));
        form.instalment().set(row.instalmentId() == null ? null : savedInstalments.stream()
                .filter(i -> row.instalmentId().equals(i.id())).findFirst().orElse(null));
    }

    /** The instalment a receipt pays, for the table (due date and amount). */
    public String instalmentText(Receipt r) {
        if (r.instalmentId() == null) {
            return "";
        }
        return savedInstalments.stream().filter(i -> r.instalmentId().equals(i.id())).findFirst()
                .map(ReceiptsViewModel::describe).orElse("");
    }

    public static String describe(Instalment i) {
        return I18n.t("dealEditor.instalmentChoice", i.dueOn(), Money.format(i.amount()));
    }

    /** Instalments that exist in the database (a receipt can only be matched to those). */
    public ObservableList<Instalment> savedInstalments() {
        return savedInstalments;
    }

    public Form form() {
        return form;
    }

    @Override
    public void show(Deal deal) {
        savedInstalments.setAll(deal.instalments().stream().filter(i -> i.id() != null).toList());
        signed = DealStatus.contractSigned(deal.status(), deal.signedOn());
        super.show(deal);
        warnIfUnsigned();
    }
}
