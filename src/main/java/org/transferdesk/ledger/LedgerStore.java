package org.transferdesk.ledger;

import java.util.Optional;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.people.Person;

/**
 * The database inside the import's one transaction: lookups see what the import has written so far,
 * and every save writes its audit row (action IMPORT) in the same transaction.
 */
public interface LedgerStore extends LedgerLookup {

    /** The id of the named department, created when missing. */
    long departmentId(String name);

    Person save(Person person);

    Optional<Disclosure> loadResult(long id);

    Disclosure save(Disclosure disclosure);
}
