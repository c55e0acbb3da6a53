package org.transferdesk.due.persistence;

import static org.transferdesk.db.jooq.Tables.COMPANY;
import static org.transferdesk.db.jooq.Tables.COUNTERPARTY;
import static org.transferdesk.db.jooq.Tables.DEAL;
import static org.transferdesk.db.jooq.Tables.DEAL_APPROVAL;
import static org.transferdesk.db.jooq.Tables.DEAL_COST;
import static org.transferdesk.db.jooq.Tables.DEAL_EQUITY;
import static org.transferdesk.db.jooq.Tables.DEAL_PUBLICITY;
import static org.transferdesk.db.jooq.Tables.DEAL_RESULT;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.INSTALMENT;
import static org.transferdesk.db.jooq.Tables.PUBLICITY_OBJECTION;
import static org.transferdesk.db.jooq.Tables.RECEIPT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.transferdesk.common.Percent;
import org.transferdesk.db.jooq.tables.records.DealRecord;
import org.transferdesk.deal.Approval;
import org.transferdesk.deal.ApprovalTier;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Equity;
import org.transferdesk.deal.Instalment;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.Objection;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.Publicity;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.ResultRef;

/**
 * Every deal with all its parts for the due list's full derive (start-up, the CLI's {@code due}): one statement for
 * the deals and one per child table over all of them, grouped here. The deal screens' reader nests each child table
 * in a MULTISET, which H2 runs as a subquery per deal (issue 20: ~7 s for the deals of 20,000 results); the
 * deals come out equal to {@code DealRepository.findAll()}'s, in the same order.
 */
public final class DueBulkReader {
    private final DSLContext dsl;

    public DueBulkReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Deal> deals() {
        Map<Long, List<ResultRef>> results = new HashMap<>();
        dsl.select(DEAL_RESULT.DEAL_ID, DISCLOSURE.ID, DISCLOSURE.RESULT_NO, DISCLOSURE.TITLE).from(DEAL_RESULT)
                .join(DISCLOSURE).on(DISCLOSURE.ID.eq(DEAL_RESULT.DISCLOSURE_ID))
                .orderBy(DEAL_RESULT.DEAL_ID, DISCLOSURE.RESULT_NO)
                .forEach(r -> add(results, r.value1(), new ResultRef(r.value2(), r.value3(), r.value4())));
        Map<Long, List<Objection>> objections = new HashMap<>();
        dsl.select(PUBLICITY_OBJECTION.DEAL_ID, PUBLICITY_OBJECTION.ID, PUBLICITY_OBJECTION.RECEIVED_ON,
                        PUBLICITY_OBJECTION.RAISED_BY, PUBLICITY_OBJECTION.CONTENT, PUBLICITY_OBJECTION.HANDLING,
                        PUBLICITY_OBJECTION.CLOSED_ON)
                .from(PUBLICITY_OBJECTION).orderBy(PUBLICITY_OBJECTION.DEAL_ID, PUBLICITY_OBJECTION.ID)
                .forEach(r -> add(objections, r.value1(), new Objection(r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7())));
        Map<Long, List<Approval>> approvals = new HashMap<>();
        dsl.select(DEAL_APPROVAL.DEAL_ID, DEAL_APPROVAL.ID, DEAL_APPROVAL.TIER, DEAL_APPROVAL.APPROVER,
                        DEAL_APPROVAL.APPROVED_ON, DEAL_APPROVAL.MINUTES_REF, DEAL_APPROVAL.RELATED_PARTY)
                .from(DEAL_APPROVAL).orderBy(DEAL_APPROVAL.DEAL_ID, DEAL_APPROVAL.ID)
                .forEach(r -> add(approvals, r.value1(), new Approval(r.value2(), ApprovalTier.valueOf(r.value3()),
                        r.value4(), r.value5(), r.value6(), r.value7())));
        Map<Long, List<Instalment>> instalments = new HashMap<>();
        dsl.select(INSTALMENT.DEAL_ID, INSTALMENT.ID, INSTALMENT.DUE_ON, INSTALMENT.AMOUNT, INSTALMENT.CONDITION_TEXT)
                .from(INSTALMENT).orderBy(INSTALMENT.DEAL_ID, INSTALMENT.POSITION)
                .forEach(r -> add(instalments, r.value1(), new Instalment(r.value2(), r.value3(), r.value4(),
                        r.value5())));
        Map<Long, List<Receipt>> receipts = new HashMap<>();
        dsl.select(RECEIPT.DEAL_ID, RECEIPT.ID, RECEIPT.RECEIVED_ON, RECEIPT.AMOUNT, RECEIPT.VOUCHER_NO,
                        RECEIPT.INSTALMENT_ID)
                .from(RECEIPT).orderBy(RECEIPT.DEAL_ID, RECEIPT.RECEIVED_ON, RECEIPT.ID)
                .forEach(r -> add(receipts, r.value1(), new Receipt(r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6())));
        Map<Long, List<Cost>> costs = new HashMap<>();
        dsl.select(DEAL_COST.DEAL_ID, DEAL_COST.ID, DEAL_COST.INCURRED_ON, DEAL_COST.CATEGORY, DEAL_COST.AMOUNT,
                        DEAL_COST.NOTE)
                .from(DEAL_COST).orderBy(DEAL_COST.DEAL_ID, DEAL_COST.INCURRED_ON, DEAL_COST.ID)
                .forEach(r -> add(costs, r.value1(), new Cost(r.value2(), r.value3(), CostCategory.valueOf(r.value4()),
                        r.value5(), r.value6())));
        return dsl.select(DEAL.asterisk(), COUNTERPARTY.NAME, DEAL_PUBLICITY.STARTS_ON, DEAL_PUBLICITY.ENDS_ON,
                        DEAL_PUBLICITY.PLACE, DEAL_PUBLICITY.CONTENT, DEAL_EQUITY.COMPANY_ID, COMPANY.NAME,
                        DEAL_EQUITY.UNIVERSITY_SHARE, DEAL_EQUITY.REGISTRATION_CHANGE_ON)
                .from(DEAL)
                .leftJoin(COUNTERPARTY).on(COUNTERPARTY.ID.eq(DEAL.COUNTERPARTY_ID))
                .leftJoin(DEAL_PUBLICITY).on(DEAL_PUBLICITY.DEAL_ID.eq(DEAL.ID))
                .leftJoin(DEAL_EQUITY).on(DEAL_EQUITY.DEAL_ID.eq(DEAL.ID))
                .leftJoin(COMPANY).on(COMPANY.ID.eq(DEAL_EQUITY.COMPANY_ID))
                .orderBy(DEAL.SIGNED_ON.desc(), DEAL.ID.desc())
                .fetch(r -> {
                    DealRecord d = r.into(DEAL);
                    long id = d.getId();
                    Publicity publicity = r.get(DEAL_PUBLICITY.STARTS_ON) == null ? null
                            : new Publicity(r.get(DEAL_PUBLICITY.STARTS_ON), r.get(DEAL_PUBLICITY.ENDS_ON),
                            r.get(DEAL_PUBLICITY.PLACE), r.get(DEAL_PUBLICITY.CONTENT),
                            objections.getOrDefault(id, List.of()));
                    Equity equity = r.get(DEAL_EQUITY.COMPANY_ID) == null ? null
                            : new Equity(r.get(DEAL_EQUITY.COMPANY_ID), r.get(COMPANY.NAME),
                            new Percent(r.get(DEAL_EQUITY.UNIVERSITY_SHARE)), r.get(DEAL_EQUITY.REGISTRATION_CHANGE_ON));
                    return DealBuilder.deal().mode(DealMode.valueOf(d.getMode())).id(id).contractNo(d.getContractNo())
                            .licenseKind(d.getLicenseKind() == null ? null : LicenseKind.valueOf(d.getLicenseKind()))
                            .title(d.getTitle()).results(results.getOrDefault(id, List.of()))
                            .counterpartyId(d.getCounterpartyId()).counterpartyName(r.get(COUNTERPARTY.NAME))
                            .signedOn(d.getSignedOn()).termFrom(d.getTermFrom()).termTo(d.getTermTo())
                            .contractAmount(d.getContractAmount())
                            .pricing(d.getPricingMethod() == null ? null : PricingMethod.valueOf(d.getPricingMethod()))
                            .relatedParty(d.getRelatedParty())
                            .registration(new Deal.Registration(d.getRegistrationNo(), d.getRegisteredOn(), d.getTechnicalIncome()))
                            .valuation(new Deal.Valuation(d.getValuationDone(), d.getValuationAmount(), d.getValuationReport()))
                            .status(DealStatus.valueOf(d.getStatus())).publicity(publicity)
                            .approvals(approvals.getOrDefault(id, List.of()))
                            .instalments(instalments.getOrDefault(id, List.of()))
                            .receipts(receipts.getOrDefault(id, List.of())).costs(costs.getOrDefault(id, List.of()))
                            .equity(equity).version(d.getVersion()).build();
                });
    }

    private static <T> void add(Map<Long, List<T>> byDeal, Long dealId, T part) {
        byDeal.computeIfAbsent(dealId, k -> new ArrayList<>()).add(part);
    }
}
