package org.transferdesk.ledger.persistence;

import static org.transferdesk.db.jooq.Tables.DISCLOSURE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.persistence.CounterpartyRepository;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.ledger.LedgerExportSource;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.PersonRepository;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.persistence.PilotRepository;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.persistence.DistributionRepository;

/** Reads what the ledger export writes, through the features' own repositories (results one by one, in order). */
public final class LedgerExportReader implements LedgerExportSource {
    private final DSLContext dsl;

    public LedgerExportReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Person> people() {
        return new PersonRepository(dsl).findAll();
    }

    @Override
    public List<Disclosure> results() {
        DisclosureRepository repository = new DisclosureRepository(dsl);
        return dsl.select(DISCLOSURE.ID).from(DISCLOSURE).orderBy(DISCLOSURE.RESULT_NO).fetch(DISCLOSURE.ID).stream()
                .map(id -> repository.findById(id).orElseThrow()).toList();
    }

    @Override
    public List<Deal> deals() {
        return new DealRepository(dsl).findAll();
    }

    @Override
    public Map<Long, String> creditCodes() {
        Map<Long, String> codes = new HashMap<>();
        for (Counterparty c : new CounterpartyRepository(dsl).findAll()) {
            if (c.creditCode() != null) {
                codes.put(c.id(), c.creditCode());
            }
        }
        return codes;
    }

    @Override
    public Map<Long, Counterparty> counterparties() {
        Map<Long, Counterparty> all = new HashMap<>();
        for (Counterparty c : new CounterpartyRepository(dsl).findAll()) {
            all.put(c.id(), c);
        }
        return all;
    }

    @Override
    public List<Distribution> distributions() {
        return new DistributionRepository(dsl).findWhere(null, null);
    }

    @Override
    public List<PilotCase> pilotCases() {
        return new PilotRepository(dsl).findAll();
    }

    @Override
    public org.transferdesk.audit.AuditChain.Anchor auditAnchor() {
        return new org.transferdesk.audit.persistence.AuditChainRepository(dsl).latest();
    }

    @Override
    public void audit(org.transferdesk.audit.AuditEntry exported) {
        new org.transferdesk.audit.persistence.AuditRepository(dsl).appendNow(exported);
    }
}
