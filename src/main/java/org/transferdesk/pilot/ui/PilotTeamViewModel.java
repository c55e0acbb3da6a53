package org.transferdesk.pilot.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Percent;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.Person;
import org.transferdesk.pilot.PilotOwner;

/**
 * The team of a case: its members and their internal split (must sum to 100%, shown live), and the
 * representative, who must be one of them.
 */
public final class PilotTeamViewModel {
    private final PeopleService people;
    private final ObservableList<OwnerRow> rows = FXCollections.observableArrayList(r -> new Observable[] {r.shareProperty()});
    private final ObjectProperty<OwnerRow> representative = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper sumText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper sumOk = new ReadOnlyBooleanWrapper();

    public PilotTeamViewModel(PeopleService people) {
        this.people = people;
        rows.addListener((javafx.collections.ListChangeListener<OwnerRow>) c -> {
            updateSum();
            if (representative.get() != null && !rows.contains(representative.get())) {
                representative.set(null);
            }
        });
        updateSum();
    }

    void show(List<PilotOwner> owners, Long representativeId) {
        rows.setAll(owners.stream().map(OwnerRow::of).toList());
        representative.set(rows.stream().filter(r -> Objects.equals(r.personId(), representativeId)).findFirst()
                .orElse(null));
    }

    /** People matching the term, for the "add a member" field (runs on the caller's thread: call it off the UI). */
    public List<Person> suggest(String term) {
        return term == null || term.isBlank() ? List.of() : people.search(term, 15);
    }

    /** Adds the person with a 0 share (the user types it); someone already in the team is not added twice. */
    public void add(Person p) {
        if (p == null || rows.stream().anyMatch(r -> r.personId() == p.id())) {
            return;
        }
        rows.add(new OwnerRow(p.id(), p.staffNo(), p.name(), "0"));
    }

    public void remove(OwnerRow row) {
        rows.remove(row);
    }

    public List<PilotOwner> owners() {
        return rows.stream().map(OwnerRow::owner).toList();
    }

    public Long representativeId() {
        return representative.get() == null ? null : representative.get().personId();
    }

    private void updateSum() {
        BigDecimal sum = rows.stream().map(r -> r.typedShare().orElse(Percent.ZERO))
                .map(Percent::fraction).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean numbers = rows.stream().allMatch(OwnerRow::shareIsNumber);
        sumOk.set(numbers && !rows.isEmpty() && sum.compareTo(BigDecimal.ONE) == 0);
        sumText.set(I18n.t("pilotEditor.teamSum", new Percent(sum).toString()));
    }

    public ObservableList<OwnerRow> rows() {
        return rows;
    }

    public ObjectProperty<OwnerRow> representativeProperty() {
        return representative;
    }

    public ReadOnlyStringProperty sumTextProperty() {
        return sumText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sumOkProperty() {
        return sumOk.getReadOnlyProperty();
    }
}
