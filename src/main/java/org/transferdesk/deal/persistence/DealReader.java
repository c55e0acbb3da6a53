package org.transferdesk.deal.persistence;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.transferdesk.db.jooq.Tables.APP_USER;
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

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
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

/** Reads a whole deal with its children in one query (MULTISET). */
final class DealReader {
    private DealReader() {
    }

    private static final Field<List<ResultRef>> RESULTS = multiset(
            select(DISCLOSURE.ID, DISCLOSURE.RESULT_NO, DISCLOSURE.TITLE).from(DEAL_RESULT)
                    .join(DISCLOSURE).on(DISCLOSURE.ID.eq(DEAL_RESULT.DISCLOSURE_ID))
                    .where(DEAL_RESULT.DEAL_ID.eq(DEAL.ID)).orderBy(DISCLOSURE.RESULT_NO))
            .convertFrom(r -> r.map(x -> new ResultRef(x.value1(), x.value2(), x.value3())));

    private static final Field<List<Objection>> OBJECTIONS = multiset(
            select(PUBLICITY_OBJECTION.ID, PUBLICITY_OBJECTION.RECEIVED_ON, PUBLICITY_OBJECTION.RAISED_BY,
                    PUBLICITY_OBJECTION.CONTENT, PUBLICITY_OBJECTION.HANDLING, PUBLICITY_OBJECTION.CLOSED_ON)
                    .from(PUBLICITY_OBJECTION).where(PUBLICITY_OBJECTION.DEAL_ID.eq(DEAL.ID))
                    .orderBy(PUBLICITY_OBJECTION.ID))
            .convertFrom(r -> r.map(x -> new Objection(x.value1(), x.value2(), x.value3(), x.value4(), x.value5(),
                    x.value6())));

    private static final Field<List<Approval>> APPROVALS = multiset(
            select(DEAL_APPROVAL.ID, DEAL_APPROVAL.TIER, DEAL_APPROVAL.APPROVER, DEAL_APPROVAL.APPROVED_ON,
                    DEAL_APPROVAL.MINUTES_REF, DEAL_APPROVAL.RELATED_PARTY)
                    .from(DEAL_APPROVAL).where(DEAL_APPROVAL.DEAL_ID.eq(DEAL.ID)).orderBy(DEAL_APPROVAL.ID))
            .convertFrom(r -> r.map(x -> new Approval(x.value1(), ApprovalTier.valueOf(x.value2()), x.value3(),
                    x.value4(), x.value5(), x.value6())));

    private static final Field<List<Instalment>> INSTALMENTS = multiset(
            select(INSTALMENT.ID, INSTALMENT.DUE_ON, INSTALMENT.AMOUNT, INSTALMENT.CONDITION_TEXT)
                    .from(INSTALMENT).where(INSTALMENT.DEAL_ID.eq(DEAL.ID)).orderBy(INSTALMENT.POSITION))
            .convertFrom(r -> r.map(x -> new Instalment(x.value1(), x.value2(), x.value3(), x.value4())));

    private static final Field<List<Receipt>> RECEIPTS = multiset(
            select(RECEIPT.ID, RECEIPT.RECEIVED_ON, RECEIPT.AMOUNT, RECEIPT.VOUCHER_NO, RECEIPT.INSTALMENT_ID)
                    .from(RECEIPT).where(RECEIPT.DEAL_ID.eq(DEAL.ID)).orderBy(RECEIPT.RECEIVED_ON, RECEIPT.ID))
            .convertFrom(r -> r.map(x -> new Receipt(x.value1(), x.value2(), x.value3(), x.value4(), x.value5())));

    private static final Field<List<Cost>> COSTS = multiset(
            select(DEAL_COST.ID, DEAL_COST.INCURRED_ON, DEAL_COST.CATEGORY, DEAL_COST.AMOUNT, DEAL_COST.NOTE)
                    .from(DEAL_COST).where(DEAL_COST.DEAL_ID.eq(DEAL.ID)).orderBy(DEAL_COST.INCURRED_ON, DEAL_COST.ID))
            .convertFrom(r -> r.map(x -> new Cost(x.value1(), x.value2(), CostCategory.valueOf(x.value3()),
                    x.value4(), x.value5())));

    static Optional<Deal> find(DSLContext ctx, long id) {
        return findWhere(ctx, DEAL.ID.eq(id)).stream().findFirst();
    }

    /** Every deal matching {@code which}, with all its parts, in one query (children by MULTISET). */
    static List<Deal> findWhere(DSLContext ctx, org.jooq.Condition which) {
        return ctx.select(DEAL.asterisk(), COUNTERPARTY.NAME, DEAL_PUBLICITY.STARTS_ON, DEAL_PUBLICITY.ENDS_ON,
                        DEAL_PUBLICITY.PLACE, DEAL_PUBLICITY.CONTENT, DEAL_EQUITY.COMPANY_ID, COMPANY.NAME,
                        DEAL_EQUITY.UNIVERSITY_SHARE, DEAL_EQUITY.REGISTRATION_CHANGE_ON, APP_USER.DISPLAY_NAME,
                        RESULTS, OBJECTIONS, APPROVALS, INSTALMENTS, RECEIPTS, COSTS)
                .from(DEAL)
                .leftJoin(COUNTERPARTY).on(COUNTERPARTY.ID.eq(DEAL.COUNTERPARTY_ID))
                .leftJoin(DEAL_PUBLICITY).on(DEAL_PUBLICITY.DEAL_ID.eq(DEAL.ID))
                .leftJoin(DEAL_EQUITY).on(DEAL_EQUITY.DEAL_ID.eq(DEAL.ID))
                .leftJoin(COMPANY).on(COMPANY.ID.eq(DEAL_EQUITY.COMPANY_ID))
                .leftJoin(APP_USER).on(APP_USER.LOGIN.eq(DEAL.MANAGER_LOGIN))
                .where(which)
                .orderBy(DEAL.SIGNED_ON.desc(), DEAL.ID.desc())
                .fetch(r -> {
                    DealRecord d = r.into(DEAL);
                    Publicity publicity = r.get(DEAL_PUBLICITY.STARTS_ON) == null ? null
                            : new Publicity(r.get(DEAL_PUBLICITY.STARTS_ON), r.get(DEAL_PUBLICITY.ENDS_ON),
                            r.get(DEAL_PUBLICITY.PLACE), r.get(DEAL_PUBLICITY.CONTENT), r.get(OBJECTIONS));
                    Equity equity = r.get(DEAL_EQUITY.COMPANY_ID) == null ? null
                            : new Equity(r.get(DEAL_EQUITY.COMPANY_ID), r.get(COMPANY.NAME),
                            new Percent(r.get(DEAL_EQUITY.UNIVERSITY_SHARE)), r.get(DEAL_EQUITY.REGISTRATION_CHANGE_ON));
                    return DealBuilder.deal().mode(DealMode.valueOf(d.getMode())).id(d.getId())
                            .contractNo(d.getContractNo())
                            .licenseKind(d.getLicenseKind() == null ? null : LicenseKind.valueOf(d.getLicenseKind()))
                            .title(d.getTitle()).results(r.get(RESULTS)).counterpartyId(d.getCounterpartyId())
                            .counterpartyName(r.get(COUNTERPARTY.NAME)).signedOn(d.getSignedOn())
                            .termFrom(d.getTermFrom()).termTo(d.getTermTo()).contractAmount(d.getContractAmount())
                            .pricing(d.getPricingMethod() == null ? null : PricingMethod.valueOf(d.getPricingMethod()))
                            .relatedParty(d.getRelatedParty())
                            .registration(new Deal.Registration(d.getRegistrationNo(), d.getRegisteredOn(), d.getTechnicalIncome()))
                            .valuation(new Deal.Valuation(d.getValuationDone(), d.getValuationAmount(), d.getValuationReport()))
                            .status(DealStatus.valueOf(d.getStatus())).publicity(publicity).approvals(r.get(APPROVALS))
                            .instalments(r.get(INSTALMENTS)).receipts(r.get(RECEIPTS)).costs(r.get(COSTS))
                            .equity(equity).managerLogin(d.getManagerLogin())
                            // 经办人 by name; the bare login when no account has it
                            .managerName(r.get(APP_USER.DISPLAY_NAME) != null ? r.get(APP_USER.DISPLAY_NAME)
                                    : d.getManagerLogin())
                            .version(d.getVersion()).build();
                });
    }
}
