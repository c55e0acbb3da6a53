package org.transferdesk.need.persistence;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.transferdesk.db.jooq.Tables.COUNTERPARTY;
import static org.transferdesk.db.jooq.Tables.DEAL;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.TECH_NEED;
import static org.transferdesk.db.jooq.Tables.TECH_NEED_MOVE;
import static org.transferdesk.db.jooq.Tables.TECH_NEED_RESULT;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditDiff;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.db.jooq.tables.records.TechNeedRecord;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.deal.persistence.CounterpartyRepository;
import org.transferdesk.need.Need;
import org.transferdesk.need.NeedContact;
import org.transferdesk.need.NeedMove;
import org.transferdesk.need.NeedSource;
import org.transferdesk.need.NeedStatus;

/** Needs with their company's name, linked results, deal number and moves; a save (and its new company) is one transaction. */
public final class NeedRepository {
    public static final String ENTITY = "tech_need";
    private static final Field<List<ResultRef>> RESULTS = multiset(
            select(DISCLOSURE.ID, DISCLOSURE.RESULT_NO, DISCLOSURE.TITLE).from(TECH_NEED_RESULT)
                    .join(DISCLOSURE).on(DISCLOSURE.ID.eq(TECH_NEED_RESULT.DISCLOSURE_ID))
                    .where(TECH_NEED_RESULT.NEED_ID.eq(TECH_NEED.ID)).orderBy(DISCLOSURE.RESULT_NO))
            .convertFrom(r -> r.map(x -> new ResultRef(x.value1(), x.value2(), x.value3())));
    private static final Field<List<NeedMove>> MOVES = multiset(
            select(TECH_NEED_MOVE.FROM_STATUS, TECH_NEED_MOVE.TO_STATUS, TECH_NEED_MOVE.MOVED_ON,
                    TECH_NEED_MOVE.MOVED_BY, TECH_NEED_MOVE.REASON).from(TECH_NEED_MOVE)
                    .where(TECH_NEED_MOVE.NEED_ID.eq(TECH_NEED.ID)).orderBy(TECH_NEED_MOVE.ID))
            .convertFrom(r -> r.map(x -> new NeedMove(x.value1() == null ? null : NeedStatus.valueOf(x.value1()),
                    NeedStatus.valueOf(x.value2()), x.value3(), x.value4(), x.value5())));

    private final DSLContext dsl;

    public NeedRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Need> findAll() {
        return read(DSL.trueCondition());
    }

    public Optional<Need> findById(long id) {
        return read(TECH_NEED.ID.eq(id)).stream().findFirst();
    }

    public int count() {
        return dsl.fetchCount(TECH_NEED);
    }

    private List<Need> read(Condition which) {
        return dsl.select(TECH_NEED.asterisk(), COUNTERPARTY.NAME, DEAL.CONTRACT_NO, RESULTS, MOVES).from(TECH_NEED)
                .join(COUNTERPARTY).on(COUNTERPARTY.ID.eq(TECH_NEED.COUNTERPARTY_ID))
                .leftJoin(DEAL).on(DEAL.ID.eq(TECH_NEED.DEAL_ID))
                .where(which).orderBy(TECH_NEED.ID).fetch(NeedRepository::map);
    }

    private static Need map(Record r) {
        TechNeedRecord n = r.into(TECH_NEED);
        return new Need(n.getId(), n.getCounterpartyId(), r.get(COUNTERPARTY.NAME), null, n.getTitle(),
                n.getDescription(), n.getTechField(), n.getBudgetMin(), n.getBudgetMax(), n.getDeadline(),
                new NeedContact(n.getContactName(), n.getContactPhone(), n.getContactEmail()),
                NeedSource.valueOf(n.getSource()), NeedStatus.valueOf(n.getStatus()), n.getClosedReason(),
                r.get(RESULTS), n.getDealId(), r.get(DEAL.CONTRACT_NO), r.get(MOVES), n.getVersion());
    }

    /**
     * Saves the need, its linked results and its new company (if it names one), audited; a new need's first move
     * (recorded, to its status) is written with it. {@code move}: a status move to record with this save, or null.
     */
    public Need save(Need need, NeedMove move, String actor, LocalDateTime now) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            Need n = need;
            if (n.newCompany() != null) {
                Counterparty company = CounterpartyRepository.save(tx, n.newCompany(), actor, now);
                n = n.withCompany(company.id(), company.name());
            }
            TechNeedRecord rec = tx.newRecord(TECH_NEED);
            rec.setCounterpartyId(n.counterpartyId());
            rec.setTitle(n.title().strip());
            rec.setDescription(n.description());
            rec.setTechField(n.field());
            rec.setBudgetMin(n.budgetMin());
            rec.setBudgetMax(n.budgetMax());
            rec.setDeadline(n.deadline());
            rec.setContactName(n.contact().name());
            rec.setContactPhone(n.contact().phone());
            rec.setContactEmail(n.contact().email());
            rec.setSource(n.source().name());
            rec.setStatus(n.status().name());
            rec.setClosedReason(n.closedReason());
            rec.setDealId(n.dealId());
            Map<String, Object> before = Map.of();
            long id;
            if (n.id() == null) {
                rec.store();
                id = rec.getId();
            } else {
                before = fields(new NeedRepository(tx).findById(n.id())
                        .orElseThrow(() -> AuditRepository.staleRecord(tx, ENTITY, need.id())));
                rec.setVersion(n.version() + 1);
                rec.setUpdatedAt(now);
                rec.changed(TECH_NEED.ID, false);
                if (tx.update(TECH_NEED).set(rec).where(TECH_NEED.ID.eq(n.id()).and(TECH_NEED.VERSION.eq(n.version())))
                        .execute() == 0) {
                    throw AuditRepository.staleRecord(tx, ENTITY, n.id());
                }
                id = n.id();
                tx.deleteFrom(TECH_NEED_RESULT).where(TECH_NEED_RESULT.NEED_ID.eq(id)).execute();
            }
            for (ResultRef result : n.results()) {
                tx.insertInto(TECH_NEED_RESULT, TECH_NEED_RESULT.NEED_ID, TECH_NEED_RESULT.DISCLOSURE_ID)
                        .values(id, result.disclosureId()).execute();
            }
            if (move != null) {
                tx.insertInto(TECH_NEED_MOVE, TECH_NEED_MOVE.NEED_ID, TECH_NEED_MOVE.FROM_STATUS,
                                TECH_NEED_MOVE.TO_STATUS, TECH_NEED_MOVE.MOVED_ON, TECH_NEED_MOVE.MOVED_BY,
                                TECH_NEED_MOVE.REASON)
                        .values(id, move.from() == null ? null : move.from().name(), move.to().name(), move.on(),
                                move.by(), move.reason()).execute();
            }
            Need saved = new NeedRepository(tx).findById(id).orElseThrow();
            AuditRepository.append(tx, new AuditEntry(now, actor, ENTITY, id,
                    n.id() == null ? AuditAction.CREATE : AuditAction.UPDATE, AuditDiff.between(before, fields(saved))));
            return saved;
        });
    }

    private static Map<String, Object> fields(Need n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("counterpartyId", n.counterpartyName());
        m.put("title", n.title());
        m.put("description", n.description());
        m.put("techField", n.field());
        m.put("budgetMin", n.budgetMin());
        m.put("budgetMax", n.budgetMax());
        m.put("deadline", n.deadline());
        m.put("contactName", n.contact().name());
        m.put("contactPhone", n.contact().phone());
        m.put("contactEmail", n.contact().email());
        m.put("source", n.source());
        m.put("status", n.status());
        m.put("closedReason", n.closedReason());
        m.put("dealId", n.dealNo());
        m.put("results", String.join("、", n.results().stream().map(ResultRef::resultNo).toList()));
        return m;
    }
}
