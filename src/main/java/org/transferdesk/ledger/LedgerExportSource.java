package org.transferdesk.ledger;

import java.util.List;
import java.util.Map;
import org.transferdesk.deal.Deal;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.people.Person;

/** What {@link LedgerExport} reads: every person, result (with inventors and IP) and deal, and the credit codes. */
public interface LedgerExportSource {
    List<Person> people();

    List<Disclosure> results();

    List<Deal> deals();

    /** Counterparty id → unified social credit code, where recorded. */
    Map<Long, String> creditCodes();
}
