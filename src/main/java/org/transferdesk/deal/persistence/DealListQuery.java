package org.transferdesk.deal.persistence;

import static org.transferdesk.db.jooq.Tables.DEAL;
import static org.transferdesk.db.jooq.Tables.DEAL_RESULT;
import static org.transferdesk.db.jooq.Tables.DEPARTMENT;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.RECEIPT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.deal.SignedDeal;

/** The deal list: every deal (or those of a result / counterparty) as rows with their money position. */
public final class DealListQuery {
    private final DSLContext dsl;

    public DealListQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<DealSummary> all(LocalDate asOf) {
        return rows(org.jooq.impl.DSL.trueCondition(), asOf);
    }

    public List<DealSummary> ofCounterparty(long counterpartyId, LocalDate asOf) {
        return rows(DEAL.COUNTERPARTY_ID.eq(counterpartyId), asOf);
    }

    public List<DealSummary> ofResult(long disclosureId, LocalDate asOf) {
        return rows(DEAL.ID.in(org.jooq.impl.DSL.select(DEAL_RESULT.DEAL_ID).from(DEAL_RESULT)
                .where(DEAL_RESULT.DISCLOSURE_ID.eq(disclosureId))), asOf);
    }

    /**
     * The signed deals on a result with what each has received: one light query, for callers (the pilot
     * cases) that need no money position, departments or parts.
     */
    public List<SignedDeal> signedOfResult(long disclosureId) {
        var received = org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.sum(RECEIPT.AMOUNT), java.math.BigDecimal.ZERO);
        return dsl.select(DEAL.SIGNED_ON, received).from(DEAL_RESULT).join(DEAL).on(DEAL.ID.eq(DEAL_RESULT.DEAL_ID))
                .leftJoin(RECEIPT).on(RECEIPT.DEAL_ID.eq(DEAL.ID))
                .where(DEAL_RESULT.DISCLOSURE_ID.eq(disclosureId)).and(DEAL.SIGNED_ON.isNotNull())
                .and(DEAL.STATUS.in(java.util.Arrays.stream(DealStatus.values()).filter(DealStatus::isSigned)
                        .map(Enum::name).toList()))
                .groupBy(DEAL.ID, DEAL.SIGNED_ON).orderBy(DEAL.SIGNED_ON)
                .fetch(r -> new SignedDeal(r.value1(), r.value2().setScale(2)));
    }

    private List<DealSummary> rows(Condition which, LocalDate asOf) {
        Map<Long, String> departments = dsl.select(DEAL_RESULT.DEAL_ID, DEPARTMENT.NAME).from(DEAL_RESULT)
                .join(DISCLOSURE).on(DISCLOSURE.ID.eq(DEAL_RESULT.DISCLOSURE_ID))
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(DISCLOSURE.DEPARTMENT_ID))
                .where(DEAL_RESULT.DEAL_ID.in(org.jooq.impl.DSL.select(DEAL.ID).from(DEAL).where(which)))
                .fetchGroups(DEAL_RESULT.DEAL_ID, DEPARTMENT.NAME).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.join("、", new TreeSet<>(e.getValue()))));
        // One query for all deals and their parts (MULTISET), not one per deal.
        List<DealSummary> rows = new ArrayList<>();
        for (Deal d : DealReader.findWhere(dsl, which)) {
            rows.add(DealSummary.of(d, departments.get(d.id()), asOf));
        }
        return rows;
    }
}
