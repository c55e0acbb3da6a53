package org.transferdesk.deal.persistence;

import static org.transferdesk.db.jooq.Tables.COUNTERPARTY;
import static org.transferdesk.db.jooq.Tables.DEAL;
import static org.transferdesk.db.jooq.Tables.DEAL_OBLIGATION;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.FieldChange;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.db.jooq.tables.records.DealObligationRecord;
import org.transferdesk.deal.DealObligation;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.ObligationKind;
import org.transferdesk.deal.ObligationRow;

/**
 * A deal's obligations (licensee reports, milestones), saved as a whole list in one transaction. Rows
 * still in the list keep their ids (a reminder marked done keys on {@code DEAL_OBLIGATION:<id>}), removed
 * ones are deleted, new ones inserted; positions follow the list's order.
 */
public final class DealObligationRepository {
    private final DSLContext dsl;

    public DealObligationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static DealObligation map(DealObligationRecord r) {
        return new DealObligation(r.getId(), ObligationKind.valueOf(r.getKind()), r.getDueOn(), r.getDescription());
    }

    public List<DealObligation> ofDeal(long dealId) {
        return ofDeal(dsl, dealId);
    }

    private static List<DealObligation> ofDeal(DSLContext ctx, long dealId) {
        return ctx.selectFrom(DEAL_OBLIGATION).where(DEAL_OBLIGATION.DEAL_ID.eq(dealId))
                .orderBy(DEAL_OBLIGATION.POSITION, DEAL_OBLIGATION.ID).fetch(DealObligationRepository::map);
    }

    /** Replaces the deal's obligations with {@code obligations}, in their order, in one transaction (no audit). */
    public void replace(long dealId, List<DealObligation> obligations) {
        dsl.transaction(t -> write(t.dsl(), dealId, obligations));
    }

    /**
     * Replaces the deal's obligations and writes the audit row on the deal in the same transaction;
     * nothing is written when the list is unchanged. False when the deal no longer exists.
     */
    public boolean replace(long dealId, List<DealObligation> obligations, String actor, LocalDateTime now) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            if (!tx.fetchExists(DEAL, DEAL.ID.eq(dealId))) {
                return false;
            }
            String before = line(ofDeal(tx, dealId));
            String after = line(obligations);
            if (before.equals(after)) {
                return true;
            }
            write(tx, dealId, obligations);
            AuditRepository.append(tx, new AuditEntry(now, actor, DealRepository.ENTITY, dealId, AuditAction.UPDATE,
                    List.of(new FieldChange("obligations", before.isEmpty() ? null : before,
                            after.isEmpty() ? null : after))));
            return true;
        });
    }

    private static String line(List<DealObligation> obligations) {
        return obligations.stream().map(DealObligation::describe).collect(Collectors.joining("; "));
    }

    private static void write(DSLContext tx, long dealId, List<DealObligation> obligations) {
        List<Long> kept = obligations.stream().map(DealObligation::id).filter(java.util.Objects::nonNull).toList();
        tx.deleteFrom(DEAL_OBLIGATION).where(DEAL_OBLIGATION.DEAL_ID.eq(dealId))
                .and(kept.isEmpty() ? DSL.trueCondition() : DEAL_OBLIGATION.ID.notIn(kept)).execute();
        int position = 0;
        for (DealObligation o : obligations) {
            int updated = o.id() == null ? 0 : tx.update(DEAL_OBLIGATION)
                    .set(DEAL_OBLIGATION.KIND, o.kind().name()).set(DEAL_OBLIGATION.DUE_ON, o.dueOn())
                    .set(DEAL_OBLIGATION.DESCRIPTION, o.description()).set(DEAL_OBLIGATION.POSITION, position)
                    .where(DEAL_OBLIGATION.ID.eq(o.id()).and(DEAL_OBLIGATION.DEAL_ID.eq(dealId))).execute();
            if (updated == 0) {
                tx.insertInto(DEAL_OBLIGATION).set(DEAL_OBLIGATION.DEAL_ID, dealId)
                        .set(DEAL_OBLIGATION.KIND, o.kind().name()).set(DEAL_OBLIGATION.DUE_ON, o.dueOn())
                        .set(DEAL_OBLIGATION.DESCRIPTION, o.description()).set(DEAL_OBLIGATION.POSITION, position)
                        .execute();
            }
            position++;
        }
    }

    /** Every obligation of a deal that is neither terminated nor completed, earliest first. */
    public List<ObligationRow> all() {
        return open(org.jooq.impl.DSL.trueCondition());
    }

    /** The obligations of one deal, as {@link #all()} lists them (none once the deal ended). */
    public List<ObligationRow> openOf(long dealId) {
        return open(DEAL_OBLIGATION.DEAL_ID.eq(dealId));
    }

    private List<ObligationRow> open(org.jooq.Condition which) {
        return dsl.select(DEAL_OBLIGATION.ID, DEAL_OBLIGATION.DEAL_ID, DEAL.CONTRACT_NO, DEAL.TITLE, COUNTERPARTY.NAME,
                        DEAL_OBLIGATION.KIND, DEAL_OBLIGATION.DUE_ON, DEAL_OBLIGATION.DESCRIPTION)
                .from(DEAL_OBLIGATION).join(DEAL).on(DEAL.ID.eq(DEAL_OBLIGATION.DEAL_ID))
                .leftJoin(COUNTERPARTY).on(COUNTERPARTY.ID.eq(DEAL.COUNTERPARTY_ID))
                .where(which).and(DEAL.STATUS.notIn(DealStatus.TERMINATED.name(), DealStatus.COMPLETED.name()))
                .orderBy(DEAL_OBLIGATION.DUE_ON, DEAL.CONTRACT_NO, DEAL_OBLIGATION.POSITION)
                .fetch(r -> new ObligationRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        ObligationKind.valueOf(r.value6()), r.value7(), r.value8()));
    }
}
