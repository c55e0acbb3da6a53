package org.transferdesk.deal.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.Money;
import org.transferdesk.common.Problem;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.ui.AssigneeChoice;

/**
 * The contract terms: number, title, mode, counterparty, dates, amount, pricing, registration, valuation, and who
 * handles the deal (经办人/技术经理人, issue 22).
 */
public final class DealTermsViewModel implements DealTab {
    final StringProperty contractNo = new SimpleStringProperty("");
    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<DealMode> mode = new SimpleObjectProperty<>();
    final ObjectProperty<LicenseKind> licenseKind = new SimpleObjectProperty<>();
    final ObjectProperty<Counterparty> counterparty = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> signedOn = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> termFrom = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> termTo = new SimpleObjectProperty<>();
    final StringProperty amount = new SimpleStringProperty("");
    final ObjectProperty<PricingMethod> pricing = new SimpleObjectProperty<>();
    final BooleanProperty relatedParty = new SimpleBooleanProperty();
    final StringProperty registrationNo = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> registeredOn = new SimpleObjectProperty<>();
    final StringProperty technicalIncome = new SimpleStringProperty("");
    final BooleanProperty valuationDone = new SimpleBooleanProperty();
    final StringProperty valuationAmount = new SimpleStringProperty("");
    final StringProperty valuationReport = new SimpleStringProperty("");
    private final ObservableList<Counterparty> counterparties = FXCollections.observableArrayList();
    private final AssigneeChoice manager = new AssigneeChoice();
    private final BooleanBinding licence = Bindings.createBooleanBinding(() -> mode.get() == DealMode.LICENSE, mode);

    public DealTermsViewModel() {
        mode.addListener((o, a, m) -> {
            if (m != DealMode.LICENSE) {
                licenseKind.set(null);
            }
        });
    }

    void setFrom(Deal d) {
        contractNo.set(nz(d.contractNo()));
        title.set(nz(d.title()));
        mode.set(d.mode());
        licenseKind.set(d.licenseKind());
        counterparty.set(d.counterpartyId() == null ? null : counterparties.stream()
                .filter(c -> d.counterpartyId().equals(c.id())).findFirst()
                .orElse(new Counterparty(d.counterpartyId(), d.counterpartyName(), null, null, null, null, null, null, null, 0)));
        signedOn.set(d.signedOn());
        termFrom.set(d.termFrom());
        termTo.set(d.termTo());
        amount.set(d.contractAmount() == null ? "" : Money.format(d.contractAmount()));
        pricing.set(d.pricing());
        relatedParty.set(d.relatedParty());
        registrationNo.set(nz(d.registration().number()));
        registeredOn.set(d.registration().registeredOn());
        technicalIncome.set(d.registration().technicalIncome() == null ? ""
                : Money.format(d.registration().technicalIncome()));
        valuationDone.set(d.valuation().done());
        valuationAmount.set(d.valuation().amount() == null ? "" : Money.format(d.valuation().amount()));
        valuationReport.set(nz(d.valuation().reportRef()));
        manager.show(d.managerLogin(), d.managerName());
    }

    @Override
    public void show(Deal d) {
        setFrom(d);
    }

    @Override
    public Deal contribute(Deal edited) {
        Counterparty cp = counterparty.get();
        DealMode m = mode.get();
        return DealBuilder.toBuilder(edited).mode(m).contractNo(blankToNull(contractNo.get()))
                .licenseKind(m == DealMode.LICENSE ? licenseKind.get() : null).title(blankToNull(title.get()))
                .counterpartyId(cp == null ? null : cp.id()).counterpartyName(cp == null ? null : cp.name())
                .signedOn(signedOn.get()).termFrom(termFrom.get()).termTo(termTo.get()).contractAmount(amountValue())
                .pricing(pricing.get()).relatedParty(relatedParty.get()).registration(registration())
                .valuation(valuation()).managerLogin(manager.login()).managerName(manager.name()).build();
    }

    @Override
    public List<Problem> parseProblems(Deal edited) {
        return parseProblems();
    }

    /** 经办人/技术经理人. */
    public AssigneeChoice manager() {
        return manager;
    }

    BigDecimal amountValue() {
        return Money.parse(amount.get()).orElse(null);
    }

    Deal.Registration registration() {
        return new Deal.Registration(blankToNull(registrationNo.get()), registeredOn.get(),
                Money.parse(technicalIncome.get()).orElse(null));
    }

    Deal.Valuation valuation() {
        return new Deal.Valuation(valuationDone.get(), Money.parse(valuationAmount.get()).orElse(null),
                blankToNull(valuationReport.get()));
    }

    /** Amounts typed that are not amounts (R-MONEY): errors of the form, before any rule runs. */
    List<Problem> parseProblems() {
        List<Problem> p = new java.util.ArrayList<>();
        notAmount(p, amount.get(), "contractAmount", "dealList.contractAmount");
        notAmount(p, technicalIncome.get(), "technicalIncome", "dealEditor.technicalIncome");
        notAmount(p, valuationAmount.get(), "valuation", "deal.valuationAmount");
        return p;
    }

    static void notAmount(List<Problem> p, String text, String field, String labelKey) {
        if (text != null && !text.isBlank() && Money.parse(text).isEmpty()) {
            p.add(Problem.error("dealEditor.notAnAmount", field, labelKey, text.strip()));
        }
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ObservableList<Counterparty> counterparties() {
        return counterparties;
    }

    public BooleanBinding licenceProperty() {
        return licence;
    }

    public StringProperty contractNoProperty() {
        return contractNo;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<DealMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<LicenseKind> licenseKindProperty() {
        return licenseKind;
    }

    public ObjectProperty<Counterparty> counterpartyProperty() {
        return counterparty;
    }

    public ObjectProperty<LocalDate> signedOnProperty() {
        return signedOn;
    }

    public ObjectProperty<LocalDate> termFromProperty() {
        return termFrom;
    }

    public ObjectProperty<LocalDate> termToProperty() {
        return termTo;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<PricingMethod> pricingProperty() {
        return pricing;
    }

    public BooleanProperty relatedPartyProperty() {
        return relatedParty;
    }

    public StringProperty registrationNoProperty() {
        return registrationNo;
    }

    public ObjectProperty<LocalDate> registeredOnProperty() {
        return registeredOn;
    }

    public StringProperty technicalIncomeProperty() {
        return technicalIncome;
    }

    public BooleanProperty valuationDoneProperty() {
        return valuationDone;
    }

    public StringProperty valuationAmountProperty() {
        return valuationAmount;
    }

    public StringProperty valuationReportProperty() {
        return valuationReport;
    }
}
