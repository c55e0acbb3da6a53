package org.transferdesk.ledger.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.transferdesk.ledger.LedgerLookup;
import org.transferdesk.ledger.LedgerLookup.ExistingDeal;
import org.transferdesk.ledger.LedgerLookup.ExistingResult;
import org.transferdesk.ledger.LedgerLookup.ExistingReward;
import org.transferdesk.ledger.LedgerLookup.PilotTarget;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.PersonRepository;

/**
 * What the import asks of the database, on one connection: the planning reads outside a transaction and the
 * commit's re-reads inside its transaction ask the same questions, so they share one answer-giver.
 */
abstract class DslLookup implements LedgerLookup {
    final DSLContext dsl;

    DslLookup(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<String, Person> people(Collection<String> staffNos) {
        return PersonRepository.findByStaffNos(dsl, staffNos);
    }

    @Override
    public Map<String, List<Person>> peopleNamed(Collection<String> names) {
        return PersonRepository.findByNames(dsl, names);
    }

    @Override
    public Map<String, ExistingResult> results(Collection<String> resultNos) {
        return LedgerRepository.findResults(dsl, resultNos);
    }

    @Override
    public Map<String, ExistingDeal> deals(Collection<String> contractNos) {
        return LedgerRepository.findDeals(dsl, contractNos);
    }

    @Override
    public Map<String, ExistingReward> importedRewards(Collection<String> contractNos) {
        return LedgerRepository.findImportedRewards(dsl, contractNos);
    }

    @Override
    public Map<String, PilotTarget> pilotTargets(Collection<String> resultNos) {
        return LedgerRepository.findPilotTargets(dsl, resultNos);
    }
}
