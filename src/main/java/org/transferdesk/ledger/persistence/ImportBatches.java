package org.transferdesk.ledger.persistence;

import org.transferdesk.db.BatchInserter;
import static org.transferdesk.db.jooq.Tables.AUDIT_LOG;
import static org.transferdesk.db.jooq.Tables.COUNTERPARTY;
import static org.transferdesk.db.jooq.Tables.DEAL;
import static org.transferdesk.db.jooq.Tables.DEAL_COST;
import static org.transferdesk.db.jooq.Tables.DEAL_EQUITY;
import static org.transferdesk.db.jooq.Tables.DEAL_PUBLICITY;
import static org.transferdesk.db.jooq.Tables.DEAL_RESULT;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE_STATUS_CHANGE;
import static org.transferdesk.db.jooq.Tables.INVENTOR;
import static org.transferdesk.db.jooq.Tables.IP_ASSET;
import static org.transferdesk.db.jooq.Tables.PERSON;
import static org.transferdesk.db.jooq.Tables.RECEIPT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditDiff;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealAudit;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.deal.persistence.CounterpartyRepository;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.Evaluation;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.PersonRepository;

/**
 * The import's new records written in batches (issue 20): one prepared INSERT per table executed as JDBC batches,
 * the generated ids fetched back in one range read by the records' natural keys (identity values only grow, and
 * the import holds the write mutex), children and audit rows batched the same way. Writing record by record cost
 * a round trip per row and a read-back per record: about 110× H2's own load of the same rows.
 * <p>
 * What is written, audit rows included, is exactly what the record-by-record saves wrote (LedgerImportAuditTest
 * compares the two): the same columns, and the audit row of each record made from the fields its repository's
 * read-back would give, action IMPORT (counterparties: CREATE, as {@link CounterpartyRepository#save} records).
 * Records an import updates still go through their repositories one by one: an update is rare and needs the
 * stored record.
 */
final class ImportBatches {
    /** Rows per JDBC batch: large enough that round trips vanish, small enough for H2's undo log. */
    static final int BATCH = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DSLContext tx;
    private final String actor;
    private final LocalDateTime now;

    ImportBatches(DSLContext tx, String actor, LocalDateTime now) {
        this.tx = tx;
        this.actor = actor;
        this.now = now;
    }

    /** Inserts people that have no id; answers them with their ids, in the same order. */
    List<Person> createPeople(List<Person> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        long before = highestId(PERSON, PERSON.ID);
        BatchInserter insert = new BatchInserter(tx, BATCH, PERSON, PERSON.STAFF_NO, PERSON.NAME, PERSON.DEPARTMENT_ID,
                PERSON.LEADER_ROLE, PERSON.ID_TYPE, PERSON.ID_NUMBER, PERSON.CONTACT);
        people.forEach(p -> insert.add(p.staffNo(), p.name(), p.departmentId(), p.leaderRole().name(),
                p.idType().name(), p.idNumber(), p.contact()));
        insert.flush();
        Map<String, Long> ids = tx.select(PERSON.STAFF_NO, PERSON.ID).from(PERSON).where(PERSON.ID.gt(before))
                .fetchMap(PERSON.STAFF_NO, PERSON.ID);
        Audit audit = new Audit();
        List<Person> saved = new ArrayList<>(people.size());
        for (Person p : people) {
            long id = ids.get(p.staffNo());
            audit.add(PersonRepository.ENTITY, id, AuditAction.IMPORT, p.auditFields());
            saved.add(new Person(id, p.staffNo(), p.name(), p.departmentId(), p.departmentName(), p.leaderRole(),
                    p.idType(), p.idNumber(), p.contact(), 0));
        }
        audit.flush();
        return saved;
    }

    /**
     * Inserts results that have no id, each with its first status (disclosed on its date, as
     * {@link DisclosureRepository#save} records it), its inventors in order and its IP rights.
     */
    void createResults(List<Disclosure> results) {
        if (results.isEmpty()) {
            return;
        }
        long before = highestId(DISCLOSURE, DISCLOSURE.ID);
        BatchInserter insert = new BatchInserter(tx, BATCH, DISCLOSURE, DISCLOSURE.RESULT_NO, DISCLOSURE.TITLE,
                DISCLOSURE.DISCLOSED_ON, DISCLOSURE.DEPARTMENT_ID, DISCLOSURE.RESULT_TYPE, DISCLOSURE.FUNDING_SOURCE,
                DISCLOSURE.PROJECT_NUMBERS, DISCLOSURE.TECHNICAL_FIELD, DISCLOSURE.ABSTRACT_TEXT,
                DISCLOSURE.CONFIDENTIAL, DISCLOSURE.STATUS, DISCLOSURE.EVAL_SCIENTIFIC, DISCLOSURE.EVAL_TECHNICAL,
                DISCLOSURE.EVAL_ECONOMIC, DISCLOSURE.EVAL_SOCIAL, DISCLOSURE.EVAL_RECOMMENDATION,
                DISCLOSURE.EVAL_NOTES);
        for (Disclosure d : results) {
            Evaluation e = d.evaluation();
            insert.add(d.resultNo(), d.title(), d.disclosedOn(), d.departmentId(), name(d.resultType()),
                    name(d.funding()), d.projectNumbers(), d.technicalField(), d.abstractText(), d.confidential(),
                    d.status().name(), e.scientific(), e.technical(), e.economic(), e.social(),
                    name(e.recommendation()), e.notes());
        }
        insert.flush();
        Map<String, Long> ids = tx.select(DISCLOSURE.RESULT_NO, DISCLOSURE.ID).from(DISCLOSURE)
                .where(DISCLOSURE.ID.gt(before)).fetchMap(DISCLOSURE.RESULT_NO, DISCLOSURE.ID);
        BatchInserter status = new BatchInserter(tx, BATCH, DISCLOSURE_STATUS_CHANGE,
                DISCLOSURE_STATUS_CHANGE.DISCLOSURE_ID, DISCLOSURE_STATUS_CHANGE.TO_STATUS,
                DISCLOSURE_STATUS_CHANGE.CHANGED_ON, DISCLOSURE_STATUS_CHANGE.REASON,
                DISCLOSURE_STATUS_CHANGE.CHANGED_BY);
        BatchInserter inventors = new BatchInserter(tx, BATCH, INVENTOR, INVENTOR.DISCLOSURE_ID, INVENTOR.PERSON_ID,
                INVENTOR.SHARE, INVENTOR.KEY_CONTRIBUTOR, INVENTOR.POSITION);
        BatchInserter ip = new BatchInserter(tx, BATCH, IP_ASSET, IP_ASSET.DISCLOSURE_ID, IP_ASSET.IP_TYPE,
                IP_ASSET.APPLICATION_NO, IP_ASSET.TITLE, IP_ASSET.FILED_ON, IP_ASSET.GRANTED_ON, IP_ASSET.STATUS,
                IP_ASSET.OWNERS);
        Audit audit = new Audit();
        for (Disclosure d : results) {
            long id = ids.get(d.resultNo());
            status.add(id, d.status().name(), d.disclosedOn(), "-", actor);
            int position = 0;
            for (Inventor i : d.inventors()) {
                inventors.add(id, i.personId(), i.share().fraction(), i.keyContributor(), position++);
            }
            for (IpAsset a : d.ipAssets()) {
                ip.add(id, a.type().name(), a.applicationNo(), a.title(), a.filedOn(), a.grantedOn(),
                        a.status().name(), a.owners());
            }
            // The read-back the repository audited gives these very fields: inventors by position with the names
            // of the people written, IP in id (insertion) order, shares at the column's six decimals (Percent).
            audit.add(DisclosureRepository.ENTITY, id, AuditAction.IMPORT, d.auditFields());
        }
        status.flush();
        inventors.flush();
        ip.flush();
        audit.flush();
    }

    /**
     * Inserts counterparties that have no id and answers them with their ids, in the same order; audited as
     * {@link CounterpartyRepository#save} audits a new one (action CREATE, the fields as read back).
     */
    List<Counterparty> createCounterparties(List<Counterparty> parties) {
        if (parties.isEmpty()) {
            return List.of();
        }
        long before = highestId(COUNTERPARTY, COUNTERPARTY.ID);
        BatchInserter insert = new BatchInserter(tx, BATCH, COUNTERPARTY, COUNTERPARTY.NAME, COUNTERPARTY.NAME_KEY,
                COUNTERPARTY.CREDIT_CODE, COUNTERPARTY.REGION, COUNTERPARTY.INDUSTRY, COUNTERPARTY.PROVINCE_CODE,
                COUNTERPARTY.INDUSTRY_CODE, COUNTERPARTY.ENTERPRISE_SIZE, COUNTERPARTY.CONTACT);
        for (Counterparty c : parties) {
            insert.add(c.name(), Counterparty.nameKey(c.name()), c.creditCode(), c.region(), c.industry(),
                    c.province() == null ? null : c.province().code(),
                    c.industrySection() == null ? null : c.industrySection().code(), name(c.size()), c.contact());
        }
        insert.flush();
        Map<String, Long> ids = tx.select(COUNTERPARTY.NAME_KEY, COUNTERPARTY.ID).from(COUNTERPARTY)
                .where(COUNTERPARTY.ID.gt(before)).fetchMap(COUNTERPARTY.NAME_KEY, COUNTERPARTY.ID);
        Audit audit = new Audit();
        List<Counterparty> saved = new ArrayList<>(parties.size());
        for (Counterparty c : parties) {
            Counterparty s = new Counterparty(ids.get(Counterparty.nameKey(c.name())), c.name(), c.creditCode(),
                    c.region(), c.province(), c.industry(), c.industrySection(), c.size(), c.contact(), 0);
            audit.add(CounterpartyRepository.ENTITY, s.id(), AuditAction.CREATE, CounterpartyRepository.auditFields(s));
            saved.add(s);
        }
        audit.flush();
        return saved;
    }

    /**
     * Inserts deals that have no id with their results, publicity, receipts, costs and equity; audited with
     * {@link DealRepository#asRead}, as {@link DealRepository#saveWithoutReading} audits. The import's new deals
     * have no approvals, instalments or objections: a deal with any is refused rather than half written.
     */
    void createDeals(List<Deal> deals) {
        if (deals.isEmpty()) {
            return;
        }
        for (Deal d : deals) {
            if (!d.approvals().isEmpty() || !d.instalments().isEmpty()
                    || d.publicity() != null && !d.publicity().objections().isEmpty()) {
                throw new IllegalArgumentException("an imported deal has no approvals, instalments or objections: "
                        + d.contractNo());
            }
        }
        long before = highestId(DEAL, DEAL.ID);
        BatchInserter insert = new BatchInserter(tx, BATCH, DEAL, DEAL.CONTRACT_NO, DEAL.MODE, DEAL.LICENSE_KIND,
                DEAL.TITLE, DEAL.COUNTERPARTY_ID, DEAL.SIGNED_ON, DEAL.TERM_FROM, DEAL.TERM_TO, DEAL.CONTRACT_AMOUNT,
                DEAL.PRICING_METHOD, DEAL.RELATED_PARTY, DEAL.REGISTRATION_NO, DEAL.REGISTERED_ON,
                DEAL.TECHNICAL_INCOME, DEAL.VALUATION_DONE, DEAL.VALUATION_AMOUNT, DEAL.VALUATION_REPORT, DEAL.STATUS);
        for (Deal d : deals) {
            insert.add(d.contractNo(), d.mode().name(), name(d.licenseKind()), d.title(), d.counterpartyId(),
                    d.signedOn(), d.termFrom(), d.termTo(), d.contractAmount(), name(d.pricing()), d.relatedParty(),
                    d.registration().number(), d.registration().registeredOn(), d.registration().technicalIncome(),
                    d.valuation().done(), d.valuation().amount(), d.valuation().reportRef(), d.status().name());
        }
        insert.flush();
        Map<String, Long> ids = tx.select(DEAL.CONTRACT_NO, DEAL.ID).from(DEAL).where(DEAL.ID.gt(before))
                .fetchMap(DEAL.CONTRACT_NO, DEAL.ID);
        BatchInserter results = new BatchInserter(tx, BATCH, DEAL_RESULT, DEAL_RESULT.DEAL_ID,
                DEAL_RESULT.DISCLOSURE_ID);
        BatchInserter publicity = new BatchInserter(tx, BATCH, DEAL_PUBLICITY, DEAL_PUBLICITY.DEAL_ID,
                DEAL_PUBLICITY.STARTS_ON, DEAL_PUBLICITY.ENDS_ON, DEAL_PUBLICITY.PLACE, DEAL_PUBLICITY.CONTENT);
        BatchInserter receipts = new BatchInserter(tx, BATCH, RECEIPT, RECEIPT.DEAL_ID, RECEIPT.RECEIVED_ON,
                RECEIPT.AMOUNT, RECEIPT.VOUCHER_NO, RECEIPT.INSTALMENT_ID);
        BatchInserter costs = new BatchInserter(tx, BATCH, DEAL_COST, DEAL_COST.DEAL_ID, DEAL_COST.INCURRED_ON,
                DEAL_COST.CATEGORY, DEAL_COST.AMOUNT, DEAL_COST.NOTE);
        BatchInserter equity = new BatchInserter(tx, BATCH, DEAL_EQUITY, DEAL_EQUITY.DEAL_ID, DEAL_EQUITY.COMPANY_ID,
                DEAL_EQUITY.UNIVERSITY_SHARE, DEAL_EQUITY.REGISTRATION_CHANGE_ON);
        Audit audit = new Audit();
        for (Deal d : deals) {
            long id = ids.get(d.contractNo());
            for (ResultRef r : d.results()) {
                results.add(id, r.disclosureId());
            }
            if (d.publicity() != null) {
                publicity.add(id, d.publicity().startsOn(), d.publicity().endsOn(), d.publicity().place(),
                        d.publicity().content());
            }
            for (Receipt r : d.receipts()) {
                receipts.add(id, r.receivedOn(), r.amount(), r.voucherNo(), r.instalmentId());
            }
            for (Cost c : d.costs()) {
                costs.add(id, c.incurredOn(), c.category().name(), c.amount(), c.note());
            }
            if (d.equity() != null) {
                equity.add(id, d.equity().companyId(), d.equity().universityShare().fraction(),
                        d.equity().registrationChangeOn());
            }
            audit.add(DealRepository.ENTITY, id, AuditAction.IMPORT, DealAudit.fields(DealRepository.asRead(d)));
        }
        results.flush();
        publicity.flush();
        receipts.flush();
        costs.flush();
        equity.flush();
        audit.flush();
    }

    private long highestId(Table<?> table, TableField<?, Long> id) {
        return tx.select(DSL.coalesce(DSL.max(id), 0L)).from(table).fetchOne().value1();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Audit rows as {@code AuditRepository.append} writes them (same columns, same JSON), batched. */
    private final class Audit {
        private final BatchInserter insert = new BatchInserter(tx, BATCH, AUDIT_LOG, AUDIT_LOG.OCCURRED_AT,
                AUDIT_LOG.ACTOR, AUDIT_LOG.ENTITY, AUDIT_LOG.ENTITY_ID, AUDIT_LOG.ACTION, AUDIT_LOG.CHANGES);

        void add(String entity, long id, AuditAction action, Map<String, Object> fields) {
            try {
                insert.add(now, actor, entity, id, action.name(),
                        JSON.writeValueAsString(AuditDiff.between(Map.of(), fields)));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }

        void flush() {
            insert.flush();
        }
    }
}
