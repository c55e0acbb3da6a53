package org.transferdesk.due.persistence;

import static org.transferdesk.db.jooq.Tables.DEAL;
import static org.transferdesk.db.jooq.Tables.DEAL_COST;
import static org.transferdesk.db.jooq.Tables.DEAL_RESULT;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.IP_ASSET;
import static org.transferdesk.db.jooq.Tables.PATENT_FEE_PAYMENT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.FieldChange;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.due.FeePayment;
import org.transferdesk.due.PatentRow;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;

/** Granted patents with their paid fee years, and recording a fee paid (with its 维护费 costs). */
public final class FeePaymentRepository {
    private static final List<String> PATENT_TYPES = List.of(IpType.INVENTION_PATENT.name(),
            IpType.UTILITY_MODEL.name(), IpType.DESIGN.name());

    private final DSLContext dsl;

    public FeePaymentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Patents granted and in force (status GRANTED) with filing and grant dates: the ones that owe fees. */
    public List<PatentRow> grantedPatents() {
        return grantedPatents(org.jooq.impl.DSL.trueCondition(), org.jooq.impl.DSL.trueCondition());
    }

    /** The granted patents of one result, as {@link #grantedPatents()} lists them (the due list's refresh). */
    public List<PatentRow> grantedPatentsOf(long disclosureId) {
        return grantedPatents(IP_ASSET.DISCLOSURE_ID.eq(disclosureId), PATENT_FEE_PAYMENT.IP_ASSET_ID.in(
                org.jooq.impl.DSL.select(IP_ASSET.ID).from(IP_ASSET).where(IP_ASSET.DISCLOSURE_ID.eq(disclosureId))));
    }

    private List<PatentRow> grantedPatents(org.jooq.Condition which, org.jooq.Condition paidOf) {
        Map<Long, Set<Integer>> paid = new HashMap<>();
        dsl.select(PATENT_FEE_PAYMENT.IP_ASSET_ID, PATENT_FEE_PAYMENT.FEE_YEAR).from(PATENT_FEE_PAYMENT).where(paidOf)
                .forEach(r -> paid.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        return dsl.select(IP_ASSET.ID, IP_ASSET.DISCLOSURE_ID, DISCLOSURE.RESULT_NO, DISCLOSURE.TITLE,
                        IP_ASSET.APPLICATION_NO, IP_ASSET.IP_TYPE, IP_ASSET.FILED_ON, IP_ASSET.GRANTED_ON)
                .from(IP_ASSET).join(DISCLOSURE).on(DISCLOSURE.ID.eq(IP_ASSET.DISCLOSURE_ID))
                .where(which).and(IP_ASSET.IP_TYPE.in(PATENT_TYPES)).and(IP_ASSET.STATUS.eq(IpStatus.GRANTED.name()))
                .and(IP_ASSET.FILED_ON.isNotNull()).and(IP_ASSET.GRANTED_ON.isNotNull())
                .and(IP_ASSET.GRANTED_ON.ge(IP_ASSET.FILED_ON))
                .orderBy(IP_ASSET.ID)
                .fetch(r -> new PatentRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        IpType.valueOf(r.value6()), r.value7(), r.value8(), paid.getOrDefault(r.value1(), Set.of())));
    }

    public boolean isPaid(long ipId, int feeYear) {
        return dsl.fetchExists(PATENT_FEE_PAYMENT, PATENT_FEE_PAYMENT.IP_ASSET_ID.eq(ipId)
                .and(PATENT_FEE_PAYMENT.FEE_YEAR.eq(feeYear)));
    }

    /**
     * Records the payments (all or none) and, in the same transaction, for each a MAINTENANCE cost on each
     * running deal of the patent's result (the amount split evenly, the odd fen on the first), so it can be
     * deducted from that income (R-NET). The deals' versions move on: an editor still holding the old cost
     * list must reload.
     */
    public void recordAll(List<FeePayment> payments, java.util.function.Function<FeePayment, String> costNote,
                          String actor, LocalDateTime now) {
        dsl.transaction(cfg -> {
            for (FeePayment p : payments) {
                record(cfg.dsl(), p, costNote.apply(p), actor, now);
            }
        });
    }

    private static void record(DSLContext tx, FeePayment p, String costNote, String actor, LocalDateTime now) {
        long disclosureId = tx.select(IP_ASSET.DISCLOSURE_ID).from(IP_ASSET).where(IP_ASSET.ID.eq(p.ipAssetId()))
                .fetchSingle().value1();
        List<Long> deals = tx.select(DEAL.ID).from(DEAL_RESULT).join(DEAL).on(DEAL.ID.eq(DEAL_RESULT.DEAL_ID))
                .where(DEAL_RESULT.DISCLOSURE_ID.eq(disclosureId))
                .and(DEAL.STATUS.ne(DealStatus.TERMINATED.name())).orderBy(DEAL.ID).fetch(DEAL.ID);
        List<Long> costIds = new ArrayList<>();
        List<BigDecimal> parts = split(p.amount(), deals.size());
        for (int i = 0; i < deals.size(); i++) {
            if (parts.get(i).signum() <= 0) {
                continue;
            }
            long dealId = deals.get(i);
            costIds.add(tx.insertInto(DEAL_COST).set(DEAL_COST.DEAL_ID, dealId).set(DEAL_COST.INCURRED_ON, p.paidOn())
                    .set(DEAL_COST.CATEGORY, CostCategory.MAINTENANCE.name()).set(DEAL_COST.AMOUNT, parts.get(i))
                    .set(DEAL_COST.NOTE, costNote).returning(DEAL_COST.ID).fetchOne().getId());
            tx.update(DEAL).set(DEAL.VERSION, DEAL.VERSION.plus(1)).set(DEAL.UPDATED_AT, now)
                    .where(DEAL.ID.eq(dealId)).execute();
            AuditRepository.append(tx, new AuditEntry(now, actor, DealRepository.ENTITY, dealId, AuditAction.UPDATE,
                    List.of(new FieldChange("costs", null, CostCategory.MAINTENANCE.name() + " " + parts.get(i)
                            + " " + costNote))));
        }
        tx.insertInto(PATENT_FEE_PAYMENT).set(PATENT_FEE_PAYMENT.IP_ASSET_ID, p.ipAssetId())
                .set(PATENT_FEE_PAYMENT.FEE_YEAR, p.feeYear()).set(PATENT_FEE_PAYMENT.PAID_ON, p.paidOn())
                .set(PATENT_FEE_PAYMENT.AMOUNT, p.amount()).set(PATENT_FEE_PAYMENT.RECEIPT_NO, p.receiptNo())
                .set(PATENT_FEE_PAYMENT.COST_IDS, costIds.isEmpty() ? null
                        : String.join(",", costIds.stream().map(String::valueOf).toList()))
                .set(PATENT_FEE_PAYMENT.RECORDED_BY, actor).set(PATENT_FEE_PAYMENT.RECORDED_AT, now).execute();
        AuditRepository.append(tx, new AuditEntry(now, actor, "ip_asset", p.ipAssetId(), AuditAction.UPDATE,
                List.of(new FieldChange("annualFee." + p.feeYear(), null, p.paidOn() + " " + p.amount()
                        + (p.receiptNo() == null ? "" : " " + p.receiptNo())))));
    }

    static List<BigDecimal> split(BigDecimal amount, int ways) {
        List<BigDecimal> parts = new ArrayList<>();
        if (ways == 0) {
            return parts;
        }
        BigDecimal each = amount.divide(BigDecimal.valueOf(ways), 2, RoundingMode.DOWN);
        BigDecimal first = amount.subtract(each.multiply(BigDecimal.valueOf(ways - 1L)));
        parts.add(first);
        for (int i = 1; i < ways; i++) {
            parts.add(each);
        }
        return parts;
    }
}
