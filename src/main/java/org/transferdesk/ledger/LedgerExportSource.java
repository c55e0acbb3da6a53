package org.transferdesk.ledger;

import java.util.List;
import java.util.Map;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Deal;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.people.Person;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.reward.Distribution;

/**
 * What {@link LedgerExport} reads: every person, result (with inventors and IP) and deal, the credit codes, every
 * reward distribution (with its lines, whatever its status) and every pilot case (with its steps).
 */
public interface LedgerExportSource {
    List<Person> people();

    List<Disclosure> results();

    List<Deal> deals();

    /** Counterparty id → unified social credit code, where recorded. */
    Map<Long, String> creditCodes();

    /** Counterparty id → the counterparty (for its industry and region); empty where a source has none. */
    default Map<Long, Counterparty> counterparties() {
        return Map.of();
    }

    /** Every distribution, revoked ones included. */
    List<Distribution> distributions();

    /** Every pilot case, ended ones included. */
    List<PilotCase> pilotCases();

    /** The audit chain's latest place and hash, which the export records (issue 22). */
    default org.transferdesk.audit.AuditChain.Anchor auditAnchor() {
        return org.transferdesk.audit.AuditChain.Anchor.EMPTY;
    }

    /** Records in the audit trail that the ledger (names, ID numbers) was exported (issue 22). */
    default void audit(org.transferdesk.audit.AuditEntry exported) {
    }
}
