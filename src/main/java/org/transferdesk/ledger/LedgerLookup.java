package org.transferdesk.ledger;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.transferdesk.people.Person;

/** What checking an import needs to know from the database: which keys exist already. */
public interface LedgerLookup {

    /** A result already in the database, with the application numbers of its IP assets. */
    record ExistingResult(long id, Set<String> applicationNos) {
        public ExistingResult {
            applicationNos = Set.copyOf(applicationNos);
        }
    }

    /** The people with these staff numbers, by staff number; unknown numbers are simply absent. */
    Map<String, Person> people(Collection<String> staffNos);

    /** The results with these result numbers, by result number. */
    Map<String, ExistingResult> results(Collection<String> resultNos);
}
