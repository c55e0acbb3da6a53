package org.transferdesk.people.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Pinyin;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.people.InventorResults;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.Person;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.ListFacet;
import org.transferdesk.ui.ListPage;
import org.transferdesk.ui.TaskExecutor;

/**
 * The people list: loads everyone with their result counts in the background, filters as the user
 * types (staff no., name, department) and by department and leadership post, and keeps totals.
 */
public final class PeopleListViewModel extends ListPage<PersonListRow> {
    /** The page's filters: the departments people are in (pinyin order), and the leadership post. */
    public record Filters(ListFacet<PersonListRow, String> department,
                          ListFacet<PersonListRow, LeaderRole> leaderRole) {
    }

    private final PeopleService people;
    private final InventorResults disclosures;
    private final Filters filters = new Filters(
            facetFromRows(PersonListRow::department, Pinyin.ORDER, "filter.allDepartments"),
            facet(PersonListRow::leaderRole, LeaderRole.values(), "filter.allLeaderRoles"));

    /** Issue 24, item 8: a directory, so by name (pinyin), namesakes by staff number. */
    static final Comparator<PersonListRow> OPENING = Pinyin.by(PersonListRow::name)
            .thenComparing(PersonListRow::staffNo, Comparator.nullsLast(Comparator.naturalOrder()));

    public PeopleListViewModel(PeopleService people, InventorResults disclosures, TaskExecutor executor,
                               DataEvents events) {
        super(executor, listColumns());
        sortedRows().openIn(OPENING);
        this.people = people;
        this.disclosures = disclosures;
        // A saved result changes result counts; people lists are small enough to reload whole.
        reloadOnAny(events);
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
        return facetsMatch().and(searchMatch(PersonListRow::searchText));
    }

    @Override
    protected String totalsText(int all, int shown) {
        return I18n.t("people.totals", all, shown);
    }

    public Filters filters() {
        return filters;
    }

    /** The shown row with this staff number, if any. */
    public PersonListRow find(String staffNo) {
        return findShown(r -> Objects.equals(r.staffNo(), staffNo));
    }
}
