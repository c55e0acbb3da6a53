package org.transferdesk.deal.ui;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.common.CreditCode;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.common.Pinyin;
import org.transferdesk.common.Problem;
import org.transferdesk.deal.Company;
import org.transferdesk.deal.CompanyHolding;
import org.transferdesk.deal.CompanyOrigin;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.ListFacet;
import org.transferdesk.ui.RegisterViewModel;
import org.transferdesk.ui.TaskExecutor;

/**
 * The company register: every company the university holds shares in, created (创设) or joined (参股),
 * with its credit code, registered capital and the university's share and 作价 amount from the equity
 * deals; companies are added and edited in a small form below the list.
 */
public final class CompanyRegisterViewModel extends RegisterViewModel<CompanyHolding, Company> {
    private final CounterpartyService service;

    private final ListFacet<CompanyHolding, CompanyOrigin> originFilter = facet(h -> h.company().origin(),
            CompanyOrigin.values(), "companies.allOrigins");

    private final Form form = new Form();
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");

    /** Issue 24, item 8: a register one looks names up in, so by name (pinyin). */
    static final Comparator<CompanyHolding> OPENING = Pinyin.by(h -> h.company().name());

    public CompanyRegisterViewModel(CounterpartyService service, TaskExecutor executor, DialogService dialogs,
                                    DataEvents events) {
        super(executor, listColumns(), dialogs, events);
        sortedRows().openIn(OPENING);
        this.service = service;
        form.creditCode().addListener((o, a, b) -> warning.set(""));
    }

    /**
     * Capital and 作价 amount show formatted text (an empty amount for a company without equity deals) and sort by
     * that text as they always did; the export writes the numbers.
     */
    private static List<ListColumn<CompanyHolding>> listColumns() {
        return List.of(ListColumn.text("company.name", 240, h -> h.company().name()),
                ListColumn.text("counterpartyList.creditCode", 170, h -> h.company().creditCode()),
                ListColumn.labeled("companies.origin", 70, h -> h.company().origin()),
                ListColumn.<CompanyHolding>of("companies.capital", 130,
                                h -> Money.format(h.company().registeredCapital()))
                        .exporting(h -> h.company().registeredCapital()).aligned(ListColumn.Align.RIGHT),
                ListColumn.<CompanyHolding>of("companies.share", 100,
                                h -> h.dealCount() == 0 ? null : h.universityShare().percent())
                        .exporting(h -> h.universityShare().percent()).aligned(ListColumn.Align.RIGHT),
                ListColumn.<CompanyHolding>of("companies.equityAmount", 130,
                                h -> h.dealCount() == 0 ? "" : Money.format(h.equityAmount()))
                        .exporting(CompanyHolding::equityAmount).aligned(ListColumn.Align.RIGHT),
                ListColumn.<CompanyHolding>of("companies.deals", 70, CompanyHolding::dealCount)
                        .aligned(ListColumn.Align.RIGHT));
    }

    @Override
    protected List<CompanyHolding> readAll() {
        return service.companyHoldings();
    }

    @Override
    protected Predicate<CompanyHolding> predicate() {
        Predicate<CompanyHolding> words = searchMatch(h -> (h.company().name() + "\u0001"
                + Objects.toString(h.company().creditCode(), "")).toLowerCase(Locale.ROOT));
        return facetsMatch().and(words);
    }

    @Override
    protected String totalsText(int all, int shown) {
        BigDecimal amount = rows().stream().map(CompanyHolding::equityAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return I18n.t("companies.totals", all, shown, Money.format(amount));
    }

    @Override
    protected Company blank() {
        return new Company(null, "", null, null, CompanyOrigin.CREATED, 0);
    }

    @Override
    protected void fill(Company c) {
        form.fill(c);
        warning.set("");
    }

    /** A failing credit code only warns (R-ID-USCC). */
    @Override
    protected Company candidate(Company edited, List<Problem> found) {
        String n = form.name().get() == null ? "" : form.name().get().strip();
        if (n.isEmpty()) {
            found.add(Problem.error("validation.required", "name", "company.name"));
        } else if (all().stream().anyMatch(h -> h.company().name().equals(n)
                && !Objects.equals(h.company().id(), edited.id()))) {
            found.add(Problem.error("companies.nameTaken", "name", n));
        }
        CompanyOrigin origin = form.origin().get();
        if (origin == null) {
            found.add(Problem.error("validation.required", "origin", "companies.origin"));
        }
        BigDecimal cap = null;
        String capital = form.capital().get();
        if (capital != null && !capital.isBlank()) {
            var parsed = Money.parse(capital);
            if (parsed.isEmpty() || parsed.get().signum() < 0) {
                found.add(Problem.error("companies.capitalInvalid", "capital"));
            } else {
                cap = parsed.get();
            }
        }
        String typedCode = form.creditCode().get();
        String code = typedCode == null || typedCode.isBlank() ? null : CreditCode.normalise(typedCode);
        if (!found.isEmpty()) {
            return null;
        }
        warning.set(code != null && !CreditCode.isValid(code)
                ? Problem.warning("counterparty.creditCode.check", "creditCode", code).message() : "");
        return new Company(edited.id(), n, code, cap, origin, edited.version());
    }

    @Override
    protected Company store(Company candidate) {
        return service.saveCompany(candidate);
    }

    @Override
    protected String nameOf(Company c) {
        return c.name();
    }

    public ListFacet<CompanyHolding, CompanyOrigin> originFilterProperty() {
        return originFilter;
    }

    /** The form's fields. */
    public Form form() {
        return form;
    }

    /** The credit-code warning of the last save (R-ID-USCC; it does not block saving). */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** The form's fields as typed; {@code capital} is the registered capital in yuan. */
    public record Form(StringProperty name, StringProperty creditCode, StringProperty capital,
                       ObjectProperty<CompanyOrigin> origin) {
        Form() {
            this(new SimpleStringProperty(), new SimpleStringProperty(), new SimpleStringProperty(),
                    new SimpleObjectProperty<>());
        }

        void fill(Company c) {
            name.set(c.name());
            creditCode.set(c.creditCode());
            capital.set(c.registeredCapital() == null ? "" : c.registeredCapital().toPlainString());
            origin.set(c.origin());
        }
    }
}
