package org.transferdesk.deal.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
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
    /** The contract's own fields; {@code amount} is the contract amount as typed. */
    public record Contract(StringProperty contractNo, StringProperty title, ObjectProperty<DealMode> mode,
                           ObjectProperty<LicenseKind> licenseKind, ObjectProperty<Counterparty> counterparty,
                           ObjectProperty<LocalDate> signedOn, ObjectProperty<LocalDate> termFrom,
                           ObjectProperty<LocalDate> termTo, StringProperty amount,
                           ObjectProperty<PricingMethod> pricing, BooleanProperty relatedParty) {
        Contract() {
            this(new SimpleStringProperty(""), new SimpleStringProperty(""), new SimpleObjectProperty<>(),
                    new SimpleObjectProperty<>(), new SimpleObjectProperty<>(), new SimpleObjectProperty<>(),
                    new SimpleObjectProperty<>(), new SimpleObjectProperty<>(), new SimpleStringProperty(""),
                    new SimpleObjectProperty<>(), new SimpleBooleanProperty());
        }
    }

    /** The technology-contract registration's fields ({@link Deal.Registration}), as typed. */
    public record Registration(StringProperty number, ObjectProperty<LocalDate> registeredOn,
                               StringProperty technicalIncome) {
        Registration() {
            this(new SimpleStringProperty(""), new SimpleObjectProperty<>(), new SimpleStringProperty(""));
        }

        void show(Deal.Registration r) {
            number.set(nz(r.number()));
            registeredOn.set(r.registeredOn());
            technicalIncome.set(r.technicalIncome() == null ? "" : Money.format(r.technicalIncome()));
        }

        Deal.Registration edited() {
            return new Deal.Registration(blankToNull(number.get()), registeredOn.get(),
                    Money.parse(technicalIncome.get()).orElse(null));
        }
    }

    /** The valuation's fields ({@link Deal.Valuation}), as typed. */
    public record Valuation(BooleanProperty done, StringProperty amount, StringProperty reportRef) {
        Valuation() {
            this(new SimpleBooleanProperty(), new SimpleStringProperty(""), new SimpleStringProperty(""));
        }

        void show(Deal.Valuation v) {
            done.set(v.done());
            amount.set(v.amount() == null ? "" : Money.format(v.amount()));
            reportRef.set(nz(v.reportRef()));
        }

        Deal.Valuation edited() {
            return new Deal.Valuation(done.get(), Money.parse(amount.get()).orElse(null), blankToNull(reportRef.get()));
        }
    }

    private final Contract contract = new Contract();
    private final Registration registration = new Registration();
    private final Valuation valuation = new Valuation();
    private final ObservableList<Counterparty> counterparties = FXCollections.observableArrayList();
    private BiConsumer<String, Consumer<Counterparty>> counterpartyMaker = (name, made) -> { };
    private final AssigneeChoice manager = new AssigneeChoice();
    private final BooleanBinding licence = Bindings.createBooleanBinding(
            () -> contract.mode().get() == DealMode.LICENSE, contract.mode());

    public DealTermsViewModel() {
        contract.mode().addListener((o, a, m) -> {
            if (m != DealMode.LICENSE) {
                contract.licenseKind().set(null);
            }
        });
    }

    void setFrom(Deal d) {
        contract.contractNo().set(nz(d.contractNo()));
        contract.title().set(nz(d.title()));
        contract.mode().set(d.mode());
        contract.licenseKind().set(d.licenseKind());
        contract.counterparty().set(d.counterpartyId() == null ? null : counterparties.stream()
                .filter(c -> d.counterpartyId().equals(c.id())).findFirst()
                .orElse(new Counterparty(d.counterpartyId(), d.counterpartyName(), null, null, null, null, null, null, null, 0)));
        contract.signedOn().set(d.signedOn());
        contract.termFrom().set(d.termFrom());
        contract.termTo().set(d.termTo());
        contract.amount().set(d.contractAmount() == null ? "" : Money.format(d.contractAmount()));
        contract.pricing().set(d.pricing());
        contract.relatedParty().set(d.relatedParty());
        registration.show(d.registration());
        valuation.show(d.valuation());
        manager.show(d.managerLogin(), d.managerName());
    }

    @Override
    public void show(Deal d) {
        setFrom(d);
    }

    @Override
    public Deal contribute(Deal edited) {
        Counterparty cp = contract.counterparty().get();
        DealMode m = contract.mode().get();
        Contract c = contract;
        return DealBuilder.toBuilder(edited).mode(m).contractNo(blankToNull(c.contractNo().get()))
                .licenseKind(m == DealMode.LICENSE ? c.licenseKind().get() : null).title(blankToNull(c.title().get()))
                .counterpartyId(cp == null ? null : cp.id()).counterpartyName(cp == null ? null : cp.name())
                .signedOn(c.signedOn().get()).termFrom(c.termFrom().get()).termTo(c.termTo().get())
                .contractAmount(Money.parse(c.amount().get()).orElse(null)).pricing(c.pricing().get())
                .relatedParty(c.relatedParty().get()).registration(registration.edited())
                .valuation(valuation.edited()).managerLogin(manager.login()).managerName(manager.name()).build();
    }

    @Override
    public List<Problem> parseProblems(Deal edited) {
        return parseProblems();
    }

    /** 经办人/技术经理人. */
    public AssigneeChoice manager() {
        return manager;
    }

    /** Amounts typed that are not amounts (R-MONEY): errors of the form, before any rule runs. */
    List<Problem> parseProblems() {
        List<Problem> p = new java.util.ArrayList<>();
        notAmount(p, contract.amount().get(), "contractAmount", "dealList.contractAmount");
        notAmount(p, registration.technicalIncome().get(), "technicalIncome", "dealEditor.technicalIncome");
        notAmount(p, valuation.amount().get(), "valuation", "deal.valuationAmount");
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

    /** How the editor makes a counterparty from a name typed into the 对方 picker (saved in the background). */
    void makeCounterpartiesWith(BiConsumer<String, Consumer<Counterparty>> maker) {
        this.counterpartyMaker = maker;
    }

    /** 新建… in the 对方 picker: the counterparty is saved under the typed name and becomes the deal's. */
    public void newCounterparty(String name, Consumer<Counterparty> chosen) {
        counterpartyMaker.accept(name, made -> {
            counterparties.add(made);
            chosen.accept(made);
        });
    }

    public BooleanBinding licenceProperty() {
        return licence;
    }

    public Contract contract() {
        return contract;
    }

    public Registration registration() {
        return registration;
    }

    public Valuation valuation() {
        return valuation;
    }
}
