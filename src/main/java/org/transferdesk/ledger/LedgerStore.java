package org.transferdesk.ledger;

import java.util.Optional;
import org.transferdesk.deal.Company;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Deal;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.people.Person;
import org.transferdesk.reward.Distribution;

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

    Optional<Deal> loadDeal(long id);

    Deal save(Deal deal);

    /** The counterparty with this credit code or normalised name ({@link Counterparty#nameKey}), created when missing. */
    Counterparty counterparty(String name, String creditCode);

    Optional<Distribution> loadDistribution(long id);

    /** Writes an imported reward distribution (audit action IMPORT). */
    Distribution save(Distribution distribution);

    /** The company of the register with this name, created (origin CREATED) when missing. */
    Company company(String name);
}
