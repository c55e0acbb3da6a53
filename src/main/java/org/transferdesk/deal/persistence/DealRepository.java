package org.transferdesk.deal.persistence;

import static org.transferdesk.db.jooq.Tables.DEAL;
import static org.transferdesk.db.jooq.Tables.DEAL_APPROVAL;
import static org.transferdesk.db.jooq.Tables.DEAL_COST;
import static org.transferdesk.db.jooq.Tables.DEAL_EQUITY;
import static org.transferdesk.db.jooq.Tables.DEAL_PUBLICITY;
import static org.transferdesk.db.jooq.Tables.DEAL_RESULT;
import static org.transferdesk.db.jooq.Tables.DISTRIBUTION;
import static org.transferdesk.db.jooq.Tables.INSTALMENT;
import static org.transferdesk.db.jooq.Tables.PUBLICITY_OBJECTION;
import static org.transferdesk.db.jooq.Tables.RECEIPT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditDiff;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.Problem;
import org.transferdesk.db.TakenNumbers;
import org.transferdesk.db.jooq.tables.records.DealRecord;
import org.transferdesk.deal.Approval;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealAudit;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.Equity;
import org.transferdesk.deal.Instalment;
import org.transferdesk.deal.Objection;
import org.transferdesk.deal.Publicity;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.ResultRef;

/**
 * Saves a deal with all its parts in one transaction with its audit row. Child rows keep their ids
 * across saves (rewards will point at receipts and costs): rows still present are updated, new ones
 * inserted, removed ones deleted.
 */
public final class DealRepository {
    public static final String ENTITY = "deal";
    private final DSLContext dsl;

    public DealRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Deal> findById(long id) {
        return DealReader.find(dsl, id);
    }

    /** The deal with this contract number (unique). */
    public Optional<Deal> findByContractNo(String contractNo) {
        return dsl.select(DEAL.ID).from(DEAL).where(DEAL.CONTRACT_NO.eq(contractNo)).fetchOptional(DEAL.ID)
                .flatMap(id -> DealReader.find(dsl, id));
    }

    /** Every deal with its parts (the batch reward proposal walks them all). */
    public List<Deal> findAll() {
        return DealReader.findWhere(dsl, DSL.trueCondition());
    }

    /**
     * The deals that have a distribution with a basis date in the year (any distribution when null), read in one
     * query: an export inspects each distribution against its deal (issue 20: it read them one by one).
     */
    public List<Deal> findDistributedIn(Integer basisYear) {
        var distributions = DSL.select(DISTRIBUTION.DEAL_ID).from(DISTRIBUTION).where(basisYear == null
                ? DISTRIBUTION.DEAL_ID.isNotNull()
                : DISTRIBUTION.BASIS_DATE.between(LocalDate.of(basisYear, 1, 1), LocalDate.of(basisYear, 12, 31)));
        return DealReader.findWhere(dsl, DEAL.ID.in(distributions));
    }

    /**
     * What {@code distribute} for the year can act on (every deal when null), read in one query: equity deals signed
     * in it and deals with a receipt in it (issue 20: it read every deal whatever the year).
     */
    public List<Deal> findForDistribution(Integer year) {
        if (year == null) {
            return findAll();
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return DealReader.findWhere(dsl, DEAL.MODE.eq(org.transferdesk.deal.DealMode.EQUITY.name())
                .and(DEAL.SIGNED_ON.between(from, to))
                .or(DEAL.ID.in(DSL.select(RECEIPT.DEAL_ID).from(RECEIPT).where(RECEIPT.RECEIVED_ON.between(from, to)))));
    }

    public boolean contractNoTaken(String contractNo, Long exceptId) {
        return TakenNumbers.taken(dsl, "deal", contractNo, exceptId);
    }

    /** Every contract number in use, for the next one a new deal is offered. */
    public List<String> contractNumbers() {
        return TakenNumbers.numbers(dsl, "deal");
    }

    public int count() {
        return dsl.fetchCount(DEAL);
    }

    /** Refuses a contract number a colleague saved after the service checked it (issue 21) as the check does. */
    public Deal save(Deal d, String actor, LocalDateTime now) {
        return TakenNumbers.refuseTaken(
                () -> dsl.transactionResult(c -> save(c.dsl(), d, actor, now, d.isNew() ? AuditAction.CREATE : AuditAction.UPDATE)),
                () -> d.contractNo() != null && contractNoTaken(d.contractNo(), d.id()),
                () -> Problem.error("deal.contractNo.taken", "contractNo", d.contractNo()));
    }

    /** Within the caller's transaction (imports write many deals in one). */
    public static Deal save(DSLContext tx, Deal d, String actor, LocalDateTime now, AuditAction action) {
        Written w = write(tx, d, now);
        Deal saved = DealReader.find(tx, w.id()).orElseThrow();
        AuditRepository.append(tx, new AuditEntry(now, actor, ENTITY, w.id(), action,
                AuditDiff.between(w.before(), DealAudit.fields(saved))));
        return saved;
    }

    /** A deal id no row has (H2's identities start at 1): the rehearsal's writes match nothing. */
    static final long NO_DEAL = -1;

    /**
     * Issue 20: the JVM's first deal save cost two to three times a later one (Jackson and the audit's serializer,
     * jOOQ's and H2's transaction, update and delete paths met for the first time, some 700 classes). This rehearses
     * a save in a transaction it always rolls back: it reads the deal with the lowest id as a save reads it, runs the
     * save's update and deletes and its children's updates with a deal id no row has, so no row is written or
     * locked (a clerk's save or another process's import never waits for it), and makes the audit's JSON of the deal
     * without storing it. The inserts of new parts are not rehearsed: they would write.
     */
    public void rehearseSave(LocalDateTime now) {
        try {
            dsl.transaction(c -> {
                DSLContext tx = c.dsl();
                Long lowest = tx.select(DSL.min(DEAL.ID)).from(DEAL).fetchOne(0, Long.class);
                Deal d = (lowest == null ? Optional.<Deal>empty() : DealReader.find(tx, lowest))
                        .orElseGet(() -> Deal.draft(org.transferdesk.deal.DealMode.LICENSE));
                DealRecord rec = tx.newRecord(DEAL);
                fill(rec, d);
                rec.setVersion(d.version() + 1);
                rec.setUpdatedAt(now);
                rec.changed(DEAL.ID, false);
                tx.update(DEAL).set(rec).where(DEAL.ID.eq(NO_DEAL).and(DEAL.VERSION.eq(d.version()))).execute();
                writeParts(tx, NO_DEAL, d, false, true, null);
                AuditRepository.rehearseJson(AuditDiff.between(Map.of(), DealAudit.fields(d)));
                throw new Rehearsed();
            });
        } catch (Rehearsed expected) {
            // rolled back, as always
        }
    }

    /** Ends the rehearsal's transaction by rolling it back. */
    private static final class Rehearsed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rehearsed() {
            super(null, null, false, false);
        }
    }

    /**
     * As {@link #save(DSLContext, Deal, String, LocalDateTime, AuditAction)}, but the deal is not read back: the
     * audit row records what was written, in the order a read gives it. The import writes thousands of deals and
     * never looks at the saved one (issue 20: the read-back was most of an import's writing time). The deal must
     * carry the names the audit shows (result numbers, counterparty, company), as the import's do. Returns its id.
     */
    public static long saveWithoutReading(DSLContext tx, Deal d, String actor, LocalDateTime now, AuditAction action) {
        Written w = write(tx, d, now);
        AuditRepository.append(tx, new AuditEntry(now, actor, ENTITY, w.id(), action,
                AuditDiff.between(w.before(), DealAudit.fields(asRead(d)))));
        return w.id();
    }

    /**
     * The deal as {@link DealReader} would return it, as far as the audit looks: children in the reader's order
     * (results by number; receipts and costs by date, the older row first, which a stable sort keeps) and money at
     * the columns' two decimals.
     */
    public static Deal asRead(Deal d) {
        List<ResultRef> results = d.results().stream().sorted(java.util.Comparator.comparing(ResultRef::resultNo))
                .toList();
        List<Instalment> instalments = d.instalments().stream()
                .map(i -> new Instalment(i.id(), i.dueOn(), money(i.amount()), i.condition())).toList();
        List<Receipt> receipts = d.receipts().stream().sorted(java.util.Comparator.comparing(Receipt::receivedOn))
                .map(r -> new Receipt(r.id(), r.receivedOn(), money(r.amount()), r.voucherNo(), r.instalmentId()))
                .toList();
        List<Cost> costs = d.costs().stream().sorted(java.util.Comparator.comparing(Cost::incurredOn))
                .map(c -> new Cost(c.id(), c.incurredOn(), c.category(), money(c.amount()), c.note())).toList();
        Deal.Registration reg = d.registration();
        Deal.Valuation val = d.valuation();
        return DealBuilder.toBuilder(d).results(results).contractAmount(money(d.contractAmount()))
                .registration(new Deal.Registration(reg.number(), reg.registeredOn(), money(reg.technicalIncome())))
                .valuation(new Deal.Valuation(val.done(), money(val.amount()), val.reportRef()))
                .instalments(instalments).receipts(receipts).costs(costs).build();
    }

    private static java.math.BigDecimal money(java.math.BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** The id written and the audit fields of the deal before (empty when new). */
    private record Written(long id, Map<String, Object> before) {
    }

    private static Written write(DSLContext tx, Deal d, LocalDateTime now) {
        Map<String, Object> before = Map.of();
        Deal stored = null;
        long id;
        DealRecord rec = tx.newRecord(DEAL);
        fill(rec, d);
        if (d.isNew()) {
            rec.store();
            id = rec.getId();
        } else {
            stored = DealReader.find(tx, d.id()).orElseThrow(() -> AuditRepository.staleRecord(tx, ENTITY, d.id()));
            before = DealAudit.fields(stored);
            rec.setVersion(d.version() + 1);
            rec.setUpdatedAt(now);
            rec.changed(DEAL.ID, false);
            if (tx.update(DEAL).set(rec).where(DEAL.ID.eq(d.id()).and(DEAL.VERSION.eq(d.version()))).execute() == 0) {
                throw AuditRepository.staleRecord(tx, ENTITY, d.id());
            }
            id = d.id();
        }
        writeParts(tx, id, d, d.isNew(), false, stored);
        return new Written(id, before);
    }

    /**
     * {@code fresh}: the deal was just inserted, so it has no parts to clear (seven deletes fewer per imported contract).
     * {@code rehearsal}: the results, publicity and equity, written by delete and insert, are not inserted.
     * {@code stored}: the deal as it was (null when new or rehearsed): only what differs from it is written, so an
     * approval writes the approval and a receipt the receipt — on the shared database all the approving leader's and
     * the receiving finance colleague's roles may write (issue 22, V22).
     */
    private static void writeParts(DSLContext tx, long id, Deal d, boolean fresh, boolean rehearsal, Deal stored) {
        boolean sameResults = stored != null && stored.results().stream().map(ResultRef::disclosureId)
                .collect(java.util.stream.Collectors.toSet()).equals(d.results().stream().map(ResultRef::disclosureId)
                        .collect(java.util.stream.Collectors.toSet()));
        if (!fresh && !sameResults) {
            tx.deleteFrom(DEAL_RESULT).where(DEAL_RESULT.DEAL_ID.eq(id)).execute();
        }
        for (ResultRef r : rehearsal || sameResults ? List.<ResultRef>of() : d.results()) {
            tx.insertInto(DEAL_RESULT).set(DEAL_RESULT.DEAL_ID, id).set(DEAL_RESULT.DISCLOSURE_ID, r.disclosureId()).execute();
        }
        boolean samePublicity = stored != null && samePublicityText(stored.publicity(), d.publicity());
        if (!fresh && !samePublicity) {
            tx.deleteFrom(DEAL_PUBLICITY).where(DEAL_PUBLICITY.DEAL_ID.eq(id)).execute();
        }
        List<Objection> objections = List.of();
        if (d.publicity() != null && !rehearsal && !samePublicity) {
            tx.insertInto(DEAL_PUBLICITY).set(DEAL_PUBLICITY.DEAL_ID, id)
                    .set(DEAL_PUBLICITY.STARTS_ON, d.publicity().startsOn()).set(DEAL_PUBLICITY.ENDS_ON, d.publicity().endsOn())
                    .set(DEAL_PUBLICITY.PLACE, d.publicity().place()).set(DEAL_PUBLICITY.CONTENT, d.publicity().content())
                    .execute();
        }
        if (d.publicity() != null) {
            objections = d.publicity().objections();
        }
        sync(tx, fresh, PUBLICITY_OBJECTION, PUBLICITY_OBJECTION.ID, PUBLICITY_OBJECTION.DEAL_ID, id, objections,
                stored == null ? null : stored.publicity() == null ? List.of() : stored.publicity().objections(),
                Objection::id, o -> Map.of(PUBLICITY_OBJECTION.RECEIVED_ON, o.receivedOn(),
                        PUBLICITY_OBJECTION.RAISED_BY, nullable(o.raisedBy()), PUBLICITY_OBJECTION.CONTENT, o.content(),
                        PUBLICITY_OBJECTION.HANDLING, nullable(o.handling()), PUBLICITY_OBJECTION.CLOSED_ON, nullable(o.closedOn())));
        sync(tx, fresh, DEAL_APPROVAL, DEAL_APPROVAL.ID, DEAL_APPROVAL.DEAL_ID, id, d.approvals(),
                stored == null ? null : stored.approvals(), Approval::id,
                a -> Map.of(DEAL_APPROVAL.TIER, a.tier().name(), DEAL_APPROVAL.APPROVER, a.approver(),
                        DEAL_APPROVAL.APPROVED_ON, a.approvedOn(), DEAL_APPROVAL.MINUTES_REF, nullable(a.minutesRef()),
                        DEAL_APPROVAL.RELATED_PARTY, a.relatedPartyStep()));
        sync(tx, fresh, INSTALMENT, INSTALMENT.ID, INSTALMENT.DEAL_ID, id, d.instalments(),
                stored == null ? null : stored.instalments(), Instalment::id,
                i -> Map.of(INSTALMENT.DUE_ON, i.dueOn(), INSTALMENT.AMOUNT, i.amount(),
                        INSTALMENT.CONDITION_TEXT, nullable(i.condition())), INSTALMENT.POSITION);
        sync(tx, fresh, RECEIPT, RECEIPT.ID, RECEIPT.DEAL_ID, id, d.receipts(),
                stored == null ? null : stored.receipts(), Receipt::id,
                r -> Map.of(RECEIPT.RECEIVED_ON, r.receivedOn(), RECEIPT.AMOUNT, r.amount(),
                        RECEIPT.VOUCHER_NO, nullable(r.voucherNo()), RECEIPT.INSTALMENT_ID, nullable(r.instalmentId())));
        sync(tx, fresh, DEAL_COST, DEAL_COST.ID, DEAL_COST.DEAL_ID, id, d.costs(),
                stored == null ? null : stored.costs(), Cost::id,
                c -> Map.of(DEAL_COST.INCURRED_ON, c.incurredOn(), DEAL_COST.CATEGORY, c.category().name(),
                        DEAL_COST.AMOUNT, c.amount(), DEAL_COST.NOTE, nullable(c.note())));
        boolean sameEquity = stored != null && sameEquity(stored.equity(), d.equity());
        if (!fresh && !sameEquity) {
            tx.deleteFrom(DEAL_EQUITY).where(DEAL_EQUITY.DEAL_ID.eq(id)).execute();
        }
        if (d.equity() != null && !rehearsal && !sameEquity) {
            tx.insertInto(DEAL_EQUITY).set(DEAL_EQUITY.DEAL_ID, id).set(DEAL_EQUITY.COMPANY_ID, d.equity().companyId())
                    .set(DEAL_EQUITY.UNIVERSITY_SHARE, d.equity().universityShare().fraction())
                    .set(DEAL_EQUITY.REGISTRATION_CHANGE_ON, d.equity().registrationChangeOn()).execute();
        }
    }

    /** The same values, amounts compared by value whatever their scale (a form's 1000 and a column's 1000.00). */
    private static boolean sameValues(Map<Field<?>, Object> stored, Map<Field<?>, Object> given) {
        if (stored == null || !stored.keySet().equals(given.keySet())) {
            return false;
        }
        for (Map.Entry<Field<?>, Object> e : given.entrySet()) {
            Object a = stored.get(e.getKey());
            Object b = e.getValue();
            boolean same = a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y ? x.compareTo(y) == 0
                    : java.util.Objects.equals(a, b);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static boolean samePublicityText(Publicity a, Publicity b) {
        if (a == null || b == null) {
            return a == b;
        }
        return java.util.Objects.equals(a.startsOn(), b.startsOn()) && java.util.Objects.equals(a.endsOn(), b.endsOn())
                && java.util.Objects.equals(a.place(), b.place()) && java.util.Objects.equals(a.content(), b.content());
    }

    private static boolean sameEquity(Equity a, Equity b) {
        if (a == null || b == null) {
            return a == b;
        }
        return java.util.Objects.equals(a.companyId(), b.companyId())
                && a.universityShare().fraction().compareTo(b.universityShare().fraction()) == 0
                && java.util.Objects.equals(a.registrationChangeOn(), b.registrationChangeOn());
    }

    /** Map.of refuses nulls; a sentinel stands for SQL NULL. */
    private static final Object NULL = new Object();

    private static Object nullable(Object value) {
        return value == null ? NULL : value;
    }

    /**
     * Deletes the rows of the deal not among {@code items}, inserts the new ones and updates the others; with
     * {@code stored} (the items as they were) only the rows whose values changed are updated and nothing is deleted
     * when nothing went.
     */
    private static <T> void sync(DSLContext tx, boolean fresh, Table<?> table, TableField<?, Long> idField,
                                 TableField<?, Long> dealField, long dealId, List<T> items, List<T> stored,
                                 Function<T, Long> idOf, Function<T, Map<Field<?>, Object>> values) {
        sync(tx, fresh, table, idField, dealField, dealId, items, stored, idOf, values, null);
    }

    /** As above; {@code positionField} (when not null) gets each item's place in its list. */
    private static <T> void sync(DSLContext tx, boolean fresh, Table<?> table, TableField<?, Long> idField,
                                 TableField<?, Long> dealField, long dealId, List<T> items, List<T> stored,
                                 Function<T, Long> idOf, Function<T, Map<Field<?>, Object>> values,
                                 TableField<?, Integer> positionField) {
        Function<List<T>, Function<T, Map<Field<?>, Object>>> placed = list -> item -> {
            if (positionField == null) {
                return values.apply(item);
            }
            Map<Field<?>, Object> v = new HashMap<>(values.apply(item));
            // by identity: two instalments may be alike in every value and still have places of their own
            v.put(positionField, java.util.stream.IntStream.range(0, list.size()).filter(i -> list.get(i) == item)
                    .findFirst().orElseThrow());
            return v;
        };
        List<Long> keep = items.stream().map(idOf).filter(x -> x != null).toList();
        Map<Long, Map<Field<?>, Object>> was = new HashMap<>();
        if (stored != null) {
            stored.forEach(item -> was.put(idOf.apply(item), placed.apply(stored).apply(item)));
        }
        boolean noneGone = stored != null && keep.containsAll(was.keySet());
        if (!fresh && !noneGone) {
            tx.deleteFrom(table).where(dealField.eq(dealId).and(keep.isEmpty() ? DSL.trueCondition() : idField.notIn(keep)))
                    .execute();
        }
        for (T item : items) {
            Map<Field<?>, Object> row = new HashMap<>();
            Map<Field<?>, Object> given = placed.apply(items).apply(item);
            given.forEach((f, v) -> row.put(f, v == NULL ? null : v));
            Long itemId = idOf.apply(item);
            if (itemId != null && sameValues(was.get(itemId), given)) {
                continue;
            }
            if (itemId == null) {
                row.put(dealField, dealId);
                tx.insertInto(table).set(row).execute();
            } else {
                tx.update(table).set(row).where(idField.eq(itemId).and(dealField.eq(dealId))).execute();
            }
        }
    }

    private static void fill(DealRecord rec, Deal d) {
        rec.setContractNo(d.contractNo());
        rec.setMode(d.mode().name());
        rec.setLicenseKind(d.licenseKind() == null ? null : d.licenseKind().name());
        rec.setTitle(d.title());
        rec.setCounterpartyId(d.counterpartyId());
        rec.setSignedOn(d.signedOn());
        rec.setTermFrom(d.termFrom());
        rec.setTermTo(d.termTo());
        rec.setContractAmount(d.contractAmount());
        rec.setPricingMethod(d.pricing() == null ? null : d.pricing().name());
        rec.setRelatedParty(d.relatedParty());
        rec.setRegistrationNo(d.registration().number());
        rec.setRegisteredOn(d.registration().registeredOn());
        rec.setTechnicalIncome(d.registration().technicalIncome());
        rec.setValuationDone(d.valuation().done());
        rec.setValuationAmount(d.valuation().amount());
        rec.setValuationReport(d.valuation().reportRef());
        rec.setStatus(d.status().name());
        rec.setManagerLogin(d.managerLogin());
    }
}
