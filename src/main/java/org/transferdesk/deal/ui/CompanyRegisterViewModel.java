package org.transferdesk.deal.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.transferdesk.common.CreditCode;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.common.Problem;
import org.transferdesk.deal.Company;
import org.transferdesk.deal.CompanyHolding;
import org.transferdesk.deal.CompanyOrigin;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.SortedFilteredRows;
import org.transferdesk.ui.TaskExecutor;

/**
 * The company register: every company the university holds shares in, created (创设) or joined (参股),
 * with its credit code, registered capital and the university's share and 作价 amount from the equity
 * deals; companies are added and edited in a small form below the list.
 */
public final class CompanyRegisterViewModel {
    private final CounterpartyService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final SortedFilteredRows<CompanyHolding> listRows = new SortedFilteredRows<>();
    private final ObservableList<CompanyHolding> source = listRows.all();
    private final FilteredList<CompanyHolding> filtered = listRows.shown();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<CompanyOrigin> originFilter = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    private final BooleanProperty editing = new SimpleBooleanProperty();
    private final StringProperty name = new SimpleStringProperty();
    private final StringProperty creditCode = new SimpleStringProperty();
    private final StringProperty capital = new SimpleStringProperty();
    private final ObjectProperty<CompanyOrigin> origin = new SimpleObjectProperty<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private Company editedCompany;

    public CompanyRegisterViewModel(CounterpartyService service, TaskExecutor executor, DialogService dialogs,
                                    DataEvents events) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        searchText.addListener((o, a, b) -> applyFilter());
        originFilter.addListener((o, a, b) -> applyFilter());
        filtered.addListener((ListChangeListener<CompanyHolding>) c -> updateTotals());
        creditCode.addListener((o, a, b) -> warning.set(""));
        events.subscribe(change -> load());
    }

    public void load() {
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> service.companyHoldings()).onSuccess(rows -> {
            source.setAll(rows);
            updateTotals();
        }).onFinished(() -> busy.set(false)));
    }

    private void applyFilter() {
        String text = searchText.get();
        String[] terms = text == null || text.isBlank() ? new String[0]
                : text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        CompanyOrigin o = originFilter.get();
        filtered.setPredicate(h -> (o == null || h.company().origin() == o)
                && Arrays.stream(terms).allMatch(t -> (h.company().name() + "\u0001"
                + Objects.toString(h.company().creditCode(), "")).toLowerCase(Locale.ROOT).contains(t)));
    }

    private void updateTotals() {
        BigDecimal amount = filtered.stream().map(CompanyHolding::equityAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        totals.set(I18n.t("companies.totals", source.size(), filtered.size(), Money.format(amount)));
    }

    /** Starts a new company in the form. */
    public void newCompany() {
        edit(new Company(null, "", null, null, CompanyOrigin.CREATED, 0));
    }

    /** Puts a company into the form. */
    public void edit(Company c) {
        editedCompany = c;
        name.set(c.name());
        creditCode.set(c.creditCode());
        capital.set(c.registeredCapital() == null ? "" : c.registeredCapital().toPlainString());
        origin.set(c.origin());
        problems.clear();
        warning.set("");
        editing.set(true);
    }

    public void cancelEdit() {
        editing.set(false);
        problems.clear();
        editedCompany = null;
    }

    /** Checks the form; saves in the background when there is no error (a failing credit code only warns). */
    public void save() {
        if (editedCompany == null) {
            return;
        }
        List<Problem> found = new ArrayList<>();
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty()) {
            found.add(Problem.error("validation.required", "name", "company.name"));
        } else if (source.stream().anyMatch(h -> h.company().name().equals(n)
                && !Objects.equals(h.company().id(), editedCompany.id()))) {
            found.add(Problem.error("companies.nameTaken", "name", n));
        }
        if (origin.get() == null) {
            found.add(Problem.error("validation.required", "origin", "companies.origin"));
        }
        BigDecimal cap = null;
        if (capital.get() != null && !capital.get().isBlank()) {
            var parsed = Money.parse(capital.get());
            if (parsed.isEmpty() || parsed.get().signum() < 0) {
                found.add(Problem.error("companies.capitalInvalid", "capital"));
            } else {
                cap = parsed.get();
            }
        }
        String code = creditCode.get() == null || creditCode.get().isBlank() ? null : CreditCode.normalise(creditCode.get());
        if (!found.isEmpty()) {
            problems.setAll(found.stream().map(Problem::message).toList());
            return;
        }
        problems.clear();
        warning.set(code != null && !CreditCode.isValid(code)
                ? Problem.warning("counterparty.creditCode.check", "creditCode", code).message() : "");
        Company candidate = new Company(editedCompany.id(), n, code, cap, origin.get(), editedCompany.version());
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> {
            Company saved = service.saveCompany(candidate);
            return new Saved(saved, service.companyHoldings());
        }).onSuccess(s -> {
            source.setAll(s.rows());
            updateTotals();
            editing.set(false);
            editedCompany = null;
            dialogs.notify(I18n.t("editor.saved", s.company().name()));
        }).onFailure(error -> problems.setAll(ErrorHandler.messages(error)))
                .onFinished(() -> busy.set(false)));
    }

    private record Saved(Company company, List<CompanyHolding> rows) {
    }

    public List<List<Object>> visibleRowsForExport() {
        List<List<Object>> rows = new ArrayList<>();
        for (CompanyHolding h : filtered) {
            rows.add(Arrays.asList(h.company().name(), h.company().creditCode(), h.company().origin().label(),
                    h.company().registeredCapital(), h.universityShare().percent(), h.equityAmount(), h.dealCount()));
        }
        return rows;
    }

    public static List<String> exportHeaders() {
        return List.of(I18n.t("company.name"), I18n.t("counterpartyList.creditCode"), I18n.t("companies.origin"),
                I18n.t("companies.capital"), I18n.t("companies.share"), I18n.t("companies.equityAmount"),
                I18n.t("companies.deals"));
    }

    public ObservableList<CompanyHolding> rows() {
        return filtered;
    }

    /** The rows for the table: it shows them and its column headers set their order (sorted once, filtered per key). */
    public SortedFilteredRows<CompanyHolding> sortedRows() {
        return listRows;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<CompanyOrigin> originFilterProperty() {
        return originFilter;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the form is open. */
    public BooleanProperty editingProperty() {
        return editing;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty creditCodeProperty() {
        return creditCode;
    }

    /** Registered capital in yuan, as typed. */
    public StringProperty capitalProperty() {
        return capital;
    }

    public ObjectProperty<CompanyOrigin> originProperty() {
        return origin;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    /** The credit-code warning of the last save (R-ID-USCC; it does not block saving). */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }
}
