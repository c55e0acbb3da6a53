package org.transferdesk.people.ui;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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
import org.transferdesk.common.I18n;
import org.transferdesk.people.InventorResults;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.Person;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.SortedFilteredRows;
import org.transferdesk.ui.TaskExecutor;

/**
 * The people list: loads everyone with their result counts in the background, filters as the user
 * types (staff no., name, department) and by department and leadership post, and keeps totals.
 */
public final class PeopleListViewModel {
    private final PeopleService people;
    private final InventorResults disclosures;
    private final TaskExecutor executor;
    private final SortedFilteredRows<PersonListRow> listRows = new SortedFilteredRows<>();
    private final ObservableList<PersonListRow> source = listRows.all();
    private final FilteredList<PersonListRow> filtered = listRows.shown();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<String> department = new SimpleObjectProperty<>();
    private final ObjectProperty<LeaderRole> leaderRole = new SimpleObjectProperty<>();
    private final ObservableList<String> departments = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private long loadGeneration;

    public PeopleListViewModel(PeopleService people, InventorResults disclosures, TaskExecutor executor,
                               DataEvents events) {
        this.people = people;
        this.disclosures = disclosures;
        this.executor = executor;
        searchText.addListener((o, a, b) -> applyFilter());
        department.addListener((o, a, b) -> applyFilter());
        leaderRole.addListener((o, a, b) -> applyFilter());
        filtered.addListener((ListChangeListener<PersonListRow>) c -> updateTotals());
        // A saved result changes result counts; people lists are small enough to reload whole.
        events.subscribe(change -> load());
    }

    /** (Re)loads every person; answers to an older load are dropped. */
    public void load() {
        long generation = ++loadGeneration;
        loading.set(true);
        totals.set(I18n.t("common.loading"));
        executor.execute(BackgroundTask.of(p -> {
            List<Person> all = people.findAll();
            Map<Long, Integer> counts = disclosures.countByInventor();
            return all.stream().map(x -> PersonListRow.of(x, counts.getOrDefault(x.id(), 0))).toList();
        }).onSuccess(rows -> {
            if (generation == loadGeneration) {
                loading.set(false);
                source.setAll(rows);
                rebuildFacets();
                updateTotals();
            }
        }).onFinished(() -> {
            if (generation == loadGeneration) {
                loading.set(false);
            }
        }));
    }

    private void applyFilter() {
        filtered.setPredicate(predicate());
    }

    private Predicate<PersonListRow> predicate() {
        String text = searchText.get();
        String[] terms = text == null || text.isBlank() ? new String[0]
                : text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        String dep = department.get();
        LeaderRole role = leaderRole.get();
        return row -> (dep == null || dep.equals(row.department()))
                && (role == null || row.leaderRole() == role)
                && Arrays.stream(terms).allMatch(row.searchText()::contains);
    }

    public void clearFilters() {
        searchText.set("");
        department.set(null);
        leaderRole.set(null);
    }

    private void rebuildFacets() {
        TreeSet<String> deps = new TreeSet<>(Collator.getInstance(Locale.CHINA));
        source.stream().map(PersonListRow::department).filter(Objects::nonNull).forEach(deps::add);
        if (!departments.equals(new ArrayList<>(deps))) {
            departments.setAll(deps);
        }
    }

    private void updateTotals() {
        if (!loading.get()) {
            totals.set(I18n.t("people.totals", source.size(), filtered.size()));
        }
    }

    /** The rows as shown (filtered, in the table's order); the ID number stays masked. */
    public List<List<Object>> visibleRowsForExport() {
        List<List<Object>> rows = new ArrayList<>(filtered.size());
        for (PersonListRow r : filtered) {
            rows.add(Arrays.asList(r.staffNo(), r.name(), r.department(),
                    r.leaderRole() == null ? null : r.leaderRole().label(), r.maskedIdNumber(), r.contact(),
                    r.resultCount()));
        }
        return rows;
    }

    public static List<String> exportHeaders() {
        return List.of(I18n.t("person.staffNo"), I18n.t("person.name"), I18n.t("person.department"),
                I18n.t("person.leaderRole"), I18n.t("person.idNumber"), I18n.t("person.contact"),
                I18n.t("people.resultCount"));
    }

    public ObservableList<PersonListRow> rows() {
        return filtered;
    }

    /** The rows for the table: it shows them and its column headers set their order (sorted once, filtered per key). */
    public SortedFilteredRows<PersonListRow> sortedRows() {
        return listRows;
    }

    public int totalCount() {
        return source.size();
    }

    public int shownCount() {
        return filtered.size();
    }

    public StringProperty searchTextProperty() {
        return searchText;
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

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** The shown row with this staff number, if any. */
    public PersonListRow find(String staffNo) {
        return filtered.stream().filter(r -> Objects.equals(r.staffNo(), staffNo)).findFirst().orElse(null);
    }
}
