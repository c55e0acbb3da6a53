package org.transferdesk.people.ui;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.people.InventorResults;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.Person;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.ListPage;
import org.transferdesk.ui.TaskExecutor;

/**
 * The people list: loads everyone with their result counts in the background, filters as the user
 * types (staff no., name, department) and by department and leadership post, and keeps totals.
 */
public final class PeopleListViewModel extends ListPage<PersonListRow> {
    private final PeopleService people;
    private final InventorResults disclosures;
    private final ObjectProperty<String> department = new SimpleObjectProperty<>();
    private final ObjectProperty<LeaderRole> leaderRole = new SimpleObjectProperty<>();
    private final ObservableList<String> departments = FXCollections.observableArrayList();

    public PeopleListViewModel(PeopleService people, InventorResults disclosures, TaskExecutor executor,
                               DataEvents events) {
        super(executor, listColumns());
        this.people = people;
        this.disclosures = disclosures;
        refilterOn(department, leaderRole);
        // A saved result changes result counts; people lists are small enough to reload whole.
        events.subscribe(change -> load());
    }

    /** The ID number stays masked in the table and the export (R-ID-PERSON). */
    private static List<ListColumn<PersonListRow>> listColumns() {
        return List.of(ListColumn.text("person.staffNo", 100, PersonListRow::staffNo),
                ListColumn.text("person.name", 110, PersonListRow::name),
                ListColumn.text("person.department", 180, PersonListRow::department),
                ListColumn.labeled("person.leaderRole", 100, PersonListRow::leaderRole),
                ListColumn.text("person.idNumber", 170, PersonListRow::maskedIdNumber),
                ListColumn.text("person.contact", 200, PersonListRow::contact),
                ListColumn.<PersonListRow>of("people.resultCount", 70, PersonListRow::resultCount)
                        .aligned(ListColumn.Align.RIGHT));
    }

    @Override
    protected List<PersonListRow> read(ProgressSink progress, Consumer<List<PersonListRow>> firstRows) {
        List<Person> all = people.findAll();
        Map<Long, Integer> counts = disclosures.countByInventor();
        return all.stream().map(x -> PersonListRow.of(x, counts.getOrDefault(x.id(), 0))).toList();
    }

    @Override
    protected Predicate<PersonListRow> predicate() {
        Predicate<PersonListRow> words = searchMatch(PersonListRow::searchText);
        String dep = department.get();
        LeaderRole role = leaderRole.get();
        return row -> (dep == null || dep.equals(row.department()))
                && (role == null || row.leaderRole() == role) && words.test(row);
    }

    @Override
    protected void clearFacets() {
        department.set(null);
        leaderRole.set(null);
    }

    @Override
    protected void loaded() {
        TreeSet<String> deps = new TreeSet<>(Collator.getInstance(Locale.CHINA));
        all().stream().map(PersonListRow::department).filter(Objects::nonNull).forEach(deps::add);
        setIfChanged(departments, deps);
    }

    @Override
    protected String totalsText(int all, int shown) {
        return I18n.t("people.totals", all, shown);
    }

    public ObjectProperty<String> departmentProperty() {
        return department;
    }

    public ObjectProperty<LeaderRole> leaderRoleProperty() {
        return leaderRole;
    }

    public ObservableList<String> departments() {
        return departments;
    }

    /** The shown row with this staff number, if any. */
    public PersonListRow find(String staffNo) {
        return findShown(r -> Objects.equals(r.staffNo(), staffNo));
    }
}
