package org.transferdesk.demo.persistence;

import org.transferdesk.db.BatchInserter;
import static org.transferdesk.db.jooq.Tables.COMPANY;
import static org.transferdesk.db.jooq.Tables.COUNTERPARTY;
import static org.transferdesk.db.jooq.Tables.DEAL;
import static org.transferdesk.db.jooq.Tables.DEAL_APPROVAL;
import static org.transferdesk.db.jooq.Tables.DEAL_COST;
import static org.transferdesk.db.jooq.Tables.DEAL_EQUITY;
import static org.transferdesk.db.jooq.Tables.DEAL_PUBLICITY;
import static org.transferdesk.db.jooq.Tables.DEAL_RESULT;
import static org.transferdesk.db.jooq.Tables.DEPARTMENT;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE_STATUS_CHANGE;
import static org.transferdesk.db.jooq.Tables.INVENTOR;
import static org.transferdesk.db.jooq.Tables.IP_ASSET;
import static org.transferdesk.db.jooq.Tables.INSTALMENT;
import static org.transferdesk.db.jooq.Tables.PERSON;
import static org.transferdesk.db.jooq.Tables.RECEIPT;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.transferdesk.common.I18n;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.demo.DemoData;
import org.transferdesk.demo.DemoSummary;
import org.transferdesk.deal.Approval;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.DealAudit;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.Instalment;
import org.transferdesk.deal.Publicity;
import org.transferdesk.deal.persistence.CounterpartyRepository;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.Evaluation;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.StatusChange;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.people.Department;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.DepartmentRepository;
import org.transferdesk.people.persistence.PersonRepository;

/**
 * Writes generated demo data in one transaction with batched inserts (fast enough for 100,000 results),
 * with one IMPORT audit row per created department, person, result, counterparty and deal, like a ledger import. Results
 * are written in chunks of 2,000 so progress moves and a cancel takes effect between chunks;
 * a cancel or any failure rolls everything back.
 */
public final class DemoWriter {
    private static final int CHUNK = 2_000;

    private final DSLContext dsl;

    public DemoWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** No people and no results (departments alone do not count: demo data reuses them by name). */
    public boolean isEmpty() {
        return isEmpty(dsl);
    }

    private static boolean isEmpty(DSLContext ctx) {
        // deals and counterparties too: demo counterparties would collide with real ones by name
        return !ctx.fetchExists(PERSON) && !ctx.fetchExists(DISCLOSURE) && !ctx.fetchExists(DEAL)
                && !ctx.fetchExists(COUNTERPARTY);
    }

    /** Whether a demo was started here and not finished (issue 19): {@link #write} removes it and starts again. */
    public boolean unfinished() {
        return UnfinishedDemo.isMarked(dsl);
    }

    /** The demo is complete (or deliberately stopped): from now on its records are the office's to keep. */
    public void finished() {
        UnfinishedDemo.clear(dsl);
    }

    /** Where the audit log stands: a later {@link #keepIfWrittenSince} tells whether anything was saved since. */
    public long lastAudit() {
        return UnfinishedDemo.lastAudit(dsl);
    }

    /**
     * Removes the mark of an unfinished demo when anything was saved after {@code lastAudit} (issue 19): a clerk
     * who worked on next to a half-made demo has real records among it, which a redone demo must not wipe.
     */
    public void keepIfWrittenSince(long lastAudit) {
        if (unfinished() && UnfinishedDemo.lastAudit(dsl) > lastAudit) {
            UnfinishedDemo.clear(dsl);
        }
    }

    /**
     * Writes the people, results and deals in one transaction and marks the demo unfinished until {@link #finished};
     * on a database holding an unfinished demo, removes that first, in the same transaction.
     */
    public DemoSummary write(DemoData data, String actor, LocalDateTime now, ProgressSink progress) {
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            org.transferdesk.db.WriteMutex.take(dsl, tx,
                    new org.transferdesk.db.WriteMutex.Holder(org.transferdesk.db.WriteMutex.DEMO, actor, now));
            // Checked again inside the transaction: someone may have added records since the caller looked.
            if (UnfinishedDemo.isMarked(tx)) {
                UnfinishedDemo.wipe(tx);
            } else if (!isEmpty(tx)) {
                throw new UserFacingException("demo.notEmpty");
            }
            UnfinishedDemo.mark(tx);
            long total = (long) data.people().size() + data.disclosures().size();
            DemoAuditWriter audit = new DemoAuditWriter(tx, actor, now, CHUNK);
            Map<String, Long> departments = departments(tx, data.departments(), audit);
            Map<Long, Long> people = people(tx, data.people(), departments, audit);
            progress.progress(data.people().size(), total, I18n.t("demo.progress.writing"));
            progress.checkCancelled();
            List<Disclosure> results = data.disclosures();
            for (int from = 0; from < results.size(); from += CHUNK) {
                List<Disclosure> chunk = results.subList(from, Math.min(from + CHUNK, results.size()));
                writeResults(tx, chunk, departments, people, actor, audit);
                progress.progress(data.people().size() + from + chunk.size(), total, I18n.t("demo.progress.writing"));
                progress.checkCancelled();
            }
            writeDeals(tx, data, audit);
            audit.flush();
            progress.checkCancelled();
            return data.summary();
        });
    }

    /** Name → id, creating the departments that do not exist yet. */
    private static Map<String, Long> departments(DSLContext tx, List<Department> wanted, DemoAuditWriter audit) {
        Map<String, Long> ids = new HashMap<>(tx.select(DEPARTMENT.NAME, DEPARTMENT.ID).from(DEPARTMENT)
                .fetchMap(DEPARTMENT.NAME, DEPARTMENT.ID));
        BatchInserter insert = new BatchInserter(tx, CHUNK, DEPARTMENT, DEPARTMENT.NAME, DEPARTMENT.ACTIVE);
        List<Department> missing = wanted.stream().filter(d -> !ids.containsKey(d.name())).toList();
        missing.forEach(d -> insert.add(d.name(), d.active()));
        insert.flush();
        ids.putAll(tx.select(DEPARTMENT.NAME, DEPARTMENT.ID).from(DEPARTMENT).fetchMap(DEPARTMENT.NAME, DEPARTMENT.ID));
        for (Department d : missing) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("name", d.name());
            fields.put("active", d.active());
            audit.created(DepartmentRepository.ENTITY, ids.get(d.name()), fields);
        }
        return ids;
    }

    /** Provisional person id → database id. The table was empty, so every staff number is new. */
    private static Map<Long, Long> people(DSLContext tx, List<Person> people, Map<String, Long> departments,
                                          DemoAuditWriter audit) {
        BatchInserter insert = new BatchInserter(tx, CHUNK, PERSON, PERSON.STAFF_NO, PERSON.NAME,
                PERSON.DEPARTMENT_ID, PERSON.LEADER_ROLE, PERSON.ID_NUMBER, PERSON.CONTACT);
        for (Person p : people) {
            insert.add(p.staffNo(), p.name(), departments.get(p.departmentName()), p.leaderRole().name(),
                    p.idNumber(), p.contact());
        }
        insert.flush();
        Map<String, Long> byStaffNo = tx.select(PERSON.STAFF_NO, PERSON.ID).from(PERSON)
                .fetchMap(PERSON.STAFF_NO, PERSON.ID);
        Map<Long, Long> ids = new HashMap<>();
        for (Person p : people) {
            long id = byStaffNo.get(p.staffNo());
            ids.put(p.id(), id);
            audit.created(PersonRepository.ENTITY, id, p.auditFields());
        }
        return ids;
    }

    private static void writeResults(DSLContext tx, List<Disclosure> chunk, Map<String, Long> departments,
                                     Map<Long, Long> people, String actor, DemoAuditWriter audit) {
        long highestIdBefore = tx.select(DSL.coalesce(DSL.max(DISCLOSURE.ID), 0L)).from(DISCLOSURE).fetchOne().value1();
        BatchInserter insert = new BatchInserter(tx, CHUNK, DISCLOSURE, DISCLOSURE.RESULT_NO, DISCLOSURE.TITLE,
                DISCLOSURE.DISCLOSED_ON, DISCLOSURE.DEPARTMENT_ID, DISCLOSURE.RESULT_TYPE, DISCLOSURE.FUNDING_SOURCE,
                DISCLOSURE.PROJECT_NUMBERS, DISCLOSURE.TECHNICAL_FIELD, DISCLOSURE.ABSTRACT_TEXT,
                DISCLOSURE.CONFIDENTIAL, DISCLOSURE.STATUS, DISCLOSURE.EVAL_SCIENTIFIC, DISCLOSURE.EVAL_TECHNICAL,
                DISCLOSURE.EVAL_ECONOMIC, DISCLOSURE.EVAL_SOCIAL, DISCLOSURE.EVAL_RECOMMENDATION, DISCLOSURE.EVAL_NOTES);
        for (Disclosure d : chunk) {
            Evaluation e = d.evaluation();
            insert.add(d.resultNo(), d.title(), d.disclosedOn(), departments.get(d.departmentName()),
                    name(d.resultType()), name(d.funding()), d.projectNumbers(), d.technicalField(), d.abstractText(),
                    d.confidential(), d.status().name(), e.scientific(), e.technical(), e.economic(), e.social(),
                    name(e.recommendation()), e.notes());
        }
        insert.flush();
        // Identity values only grow, so this chunk's rows are above the highest id seen before it; a range
        // scan on the primary key is far cheaper than an IN list of 2,000 result numbers.
        Map<String, Long> ids = tx.select(DISCLOSURE.RESULT_NO, DISCLOSURE.ID).from(DISCLOSURE)
                .where(DISCLOSURE.ID.gt(highestIdBefore)).fetchMap(DISCLOSURE.RESULT_NO, DISCLOSURE.ID);
        BatchInserter inventors = new BatchInserter(tx, CHUNK, INVENTOR, INVENTOR.DISCLOSURE_ID, INVENTOR.PERSON_ID,
                INVENTOR.SHARE, INVENTOR.KEY_CONTRIBUTOR, INVENTOR.POSITION);
        BatchInserter history = new BatchInserter(tx, CHUNK, DISCLOSURE_STATUS_CHANGE,
                DISCLOSURE_STATUS_CHANGE.DISCLOSURE_ID, DISCLOSURE_STATUS_CHANGE.FROM_STATUS,
                DISCLOSURE_STATUS_CHANGE.TO_STATUS, DISCLOSURE_STATUS_CHANGE.CHANGED_ON,
                DISCLOSURE_STATUS_CHANGE.REASON, DISCLOSURE_STATUS_CHANGE.CHANGED_BY);
        BatchInserter ip = new BatchInserter(tx, CHUNK, IP_ASSET, IP_ASSET.DISCLOSURE_ID, IP_ASSET.IP_TYPE,
                IP_ASSET.APPLICATION_NO, IP_ASSET.TITLE, IP_ASSET.FILED_ON, IP_ASSET.GRANTED_ON, IP_ASSET.STATUS,
                IP_ASSET.OWNERS);
        for (Disclosure d : chunk) {
            long id = ids.get(d.resultNo());
            int position = 0;
            for (Inventor inv : d.inventors()) {
                inventors.add(id, people.get(inv.personId()), inv.share().fraction(), inv.keyContributor(), position++);
            }
            // Inserted oldest first: the repository reads a history back in id order.
            for (StatusChange s : d.history()) {
                history.add(id, name(s.from()), s.to().name(), s.on(), s.reason(), s.by() == null ? actor : s.by());
            }
            for (IpAsset a : d.ipAssets()) {
                ip.add(id, a.type().name(), a.applicationNo(), a.title(), a.filedOn(), a.grantedOn(), a.status().name(),
                        a.owners());
            }
            audit.created(DisclosureRepository.ENTITY, id,
                    identity(d.auditFields(), "resultNo", "title", "disclosedOn", "department", "status"));
        }
        inventors.flush();
        history.flush();
        ip.flush();
    }

    /**
     * What a demo record's creation row records: the {@code names} that identify it, of its audit form (so under
     * the names later edits are diffed by, in their order). Not the whole form: the record itself holds the content,
     * later edits are diffed against the record, and full copies would make the audit log ten times the
     * size of the results (about 120 million characters for 100,000 results).
     */
    private static Map<String, Object> identity(Map<String, Object> auditFields, String... names) {
        auditFields.keySet().retainAll(Set.of(names));
        return auditFields;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Counterparties, companies, then the deals with all their parts, in batches like the results. */
    private static void writeDeals(DSLContext tx, DemoData data, DemoAuditWriter audit) {
        if (data.deals().isEmpty()) {
            return;
        }
        BatchInserter parties = new BatchInserter(tx, CHUNK, COUNTERPARTY, COUNTERPARTY.NAME, COUNTERPARTY.NAME_KEY,
                COUNTERPARTY.CREDIT_CODE, COUNTERPARTY.REGION, COUNTERPARTY.PROVINCE_CODE, COUNTERPARTY.INDUSTRY,
                COUNTERPARTY.INDUSTRY_CODE, COUNTERPARTY.ENTERPRISE_SIZE, COUNTERPARTY.CONTACT);
        for (Counterparty c : data.counterparties()) {
            parties.add(c.name(), Counterparty.nameKey(c.name()), c.creditCode(), c.region(),
                    c.province() == null ? null : c.province().code(), c.industry(),
                    c.industrySection() == null ? null : c.industrySection().code(), name(c.size()), c.contact());
        }
        parties.flush();
        Map<String, Long> partyIds = tx.select(COUNTERPARTY.NAME, COUNTERPARTY.ID).from(COUNTERPARTY)
                .fetchMap(COUNTERPARTY.NAME, COUNTERPARTY.ID);
        for (Counterparty c : data.counterparties()) {
            audit.created(CounterpartyRepository.ENTITY, partyIds.get(c.name()),
                    identity(CounterpartyRepository.auditFields(c), "name", "creditCode"));
        }
        BatchInserter companies = new BatchInserter(tx, CHUNK, COMPANY, COMPANY.NAME, COMPANY.CREDIT_CODE,
                COMPANY.REGISTERED_CAPITAL, COMPANY.ORIGIN);
        data.companies().forEach(c -> companies.add(c.name(), c.creditCode(), c.registeredCapital(), c.origin().name()));
        companies.flush();
        Map<String, Long> companyIds = tx.select(COMPANY.NAME, COMPANY.ID).from(COMPANY).fetchMap(COMPANY.NAME, COMPANY.ID);

        BatchInserter deals = new BatchInserter(tx, CHUNK, DEAL, DEAL.CONTRACT_NO, DEAL.MODE, DEAL.LICENSE_KIND,
                DEAL.TITLE, DEAL.COUNTERPARTY_ID, DEAL.SIGNED_ON, DEAL.TERM_FROM, DEAL.TERM_TO, DEAL.CONTRACT_AMOUNT,
                DEAL.PRICING_METHOD, DEAL.RELATED_PARTY, DEAL.REGISTRATION_NO, DEAL.REGISTERED_ON,
                DEAL.TECHNICAL_INCOME, DEAL.VALUATION_DONE, DEAL.VALUATION_AMOUNT, DEAL.VALUATION_REPORT, DEAL.STATUS);
        for (Deal d : data.deals()) {
            deals.add(d.contractNo(), d.mode().name(), name(d.licenseKind()), d.title(),
                    partyIds.get(d.counterpartyName()), d.signedOn(), d.termFrom(), d.termTo(), d.contractAmount(),
                    name(d.pricing()), d.relatedParty(), d.registration().number(), d.registration().registeredOn(),
                    d.registration().technicalIncome(), d.valuation().done(), d.valuation().amount(),
                    d.valuation().reportRef(), d.status().name());
        }
        deals.flush();
        Map<String, Long> dealIds = tx.select(DEAL.CONTRACT_NO, DEAL.ID).from(DEAL).fetchMap(DEAL.CONTRACT_NO, DEAL.ID);
        Map<String, Long> resultIds = tx.select(DISCLOSURE.RESULT_NO, DISCLOSURE.ID).from(DISCLOSURE)
                .fetchMap(DISCLOSURE.RESULT_NO, DISCLOSURE.ID);

        BatchInserter results = new BatchInserter(tx, CHUNK, DEAL_RESULT, DEAL_RESULT.DEAL_ID, DEAL_RESULT.DISCLOSURE_ID);
        BatchInserter publicity = new BatchInserter(tx, CHUNK, DEAL_PUBLICITY, DEAL_PUBLICITY.DEAL_ID,
                DEAL_PUBLICITY.STARTS_ON, DEAL_PUBLICITY.ENDS_ON, DEAL_PUBLICITY.PLACE, DEAL_PUBLICITY.CONTENT);
        BatchInserter approvals = new BatchInserter(tx, CHUNK, DEAL_APPROVAL, DEAL_APPROVAL.DEAL_ID, DEAL_APPROVAL.TIER,
                DEAL_APPROVAL.APPROVER, DEAL_APPROVAL.APPROVED_ON, DEAL_APPROVAL.MINUTES_REF, DEAL_APPROVAL.RELATED_PARTY);
        BatchInserter instalments = new BatchInserter(tx, CHUNK, INSTALMENT, INSTALMENT.DEAL_ID, INSTALMENT.DUE_ON,
                INSTALMENT.AMOUNT, INSTALMENT.CONDITION_TEXT, INSTALMENT.POSITION);
        BatchInserter receipts = new BatchInserter(tx, CHUNK, RECEIPT, RECEIPT.DEAL_ID, RECEIPT.RECEIVED_ON,
                RECEIPT.AMOUNT, RECEIPT.VOUCHER_NO);
        BatchInserter costs = new BatchInserter(tx, CHUNK, DEAL_COST, DEAL_COST.DEAL_ID, DEAL_COST.INCURRED_ON,
                DEAL_COST.CATEGORY, DEAL_COST.AMOUNT, DEAL_COST.NOTE);
        BatchInserter equity = new BatchInserter(tx, CHUNK, DEAL_EQUITY, DEAL_EQUITY.DEAL_ID, DEAL_EQUITY.COMPANY_ID,
                DEAL_EQUITY.UNIVERSITY_SHARE, DEAL_EQUITY.REGISTRATION_CHANGE_ON);
        for (Deal d : data.deals()) {
            long id = dealIds.get(d.contractNo());
            d.results().forEach(r -> results.add(id, resultIds.get(r.resultNo())));
            Publicity p = d.publicity();
            if (p != null) {
                publicity.add(id, p.startsOn(), p.endsOn(), p.place(), p.content());
            }
            for (Approval a : d.approvals()) {
                approvals.add(id, a.tier().name(), a.approver(), a.approvedOn(), a.minutesRef(), a.relatedPartyStep());
            }
            int position = 0;
            for (Instalment i : d.instalments()) {
                instalments.add(id, i.dueOn(), i.amount(), i.condition(), position++);
            }
            d.receipts().forEach(r -> receipts.add(id, r.receivedOn(), r.amount(), r.voucherNo()));
            d.costs().forEach(c -> costs.add(id, c.incurredOn(), c.category().name(), c.amount(), c.note()));
            if (d.equity() != null) {
                equity.add(id, companyIds.get(d.equity().companyName()), d.equity().universityShare().fraction(),
                        d.equity().registrationChangeOn());
            }
            audit.created(DealRepository.ENTITY, id,
                    identity(DealAudit.fields(d), "contractNo", "mode", "title", "contractAmount", "status"));
        }
        results.flush();
        publicity.flush();
        approvals.flush();
        instalments.flush();
        receipts.flush();
        costs.flush();
        equity.flush();
    }
}
