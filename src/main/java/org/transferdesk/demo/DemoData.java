package org.transferdesk.demo;

import java.util.List;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.people.Department;
import org.transferdesk.people.Person;

/**
 * A generated demo university, not yet written. Ids are provisional: departments have none (people and
 * results name theirs by {@code departmentName}); a person's id is their 1-based position in
 * {@link #people()}, which is what {@link org.transferdesk.disclosure.Inventor#personId()} refers to.
 * The writer maps all of them to database ids. Status changes carry no {@code by}: whoever writes the
 * data recorded them.
 */
public record DemoData(List<Department> departments, List<Person> people, List<Disclosure> disclosures) {
    public DemoData {
        departments = List.copyOf(departments);
        people = List.copyOf(people);
        disclosures = List.copyOf(disclosures);
    }

    public DemoSummary summary() {
        int inventors = 0;
        int ip = 0;
        int changes = 0;
        for (Disclosure d : disclosures) {
            inventors += d.inventors().size();
            ip += d.ipAssets().size();
            changes += d.history().size();
        }
        return new DemoSummary(departments.size(), people.size(), disclosures.size(), inventors, ip, changes);
    }
}
