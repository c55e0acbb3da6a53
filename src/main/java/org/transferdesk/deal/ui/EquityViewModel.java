package org.transferdesk.deal.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;
import org.transferdesk.deal.Company;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.Equity;

/** The equity side of an 作价投资 deal. */
public final class EquityViewModel implements DealTab {
    /** The tab's fields; {@code share} is the university's, as typed (a percentage). */
    public record Form(ObjectProperty<Company> company, StringProperty share,
                       ObjectProperty<LocalDate> registrationChangeOn) {
    }

    private final Form form = new Form(new SimpleObjectProperty<>(), new SimpleStringProperty(""),
            new SimpleObjectProperty<>());
    private final ObservableList<Company> companies = FXCollections.observableArrayList();

    void setFrom(Equity e) {
        form.company().set(e == null || e.companyId() == null ? null : companies.stream()
                .filter(c -> e.companyId().equals(c.id())).findFirst()
                .orElse(new Company(e.companyId(), e.companyName(), null, null, null, 0)));
        form.share().set(e == null || e.universityShare() == null ? "" : e.universityShare().percent().toPlainString());
        form.registrationChangeOn().set(e == null ? null : e.registrationChangeOn());
    }

    Equity toEquity() {
        Company c = form.company().get();
        Percent p = Percent.parsePercent(form.share().get()).orElse(null);
        LocalDate changedOn = form.registrationChangeOn().get();
        if (c == null && p == null && changedOn == null) {
            return null;
        }
        return new Equity(c == null ? null : c.id(), c == null ? null : c.name(), p, changedOn);
    }

    List<Problem> parseProblems() {
        String text = form.share().get();
        if (text != null && !text.isBlank() && Percent.parsePercent(text).isEmpty()) {
            return List.of(Problem.error("dealEditor.notAPercent", "equity", text.strip()));
        }
        return List.of();
    }

    public ObservableList<Company> companies() {
        return companies;
    }

    public Form form() {
        return form;
    }

    @Override
    public void show(Deal deal) {
        setFrom(deal.equity());
    }

    @Override
    public Deal contribute(Deal edited) {
        // equity of another mode is kept as stored: the tab is disabled then
        return edited.mode() == DealMode.EQUITY ? DealBuilder.toBuilder(edited).equity(toEquity()).build() : edited;
    }

    @Override
    public List<Problem> parseProblems(Deal edited) {
        return edited.mode() == DealMode.EQUITY ? parseProblems() : List.of();
    }
}
