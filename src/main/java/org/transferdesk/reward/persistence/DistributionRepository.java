package org.transferdesk.reward.persistence;

import static org.transferdesk.db.jooq.Tables.DEAL;
import static org.transferdesk.db.jooq.Tables.DEAL_COST;
import static org.transferdesk.db.jooq.Tables.DISTRIBUTION;
import static org.transferdesk.db.jooq.Tables.DISTRIBUTION_DEDUCTION;
import static org.transferdesk.db.jooq.Tables.DISTRIBUTION_LINE;
import static org.transferdesk.db.jooq.Tables.DISTRIBUTION_RECEIPT;
import static org.transferdesk.db.jooq.Tables.DISTRIBUTION_UNIT_PART;
import static org.transferdesk.db.jooq.Tables.IP_ASSET;
import static org.transferdesk.db.jooq.Tables.OPERATING_PROFIT;
import static org.transferdesk.db.jooq.Tables.PERSON;
import static org.transferdesk.db.jooq.Tables.RECEIPT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditDiff;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.Money;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.db.jooq.tables.records.DistributionRecord;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.DealMode;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.AppliedPolicy;
import org.transferdesk.reward.CostDeduction;
import org.transferdesk.reward.DistributedReceipt;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionAudit;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.DistributionStatus;
import org.transferdesk.reward.Figures;
import org.transferdesk.reward.LineRole;
import org.transferdesk.reward.OperatingProfit;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.reward.UnitPart;
import org.transferdesk.reward.Workflow;

/**
 * Distributions with their receipts, cost deductions and lines, saved as one aggregate with its audit
 * row. Revoked distributions are kept (the record of what was proposed) but release their receipts and
 * deductions.
 */
public final class DistributionRepository {
    public static final String ENTITY = "distribution";
    private static final Condition LIVE = DISTRIBUTION.STATUS.ne(DistributionStatus.REVOKED.name());
    /** V12's constraint: one live distribution per receipt. */
    private static final String RECEIPT_TAKEN = "uq_distribution_receipt_live";
    private final DSLContext dsl;

    public DistributionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Distribution> findById(long id) {
        return read(dsl, DISTRIBUTION.ID.eq(id)).stream().findFirst();
    }

    public List<Distribution> findWhere(Integer basisYear, Long dealId) {
        Condition c = DSL.trueCondition();
        if (basisYear != null) {
            c = c.and(DISTRIBUTION.BASIS_DATE.between(LocalDate.of(basisYear, 1, 1), LocalDate.of(basisYear, 12, 31)));
        }
        if (dealId != null) {
            c = c.and(DISTRIBUTION.DEAL_ID.eq(dealId));
        }
        return read(dsl, c);
    }

    /** Distributions with a line for this person (the per-person statement). */
    public List<Distribution> findByPerson(long personId) {
        return read(dsl, DISTRIBUTION.ID.in(DSL.select(DISTRIBUTION_LINE.DISTRIBUTION_ID).from(DISTRIBUTION_LINE)
                .where(DISTRIBUTION_LINE.PERSON_ID.eq(personId))));
    }

    /** Per cost, what live distributions of the deal have deducted (R-NET carry-over). */
    public Map<Long, BigDecimal> deductedByCost(long dealId) {
        Map<Long, BigDecimal> m = new HashMap<>();
        dsl.select(DISTRIBUTION_DEDUCTION.COST_ID, DSL.sum(DISTRIBUTION_DEDUCTION.AMOUNT)).from(DISTRIBUTION_DEDUCTION)
                .join(DISTRIBUTION).on(DISTRIBUTION.ID.eq(DISTRIBUTION_DEDUCTION.DISTRIBUTION_ID))
                .where(DISTRIBUTION.DEAL_ID.eq(dealId).and(LIVE)).groupBy(DISTRIBUTION_DEDUCTION.COST_ID)
                .forEach(r -> m.put(r.value1(), r.value2()));
        return m;
    }

    /** Receipts of live distributions (of one deal, or all when {@code dealId} is null). */
    public Set<Long> distributedReceiptIds(Long dealId) {
        return new HashSet<>(dsl.select(DISTRIBUTION_RECEIPT.RECEIPT_ID).from(DISTRIBUTION_RECEIPT)
                .join(DISTRIBUTION).on(DISTRIBUTION.ID.eq(DISTRIBUTION_RECEIPT.DISTRIBUTION_ID))
                .where(LIVE.and(dealId == null ? DSL.trueCondition() : DISTRIBUTION.DEAL_ID.eq(dealId)))
                .fetch(DISTRIBUTION_RECEIPT.RECEIPT_ID));
    }

    /** Costs live distributions have deducted from (they cannot be removed from the deal any more). */
    public Set<Long> deductedCostIds(long dealId) {
        return deductedByCost(dealId).keySet();
    }

    /** Deals with a live distribution of this kind, in one query (what `distribute` asked deal by deal). */
    public Set<Long> dealsWithLive(DistributionKind kind) {
        return new HashSet<>(dsl.selectDistinct(DISTRIBUTION.DEAL_ID).from(DISTRIBUTION)
                .where(LIVE.and(DISTRIBUTION.KIND.eq(kind.name())).and(DISTRIBUTION.DEAL_ID.isNotNull()))
                .fetch(DISTRIBUTION.DEAL_ID));
    }

    public boolean hasLive(DistributionKind kind, Long dealId, Long ipAssetId, Integer profitYear) {
        Condition c = LIVE.and(DISTRIBUTION.KIND.eq(kind.name()));
        c = c.and(dealId == null ? DSL.trueCondition() : DISTRIBUTION.DEAL_ID.eq(dealId));
        c = c.and(ipAssetId == null ? DSL.trueCondition() : DISTRIBUTION.IP_ASSET_ID.eq(ipAssetId));
        c = c.and(profitYear == null ? DSL.trueCondition() : DISTRIBUTION.PROFIT_YEAR.eq(profitYear));
        return dsl.fetchExists(DISTRIBUTION, c);
    }

    /**
     * Contract numbers of live distributions of deals on the result with a basis on or after {@code from}:
     * owners' income (R-PILOT-INCOME), or else cash rewards.
     */
    public List<String> liveIncome(long disclosureId, java.time.LocalDate from, boolean ownersIncome) {
        return dsl.selectDistinct(org.transferdesk.db.jooq.Tables.DEAL.CONTRACT_NO).from(DISTRIBUTION)
                .join(org.transferdesk.db.jooq.Tables.DEAL).on(org.transferdesk.db.jooq.Tables.DEAL.ID.eq(DISTRIBUTION.DEAL_ID))
                .join(org.transferdesk.db.jooq.Tables.DEAL_RESULT)
                .on(org.transferdesk.db.jooq.Tables.DEAL_RESULT.DEAL_ID.eq(DISTRIBUTION.DEAL_ID))
                .where(LIVE).and(DISTRIBUTION.KIND.eq((ownersIncome ? DistributionKind.OWNERSHIP_INCOME
                        : DistributionKind.CASH).name()))
                .and(org.transferdesk.db.jooq.Tables.DEAL_RESULT.DISCLOSURE_ID.eq(disclosureId))
                .and(DISTRIBUTION.BASIS_DATE.ge(from))
                .orderBy(org.transferdesk.db.jooq.Tables.DEAL.CONTRACT_NO)
                .fetch(org.transferdesk.db.jooq.Tables.DEAL.CONTRACT_NO);
    }

    /** Granted patents without a live bonus distribution (R-BONUS proposals): patent id → result id. */
    public Map<Long, Long> grantedPatentsWithoutBonus() {
        Map<Long, Long> m = new LinkedHashMap<>();
        dsl.select(IP_ASSET.ID, IP_ASSET.DISCLOSURE_ID).from(IP_ASSET)
                .where(IP_ASSET.GRANTED_ON.isNotNull()
                        .and(IP_ASSET.IP_TYPE.in("INVENTION_PATENT", "UTILITY_MODEL", "DESIGN"))
                        .and(IP_ASSET.ID.notIn(DSL.select(DISTRIBUTION.IP_ASSET_ID).from(DISTRIBUTION)
                                .where(LIVE.and(DISTRIBUTION.IP_ASSET_ID.isNotNull())))))
                .orderBy(IP_ASSET.GRANTED_ON, IP_ASSET.ID).forEach(r -> m.put(r.value1(), r.value2()));
        return m;
    }

    public Distribution save(Distribution d, String actor, LocalDateTime now) {
        return saveWithAction(d, actor, now, d.isNew() ? AuditAction.CREATE : AuditAction.UPDATE);
    }

    public Distribution saveWithAction(Distribution d, String actor, LocalDateTime now, AuditAction action) {
        return org.transferdesk.db.WriteFailures.retryWhenHostLeft(() -> dsl.transactionResult(c -> {
            // distribute writes many of these next to imports in other processes: one writer at a time (issue 19)
            org.transferdesk.db.WriteMutex.take(dsl, c.dsl(),
                    new org.transferdesk.db.WriteMutex.Holder(org.transferdesk.db.WriteMutex.DISTRIBUTE, actor, now));
            return save(c.dsl(), d, actor, now, action);
        }));
    }

    /** Within the caller's transaction (imports and batch proposals write many in one). */
    public static Distribution save(DSLContext tx, Distribution d, String actor, LocalDateTime now, AuditAction action) {
        Map<String, Object> before = Map.of();
        DistributionRecord rec = tx.newRecord(DISTRIBUTION);
        fill(rec, d);
        long id;
        Distribution stored = null;
        if (d.isNew()) {
            rec.store();
            id = rec.getId();
        } else {
            stored = read(tx, DISTRIBUTION.ID.eq(d.id())).stream().findFirst()
                    .orElseThrow(() -> AuditRepository.staleRecord(tx, ENTITY, d.id()));
            before = DistributionAudit.fields(stored);
            rec.setVersion(d.version() + 1);
            rec.setUpdatedAt(now);
            rec.changed(DISTRIBUTION.ID, false);
            if (tx.update(DISTRIBUTION).set(rec).where(DISTRIBUTION.ID.eq(d.id()).and(DISTRIBUTION.VERSION.eq(d.version())))
                    .execute() == 0) {
                throw AuditRepository.staleRecord(tx, ENTITY, d.id());
            }
            id = d.id();
        }
        writeParts(tx, id, d, stored);
        if (d.isNew() && holdsReceipts(d)) {
            checkCostsNotOverDeducted(tx, d);
        }
        Distribution saved = read(tx, DISTRIBUTION.ID.eq(id)).get(0);
        AuditRepository.append(tx, new AuditEntry(now, actor, ENTITY, id, action,
                AuditDiff.between(before, DistributionAudit.fields(saved))));
        return saved;
    }

    public List<OperatingProfit> operatingProfits(long dealId) {
        return dsl.selectFrom(OPERATING_PROFIT).where(OPERATING_PROFIT.DEAL_ID.eq(dealId))
                .orderBy(OPERATING_PROFIT.PROFIT_YEAR)
                .fetch(r -> new OperatingProfit(r.getDealId(), r.getProfitYear(), r.getProfit(), r.getNote()));
    }

    public void putOperatingProfit(OperatingProfit p, String actor, LocalDateTime now) {
        dsl.transaction(c -> {
            DSLContext tx = c.dsl();
            Map<String, Object> before = new LinkedHashMap<>();
            tx.selectFrom(OPERATING_PROFIT).where(OPERATING_PROFIT.DEAL_ID.eq(p.dealId())
                    .and(OPERATING_PROFIT.PROFIT_YEAR.eq(p.year()))).fetchOptional()
                    .ifPresent(r -> before.put("profit " + p.year(), r.getProfit()));
            tx.deleteFrom(OPERATING_PROFIT).where(OPERATING_PROFIT.DEAL_ID.eq(p.dealId())
                    .and(OPERATING_PROFIT.PROFIT_YEAR.eq(p.year()))).execute();
            tx.insertInto(OPERATING_PROFIT).set(OPERATING_PROFIT.DEAL_ID, p.dealId())
                    .set(OPERATING_PROFIT.PROFIT_YEAR, p.year()).set(OPERATING_PROFIT.PROFIT, p.profit())
                    .set(OPERATING_PROFIT.NOTE, p.note()).execute();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("profit " + p.year(), p.profit());
            AuditRepository.append(tx, new AuditEntry(now, actor, "deal", p.dealId(),
                    before.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE, AuditDiff.between(before, after)));
        });
    }

    private static void fill(DistributionRecord rec, Distribution d) {
        rec.setKind(d.kind().name());
        rec.setDealId(d.dealId());
        rec.setIpAssetId(d.ipAssetId());
        rec.setProfitYear(d.profitYear());
        rec.setBasisDate(d.basisDate());
        rec.setPolicyPreset(d.policy().preset().name());
        rec.setKeyMinimum(d.policy().keyMinimum());
        rec.setTransferStaffShare(d.policy().transferStaffShare());
        Figures f = d.figures();
        rec.setGross(f.gross());
        rec.setDeducted(f.deducted());
        rec.setNet(f.net());
        rec.setRate(f.rate());
        rec.setPool(f.pool());
        rec.setUniversityPart(f.universityPart());
        rec.setCompanyShare(f.teamCompanyShare());
        Workflow w = d.workflow();
        rec.setStatus(w.status().name());
        rec.setPublicityFrom(w.publicityFrom());
        rec.setPublicityTo(w.publicityTo());
        rec.setPublicityDocNo(w.publicityDocNo());
        rec.setPublicityDocName(w.publicityDocName());
        rec.setPublicisedPerLedger(w.publicisedPerLedger());
        rec.setApprovedOn(w.approvedOn());
        rec.setApprovedBy(w.approvedBy());
        rec.setRevokedOn(w.revokedOn());
        rec.setRevokeReason(w.revokeReason());
        rec.setOverrideReason(d.overrideReason());
        rec.setImported(d.imported());
    }

    /**
     * Writes the parts that differ from {@code stored} (null for a new distribution): an approval changes the
     * distribution's row alone, a payment its lines' payment in place. On the shared database that is also what the
     * approving leader's and the paying finance colleague's roles may write (issue 22, V22): the figures and the
     * people stay the clerk's.
     */
    private static void writeParts(DSLContext tx, long id, Distribution d, Distribution stored) {
        Boolean live = holdsReceipts(d) ? Boolean.TRUE : null;
        if (stored != null && stored.receipts().equals(d.receipts())) {
            if (holdsReceipts(stored) != holdsReceipts(d)) {
                // revoked (or back): the links stay, their hold on the receipts goes (V12)
                tx.update(DISTRIBUTION_RECEIPT).set(DISTRIBUTION_RECEIPT.LIVE, live)
                        .where(DISTRIBUTION_RECEIPT.DISTRIBUTION_ID.eq(id)).execute();
            }
        } else {
            writeReceipts(tx, id, d, live);
        }
        if (stored == null || !stored.deductions().equals(d.deductions())) {
            writeDeductions(tx, id, d);
        }
        if (stored == null || !stored.unitParts().equals(d.unitParts())) {
            writeUnitParts(tx, id, d);
        }
        if (stored != null && samePeopleAndFigures(stored.lines(), d.lines())) {
            for (int i = 0; i < d.lines().size(); i++) {
                DistributionLine was = stored.lines().get(i);
                DistributionLine l = d.lines().get(i);
                if (!java.util.Objects.equals(was.paidOn(), l.paidOn())
                        || !java.util.Objects.equals(was.payrollRef(), l.payrollRef())
                        || !sameAmount(was.taxWithheld(), l.taxWithheld())) {
                    tx.update(DISTRIBUTION_LINE).set(DISTRIBUTION_LINE.PAID_ON, l.paidOn())
                            .set(DISTRIBUTION_LINE.PAYROLL_REF, l.payrollRef())
                            .set(DISTRIBUTION_LINE.TAX_WITHHELD, l.taxWithheld())
                            .where(DISTRIBUTION_LINE.DISTRIBUTION_ID.eq(id).and(DISTRIBUTION_LINE.POSITION.eq(i)))
                            .execute();
                }
            }
        } else {
            writeLines(tx, id, d);
        }
    }

    /** The lines differ at most in their payment (date, payroll reference, tax withheld). */
    private static boolean samePeopleAndFigures(List<DistributionLine> stored, List<DistributionLine> lines) {
        if (stored.size() != lines.size()) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            DistributionLine a = stored.get(i);
            DistributionLine b = lines.get(i);
            if (a.personId() != b.personId() || a.role() != b.role() || !sameAmount(a.share(), b.share())
                    || !sameAmount(a.amount(), b.amount()) || !sameAmount(a.equityShare(), b.equityShare())
                    || a.keyContributor() != b.keyContributor() || a.leaderRole() != b.leaderRole()
                    || a.waived() != b.waived() || !java.util.Objects.equals(a.shareSource(), b.shareSource())) {
                return false;
            }
        }
        return true;
    }

    /** Equal amounts whatever their scale (a column's 2 decimals against a computed value's). */
    private static boolean sameAmount(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static void writeReceipts(DSLContext tx, long id, Distribution d, Boolean live) {
        tx.deleteFrom(DISTRIBUTION_RECEIPT).where(DISTRIBUTION_RECEIPT.DISTRIBUTION_ID.eq(id)).execute();
        for (DistributedReceipt r : d.receipts()) {
            try {
                tx.insertInto(DISTRIBUTION_RECEIPT).set(DISTRIBUTION_RECEIPT.DISTRIBUTION_ID, id)
                        .set(DISTRIBUTION_RECEIPT.RECEIPT_ID, r.receiptId()).set(DISTRIBUTION_RECEIPT.LIVE, live).execute();
            } catch (IntegrityConstraintViolationException e) {
                if (!isReceiptTaken(e)) {
                    throw e;
                }
                // another distribution saved this receipt after our check (two users, or two `distribute` runs)
                throw new ValidationException(List.of(Problem.error("reward.save.receiptTaken", "receipts",
                        r.receivedOn(), Money.format(r.amount()))));
            }
        }
    }

    private static void writeDeductions(DSLContext tx, long id, Distribution d) {
        tx.deleteFrom(DISTRIBUTION_DEDUCTION).where(DISTRIBUTION_DEDUCTION.DISTRIBUTION_ID.eq(id)).execute();
        for (CostDeduction c : d.deductions()) {
            tx.insertInto(DISTRIBUTION_DEDUCTION).set(DISTRIBUTION_DEDUCTION.DISTRIBUTION_ID, id)
                    .set(DISTRIBUTION_DEDUCTION.COST_ID, c.costId()).set(DISTRIBUTION_DEDUCTION.AMOUNT, c.deducted())
                    .execute();
        }
    }

    private static void writeUnitParts(DSLContext tx, long id, Distribution d) {
        tx.deleteFrom(DISTRIBUTION_UNIT_PART).where(DISTRIBUTION_UNIT_PART.DISTRIBUTION_ID.eq(id)).execute();
        int unitPosition = 0;
        for (UnitPart u : d.unitParts()) {
            tx.insertInto(DISTRIBUTION_UNIT_PART).set(DISTRIBUTION_UNIT_PART.DISTRIBUTION_ID, id)
                    .set(DISTRIBUTION_UNIT_PART.POSITION, unitPosition++).set(DISTRIBUTION_UNIT_PART.UNIT, u.unit().name())
                    .set(DISTRIBUTION_UNIT_PART.UNIT_NAME, u.name().isEmpty() ? null : u.name())
                    .set(DISTRIBUTION_UNIT_PART.SHARE, u.share()).set(DISTRIBUTION_UNIT_PART.AMOUNT, u.amount()).execute();
        }
    }

    private static void writeLines(DSLContext tx, long id, Distribution d) {
        tx.deleteFrom(DISTRIBUTION_LINE).where(DISTRIBUTION_LINE.DISTRIBUTION_ID.eq(id)).execute();
        int position = 0;
        for (DistributionLine l : d.lines()) {
            tx.insertInto(DISTRIBUTION_LINE).set(DISTRIBUTION_LINE.DISTRIBUTION_ID, id)
                    .set(DISTRIBUTION_LINE.POSITION, position++).set(DISTRIBUTION_LINE.PERSON_ID, l.personId())
                    .set(DISTRIBUTION_LINE.LINE_ROLE, l.role().name()).set(DISTRIBUTION_LINE.SHARE, l.share())
                    .set(DISTRIBUTION_LINE.AMOUNT, l.amount()).set(DISTRIBUTION_LINE.EQUITY_SHARE, l.equityShare())
                    .set(DISTRIBUTION_LINE.KEY_CONTRIBUTOR, l.keyContributor())
                    .set(DISTRIBUTION_LINE.LEADER_ROLE, l.leaderRole().name()).set(DISTRIBUTION_LINE.WAIVED, l.waived())
                    .set(DISTRIBUTION_LINE.SHARE_SOURCE, l.shareSource()).set(DISTRIBUTION_LINE.PAID_ON, l.paidOn())
                    .set(DISTRIBUTION_LINE.PAYROLL_REF, l.payrollRef())
                    .set(DISTRIBUTION_LINE.TAX_WITHHELD, l.taxWithheld()).execute();
        }
    }

    /**
     * A new draft may deduct only what is left of each cost (R-NET carry-over). The proposal read what was left before
     * this transaction; another draft of the same deal saved meanwhile (two users, two `distribute` runs) may have
     * taken it. Saves hold the write mutex, so this sum sees every other committed draft (issue 19).
     */
    private static void checkCostsNotOverDeducted(DSLContext tx, Distribution d) {
        List<Long> costs = d.deductions().stream().map(CostDeduction::costId).toList();
        if (costs.isEmpty()) {
            return;
        }
        var over = tx.select(DEAL_COST.INCURRED_ON, DEAL_COST.AMOUNT).from(DEAL_COST)
                .join(DISTRIBUTION_DEDUCTION).on(DISTRIBUTION_DEDUCTION.COST_ID.eq(DEAL_COST.ID))
                .join(DISTRIBUTION).on(DISTRIBUTION.ID.eq(DISTRIBUTION_DEDUCTION.DISTRIBUTION_ID))
                .where(DEAL_COST.ID.in(costs).and(LIVE))
                .groupBy(DEAL_COST.ID, DEAL_COST.INCURRED_ON, DEAL_COST.AMOUNT)
                .having(DSL.sum(DISTRIBUTION_DEDUCTION.AMOUNT).gt(DEAL_COST.AMOUNT))
                .fetch();
        if (over.isNotEmpty()) {
            throw new ValidationException(over.stream().map(r -> Problem.error("reward.save.costTaken", "deductions",
                    r.value1(), Money.format(r.value2()))).toList());
        }
    }

    /**
     * Whether the distribution's links hold their receipts (V12's {@code live} flag): a live distribution made in
     * the app does; a revoked one releases them, and an imported payment only names where its money came from
     * (R-TAX58; two payments of one receipt both name it).
     */
    static boolean holdsReceipts(Distribution d) {
        return d.status() != DistributionStatus.REVOKED && !d.imported();
    }

    private static boolean isReceiptTaken(IntegrityConstraintViolationException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(RECEIPT_TAKEN)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the distributions matching {@code where} with all their parts in five queries. Each part is read
     * by a join on the same condition, not by the parent's ids: an IN list of every id made the cost grow
     * faster than the rows (issue 20: 7,572 distributions, one child table 0.94–1.4 s against a join's 2–8 ms).
     */
    private static List<Distribution> read(DSLContext tx, Condition where) {
        var rows = tx.select(DISTRIBUTION.asterisk(), DEAL.CONTRACT_NO, DEAL.MODE, DEAL.TITLE, IP_ASSET.APPLICATION_NO,
                        IP_ASSET.TITLE)
                .from(DISTRIBUTION).leftJoin(DEAL).on(DEAL.ID.eq(DISTRIBUTION.DEAL_ID))
                .leftJoin(IP_ASSET).on(IP_ASSET.ID.eq(DISTRIBUTION.IP_ASSET_ID))
                .where(where).orderBy(DISTRIBUTION.BASIS_DATE, DISTRIBUTION.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DistributedReceipt>> receipts = new HashMap<>();
        tx.select(DISTRIBUTION_RECEIPT.DISTRIBUTION_ID, RECEIPT.ID, RECEIPT.RECEIVED_ON, RECEIPT.AMOUNT, RECEIPT.VOUCHER_NO)
                .from(DISTRIBUTION_RECEIPT).join(RECEIPT).on(RECEIPT.ID.eq(DISTRIBUTION_RECEIPT.RECEIPT_ID))
                .join(DISTRIBUTION).on(DISTRIBUTION.ID.eq(DISTRIBUTION_RECEIPT.DISTRIBUTION_ID)).where(where).orderBy(RECEIPT.RECEIVED_ON, RECEIPT.ID)
                .forEach(r -> receipts.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new DistributedReceipt(r.value2(), r.value3(), r.value4(), r.value5())));
        Map<Long, List<CostDeduction>> deductions = new HashMap<>();
        tx.select(DISTRIBUTION_DEDUCTION.DISTRIBUTION_ID, DEAL_COST.ID, DEAL_COST.INCURRED_ON, DEAL_COST.CATEGORY,
                        DEAL_COST.AMOUNT, DEAL_COST.NOTE, DISTRIBUTION_DEDUCTION.AMOUNT)
                .from(DISTRIBUTION_DEDUCTION).join(DEAL_COST).on(DEAL_COST.ID.eq(DISTRIBUTION_DEDUCTION.COST_ID))
                .join(DISTRIBUTION).on(DISTRIBUTION.ID.eq(DISTRIBUTION_DEDUCTION.DISTRIBUTION_ID)).where(where).orderBy(DEAL_COST.INCURRED_ON, DEAL_COST.ID)
                .forEach(r -> deductions.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new CostDeduction(r.value2(), r.value3(), CostCategory.valueOf(r.value4()), r.value5(),
                                r.value6(), r.value7())));
        Map<Long, List<DistributionLine>> lines = new HashMap<>();
        tx.select(DISTRIBUTION_LINE.asterisk(), PERSON.STAFF_NO, PERSON.NAME).from(DISTRIBUTION_LINE)
                .join(PERSON).on(PERSON.ID.eq(DISTRIBUTION_LINE.PERSON_ID))
                .join(DISTRIBUTION).on(DISTRIBUTION.ID.eq(DISTRIBUTION_LINE.DISTRIBUTION_ID)).where(where)
                .orderBy(DISTRIBUTION_LINE.POSITION)
                .forEach(r -> lines.computeIfAbsent(r.get(DISTRIBUTION_LINE.DISTRIBUTION_ID), k -> new ArrayList<>())
                        .add(line(r)));
        Map<Long, List<UnitPart>> unitParts = new HashMap<>();
        tx.select(DISTRIBUTION_UNIT_PART.asterisk()).from(DISTRIBUTION_UNIT_PART)
                .join(DISTRIBUTION).on(DISTRIBUTION.ID.eq(DISTRIBUTION_UNIT_PART.DISTRIBUTION_ID)).where(where)
                .orderBy(DISTRIBUTION_UNIT_PART.DISTRIBUTION_ID, DISTRIBUTION_UNIT_PART.POSITION)
                .forEach(r -> {
                    var u = r.into(DISTRIBUTION_UNIT_PART);
                    unitParts.computeIfAbsent(u.getDistributionId(), k -> new ArrayList<>())
                            .add(new UnitPart(UnitPart.Unit.valueOf(u.getUnit()), u.getUnitName(), u.getShare(),
                                    u.getAmount()));
                });
        List<Distribution> result = new ArrayList<>();
        for (Record r : rows) {
            long id = r.get(DISTRIBUTION.ID);
            String mode = r.get(DEAL.MODE);
            String title = r.get(DEAL.TITLE) != null ? r.get(DEAL.TITLE)
                    : r.get(IP_ASSET.APPLICATION_NO) == null ? null
                    : r.get(IP_ASSET.APPLICATION_NO) + (r.get(IP_ASSET.TITLE) == null ? "" : " " + r.get(IP_ASSET.TITLE));
            result.add(new Distribution(id, DistributionKind.valueOf(r.get(DISTRIBUTION.KIND)), r.get(DISTRIBUTION.DEAL_ID),
                    r.get(DEAL.CONTRACT_NO), mode == null ? null : DealMode.valueOf(mode), title,
                    r.get(DISTRIBUTION.IP_ASSET_ID), r.get(DISTRIBUTION.PROFIT_YEAR), r.get(DISTRIBUTION.BASIS_DATE),
                    new AppliedPolicy(RewardPolicy.Preset.valueOf(r.get(DISTRIBUTION.POLICY_PRESET)),
                            r.get(DISTRIBUTION.KEY_MINIMUM), r.get(DISTRIBUTION.TRANSFER_STAFF_SHARE)),
                    receipts.getOrDefault(id, List.of()), deductions.getOrDefault(id, List.of()),
                    new Figures(r.get(DISTRIBUTION.GROSS), r.get(DISTRIBUTION.DEDUCTED), r.get(DISTRIBUTION.NET),
                            r.get(DISTRIBUTION.RATE), r.get(DISTRIBUTION.POOL), r.get(DISTRIBUTION.UNIVERSITY_PART),
                            r.get(DISTRIBUTION.COMPANY_SHARE), unitParts.getOrDefault(id, List.of())),
                    new Workflow(DistributionStatus.valueOf(r.get(DISTRIBUTION.STATUS)), r.get(DISTRIBUTION.PUBLICITY_FROM),
                            r.get(DISTRIBUTION.PUBLICITY_TO), r.get(DISTRIBUTION.PUBLICITY_DOC_NO),
                            r.get(DISTRIBUTION.PUBLICITY_DOC_NAME), r.get(DISTRIBUTION.APPROVED_ON),
                            r.get(DISTRIBUTION.APPROVED_BY), r.get(DISTRIBUTION.REVOKED_ON),
                            r.get(DISTRIBUTION.REVOKE_REASON), r.get(DISTRIBUTION.PUBLICISED_PER_LEDGER)),
                    r.get(DISTRIBUTION.OVERRIDE_REASON), r.get(DISTRIBUTION.IMPORTED), lines.getOrDefault(id, List.of()),
                    r.get(DISTRIBUTION.VERSION)));
        }
        return result;
    }

    private static DistributionLine line(Record r) {
        return new DistributionLine(r.get(DISTRIBUTION_LINE.ID), r.get(DISTRIBUTION_LINE.PERSON_ID), r.get(PERSON.STAFF_NO),
                r.get(PERSON.NAME), LineRole.valueOf(r.get(DISTRIBUTION_LINE.LINE_ROLE)), r.get(DISTRIBUTION_LINE.SHARE),
                r.get(DISTRIBUTION_LINE.AMOUNT), r.get(DISTRIBUTION_LINE.EQUITY_SHARE),
                r.get(DISTRIBUTION_LINE.KEY_CONTRIBUTOR), LeaderRole.valueOf(r.get(DISTRIBUTION_LINE.LEADER_ROLE)),
                r.get(DISTRIBUTION_LINE.WAIVED), r.get(DISTRIBUTION_LINE.SHARE_SOURCE), r.get(DISTRIBUTION_LINE.PAID_ON),
                r.get(DISTRIBUTION_LINE.PAYROLL_REF), r.get(DISTRIBUTION_LINE.TAX_WITHHELD));
    }
}
