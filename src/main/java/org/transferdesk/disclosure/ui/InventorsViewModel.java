package org.transferdesk.disclosure.ui;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Percent;
import org.transferdesk.disclosure.DisclosureValidator;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.Person;

/** The inventors of a result with a running sum of their shares. */
public final class InventorsViewModel {
    private final PeopleService people;
    private final ObservableList<InventorRow> rows = FXCollections.observableArrayList(
            r -> new Observable[] {r.shareProperty(), r.keyContributorProperty()});
    private final ReadOnlyStringWrapper sumText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper sumOk = new ReadOnlyBooleanWrapper();
    private Runnable onChange = () -> { };

    public InventorsViewModel(PeopleService people) {
        this.people = people;
        rows.addListener((javafx.collections.ListChangeListener<InventorRow>) c -> {
            updateSum();
            onChange.run();
        });
        updateSum();
    }

    void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    public void setAll(List<Inventor> inventors) {
        rows.setAll(inventors.stream().map(InventorRow::of).toList());
    }

    public List<Inventor> inventors() {
        return rows.stream().map(InventorRow::toInventor).toList();
    }

    /** Adds a person with the share still to reach 100% (the first one is a key contributor). */
    public boolean add(Person person) {
        if (rows.stream().anyMatch(r -> r.personId() == person.id())) {
            return false;
        }
        Percent used = DisclosureValidator.shareSum(inventors());
        Percent left = new Percent(Percent.HUNDRED.fraction().subtract(used.fraction()).max(java.math.BigDecimal.ZERO));
        rows.add(new InventorRow(person.id(), person.staffNo(), person.name(), left.percent().toPlainString(),
                rows.isEmpty()));
        return true;
    }

    public void remove(InventorRow row) {
        rows.remove(row);
    }

    public void move(InventorRow row, int delta) {
        int i = rows.indexOf(row);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= rows.size()) {
            return;
        }
        rows.remove(i);
        rows.add(j, row);
    }

    /** People matching what the user typed, for the "add inventor" box (called off the UI thread). */
    public List<Person> suggest(String term) {
        return term == null || term.isBlank() ? List.of() : people.search(term, 15);
    }

    private void updateSum() {
        Percent sum = DisclosureValidator.shareSum(inventors());
        boolean numbers = rows.stream().allMatch(InventorRow::shareIsNumber);
        sumOk.set(numbers && sum.fraction().compareTo(Percent.HUNDRED.fraction()) == 0 && !rows.isEmpty());
        sumText.set(I18n.t("inventors.sum", sum.toString()));
    }

    public ObservableList<InventorRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty sumTextProperty() {
        return sumText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sumOkProperty() {
        return sumOk.getReadOnlyProperty();
    }
}
