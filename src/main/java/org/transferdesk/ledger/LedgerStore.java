package org.transferdesk.ledger;

import java.util.List;
import java.util.Optional;
import org.transferdesk.deal.Company;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Deal;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.people.Person;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.reward.Distribution;

/**
 * The database inside the import's one transaction: lookups see what the import has written so far,
 * and every save writes its audit row (action IMPORT) in the same transaction.
 */
public interface LedgerStore extends LedgerLookup {

    /** The id of the named department, created when missing. */
    long departmentId(String name);

    Person save(Person person);

    /** Writes people that have no id yet in batches (issue 20); answers them with their ids, in the same order. */
    List<Person> createPeople(List<Person> people);

    /** Writes results that have no id yet in batches, with their inventors and IP rights (issue 20). */
    void createResults(List<Disclosure> results);

    /** Writes deals that have no id yet in batches, with their parts (issue 20). */
    void createDeals(List<Deal> deals);

    /**
     * For each of {@code written} (in order), the counterparty with its credit code or normalised name
     * ({@link Counterparty#nameKey}), created when missing with the region and industry of {@code written}; an
     * existing one gets them only where it has none (what the office recorded is never overwritten by a ledger).
     * The ones to create are written in one batch (issue 20).
     */
    List<Counterparty> counterparties(List<Counterparty> written);

    Optional<Disclosure> loadResult(long id);

    Disclosure save(Disclosure disclosure);

    Optional<Deal> loadDeal(long id);

    /** Writes the deal and returns its id; it is not read back (issue 20: thousands per import). */
    long save(Deal deal);

    Optional<Distribution> loadDistribution(long id);

    /** Writes an imported reward distribution (audit action IMPORT). */
    Distribution save(Distribution distribution);

    /** The highest sequence used in pilot case numbers of {@code prefix} (e.g. "FQ-2026-"). */
    int maxPilotSequence(String prefix);

    Optional<PilotCase> loadPilot(long id);

    /** Writes an imported pilot case's fields and team (audit action IMPORT), not its steps. */
    PilotCase save(PilotCase pilot);

    /** Removes every step of a case (an update replaces the steps an earlier import wrote). */
    void deletePilotSteps(long caseId);

    /** Records a step of an imported case, by the importing user now. */
    void addPilotStep(long caseId, PilotStep step, java.time.LocalDate doneOn, java.time.LocalDate endsOn,
                      String actor, String note);

    /** The owners text of the result's IP (the first asset that has one). */
    String ipOwners(long disclosureId);

    /** Sets the owners text of every IP asset of the result, audited on the result. */
    void setIpOwners(long disclosureId, String owners);

    /** Asks for the database file to be compacted at the next chance (a large import, issue 20). */
    void markCompactionDue();

    /** The company of the register with this name, created (origin CREATED) when missing. */
    Company company(String name);
}
