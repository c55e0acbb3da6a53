package org.transferdesk.demo;

import java.util.List;
import org.transferdesk.deal.Company;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Deal;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.people.Department;
import org.transferdesk.people.Person;

/**
 * A generated demo university, not yet written. Ids are provisional: departments have none (people and
 * results name theirs by {@code departmentName}); a person's id is their 1-based position in
 * {@link #people()}, which is what {@link org.transferdesk.disclosure.Inventor#personId()} refers to.
 * Deals name their counterparty ({@link Deal#counterpartyName()}), their company
 * ({@link org.transferdesk.deal.Equity#companyName()}) and their results (by result number).
 * The writer maps all of them to database ids. Status changes carry no {@code by}: whoever writes the
 * data recorded them.
 */
public record DemoData(List<Department> departments, List<Person> people, List<Disclosure> disclosures,
                       List<Counterparty> counterparties, List<Company> companies, List<Deal> deals) {
    public DemoData {
        departments = List.copyOf(departments);
        people = List.copyOf(people);
        disclosures = List.copyOf(disclosures);
        counterparties = List.copyOf(counterparties);
        companies = List.copyOf(companies);
        deals = List.copyOf(deals);
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
        int receipts = deals.stream().mapToInt(d -> d.receipts().size()).sum();
        return new DemoSummary(departments.size(), people.size(), disclosures.size(), inventors, ip, changes,
                counterparties.size(), deals.size(), receipts);
    }
}
