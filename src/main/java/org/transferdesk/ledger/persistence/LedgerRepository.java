package org.transferdesk.ledger.persistence;

import static org.transferdesk.db.jooq.Tables.COUNTERPARTY;
import static org.transferdesk.db.jooq.Tables.DEAL;
import static org.transferdesk.db.jooq.Tables.DEAL_COST;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.DISTRIBUTION;
import static org.transferdesk.db.jooq.Tables.DISTRIBUTION_LINE;
import static org.transferdesk.db.jooq.Tables.DISTRIBUTION_DEDUCTION;
import static org.transferdesk.db.jooq.Tables.DISTRIBUTION_RECEIPT;
import static org.transferdesk.db.jooq.Tables.PERSON;
import static org.transferdesk.db.jooq.Tables.IP_ASSET;
import static org.transferdesk.db.jooq.Tables.AUDIT_LOG;
import static org.transferdesk.db.jooq.Tables.PILOT_CASE;
import static org.transferdesk.db.jooq.Tables.PILOT_STEP;
import static org.transferdesk.db.jooq.Tables.RECEIPT;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.deal.Company;
import org.transferdesk.deal.CompanyOrigin;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.persistence.CounterpartyRepository;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.ledger.LedgerLookup;
import org.transferdesk.ledger.LedgerStore;
import org.transferdesk.ledger.RewardKind;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionStatus;
import org.transferdesk.reward.persistence.DistributionRepository;
import org.transferdesk.people.Person;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.pilot.StepRecord;
import org.transferdesk.pilot.persistence.PilotRepository;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.people.persistence.DepartmentRepository;
import org.transferdesk.people.persistence.PersonRepository;

/**
 * The ledger import's access to the database. Lookups outside a transaction serve the preview; the
 * commit runs in {@link #inTransaction}, one transaction for the whole workbook, writing through the
 * feature repositories so every record gets its audit row (action IMPORT).
 */
public final class LedgerRepository extends DslLookup {
    private static final int CHUNK = 1000;

    public LedgerRepository(DSLContext dsl) {
        super(dsl);
    }

    /**
     * Runs {@code work} in one transaction: an exception (an error found on re-checking, a
     * cancellation) rolls everything back and is rethrown as it is.
     */
    public <T> T inTransaction(String actor, LocalDateTime now, Function<LedgerStore, T> work) {
        try {
            return org.transferdesk.db.WriteFailures.retryWhenHostLeft(() -> dsl.transactionResult(c -> {
                // a second import in another process waits here, then finds the departments this one made (issue 19)
                org.transferdesk.db.WriteMutex.take(dsl, c.dsl(),
                        new org.transferdesk.db.WriteMutex.Holder(org.transferdesk.db.WriteMutex.IMPORT, actor, now));
                return work.apply(new Store(c.dsl(), actor, now));
            }));
        } catch (DataAccessException e) {
            java.util.Optional<UserFacingException> interrupted = org.transferdesk.db.WriteFailures.explain(e);
            if (interrupted.isPresent()) {
                throw interrupted.get();
            }
            // e.g. someone saved the same staff number between the re-check and the insert; the SQL
            // details stay in the cause (for the log and the expandable details), not in the message
            org.slf4j.LoggerFactory.getLogger(LedgerRepository.class).warn("The database refused the import", e);
            throw error("ledger.commit.failed", e);
        }
    }

    /** Named error(…) with the key first, so the bundle consistency check finds the key. */
    private static UserFacingException error(String key, Throwable cause) {
        return new UserFacingException(key, new Object[0], cause);
    }

    static Map<String, ExistingResult> findResults(DSLContext ctx, Collection<String> resultNos) {
        List<String> wanted = List.copyOf(resultNos);
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += CHUNK) {
            ctx.select(DISCLOSURE.RESULT_NO, DISCLOSURE.ID).from(DISCLOSURE)
                    .where(DISCLOSURE.RESULT_NO.in(wanted.subList(from, Math.min(wanted.size(), from + CHUNK))))
                    .forEach(r -> ids.put(r.value1(), r.value2()));
        }
        Map<Long, Set<String>> numbers = new HashMap<>();
        List<Long> idList = List.copyOf(ids.values());
        for (int from = 0; from < idList.size(); from += CHUNK) {
            ctx.select(IP_ASSET.DISCLOSURE_ID, IP_ASSET.APPLICATION_NO).from(IP_ASSET)
                    .where(IP_ASSET.DISCLOSURE_ID.in(idList.subList(from, Math.min(idList.size(), from + CHUNK)))
                            .and(IP_ASSET.APPLICATION_NO.isNotNull()))
                    .forEach(r -> numbers.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        }
        Map<String, ExistingResult> found = new HashMap<>();
        ids.forEach((no, id) -> found.put(no, new ExistingResult(id, numbers.getOrDefault(id, Set.of()))));
        return found;
    }

    private record CostRecord(long id, java.time.LocalDate incurredOn, CostCategory category, java.math.BigDecimal amount) {
    }

    private record ReceiptRecord(long id, java.time.LocalDate receivedOn, java.math.BigDecimal amount, String voucherNo) {
    }

    static Map<String, ExistingDeal> findDeals(DSLContext ctx, Collection<String> contractNos) {
        List<String> wanted = List.copyOf(contractNos);
        Map<String, Long> ids = new HashMap<>();
        Map<Long, DealMode> modes = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += CHUNK) {
            ctx.select(DEAL.CONTRACT_NO, DEAL.ID, DEAL.MODE).from(DEAL)
                    .where(DEAL.CONTRACT_NO.in(wanted.subList(from, Math.min(wanted.size(), from + CHUNK))))
                    .forEach(r -> {
                        ids.put(r.value1(), r.value2());
                        modes.put(r.value2(), DealMode.valueOf(r.value3()));
                    });
        }
        Map<Long, List<ReceiptRecord>> receipts = new HashMap<>();
        Map<Long, List<CostRecord>> costs = new HashMap<>();
        Set<Long> deducted = new HashSet<>();
        Set<Long> distributed = new HashSet<>();
        List<Long> idList = List.copyOf(ids.values());
        for (int from = 0; from < idList.size(); from += CHUNK) {
            List<Long> chunk = idList.subList(from, Math.min(idList.size(), from + CHUNK));
            ctx.select(RECEIPT.DEAL_ID, RECEIPT.RECEIVED_ON, RECEIPT.AMOUNT, RECEIPT.VOUCHER_NO, RECEIPT.ID).from(RECEIPT)
                    .where(RECEIPT.DEAL_ID.in(chunk)).orderBy(RECEIPT.ID)
                    .forEach(r -> receipts.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>())
                            .add(new ReceiptRecord(r.value5(), r.value2(), r.value3(), r.value4())));
            ctx.select(DISTRIBUTION_RECEIPT.RECEIPT_ID).from(DISTRIBUTION_RECEIPT).join(DISTRIBUTION)
                    .on(DISTRIBUTION.ID.eq(DISTRIBUTION_RECEIPT.DISTRIBUTION_ID))
                    .where(DISTRIBUTION.DEAL_ID.in(chunk).and(DISTRIBUTION.STATUS.ne("REVOKED")))
                    .forEach(r -> distributed.add(r.value1()));
            ctx.select(DEAL_COST.DEAL_ID, DEAL_COST.INCURRED_ON, DEAL_COST.CATEGORY, DEAL_COST.AMOUNT, DEAL_COST.ID)
                    .from(DEAL_COST).where(DEAL_COST.DEAL_ID.in(chunk)).orderBy(DEAL_COST.ID)
                    .forEach(r -> costs.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>()).add(
                            new CostRecord(r.value5(), r.value2(), CostCategory.valueOf(r.value3()), r.value4())));
            ctx.select(DISTRIBUTION_DEDUCTION.COST_ID).from(DISTRIBUTION_DEDUCTION).join(DISTRIBUTION)
                    .on(DISTRIBUTION.ID.eq(DISTRIBUTION_DEDUCTION.DISTRIBUTION_ID))
                    .where(DISTRIBUTION.DEAL_ID.in(chunk).and(DISTRIBUTION.STATUS.ne("REVOKED")))
                    .forEach(r -> deducted.add(r.value1()));
        }
        Map<String, ExistingDeal> found = new HashMap<>();
        ids.forEach((no, id) -> found.put(no, new ExistingDeal(id, modes.get(id),
                receipts.getOrDefault(id, List.of()).stream().map(r -> new LedgerLookup.StoredReceipt(r.id(),
                        r.receivedOn(), r.amount(), r.voucherNo(), distributed.contains(r.id()))).toList(),
                costs.getOrDefault(id, List.of()).stream().map(c -> new LedgerLookup.StoredCost(c.id(), c.incurredOn(),
                        c.category(), c.amount(), deducted.contains(c.id()))).toList())));
        return found;
    }

    static Map<String, ExistingReward> findImportedRewards(DSLContext ctx, Collection<String> contractNos) {
        List<String> wanted = List.copyOf(contractNos);
        Map<Long, String> keys = new HashMap<>();
        Map<Long, Set<String>> staff = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += CHUNK) {
            ctx.select(DISTRIBUTION.ID, DEAL.CONTRACT_NO, DISTRIBUTION.BASIS_DATE, DISTRIBUTION.KIND, PERSON.STAFF_NO)
                    .from(DISTRIBUTION).join(DEAL).on(DEAL.ID.eq(DISTRIBUTION.DEAL_ID))
                    .leftJoin(DISTRIBUTION_LINE).on(DISTRIBUTION_LINE.DISTRIBUTION_ID.eq(DISTRIBUTION.ID))
                    .leftJoin(PERSON).on(PERSON.ID.eq(DISTRIBUTION_LINE.PERSON_ID))
                    .where(DISTRIBUTION.IMPORTED.isTrue()
                            .and(DISTRIBUTION.STATUS.ne(DistributionStatus.REVOKED.name()))
                            .and(DISTRIBUTION.KIND.in(DistributionKind.CASH.name(), DistributionKind.EQUITY.name(),
                                    DistributionKind.TECH_CONTRACT.name(), DistributionKind.SELF_IMPLEMENTATION.name()))
                            .and(DEAL.CONTRACT_NO.in(wanted.subList(from, Math.min(wanted.size(), from + CHUNK)))))
                    .forEach(r -> {
                        RewardKind kind = RewardKind.of(DistributionKind.valueOf(r.value4())).orElseThrow();
                        keys.put(r.value1(), LedgerLookup.rewardKey(r.value2(), r.value3(), kind));
                        Set<String> s = staff.computeIfAbsent(r.value1(), k -> new HashSet<>());
                        if (r.value5() != null) {
                            s.add(r.value5());
                        }
                    });
        }
        Map<String, ExistingReward> found = new HashMap<>();
        // the first (oldest) distribution of a key wins, as the import only ever writes one per key
        keys.keySet().stream().sorted().forEach(id -> found.putIfAbsent(keys.get(id),
                new ExistingReward(id, staff.get(id))));
        return found;
    }

    /**
     * The results' types and pilot cases. A case counts as only imported when every audit row it has is an
     * import: nothing was recorded, edited or attached in TransferDesk since.
     */
    static Map<String, PilotTarget> findPilotTargets(DSLContext ctx, Collection<String> resultNos) {
        List<String> wanted = List.copyOf(resultNos);
        Map<String, PilotTarget> found = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += CHUNK) {
            List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + CHUNK));
            var casesOfChunk = ctx.select(PILOT_CASE.ID).from(PILOT_CASE).join(DISCLOSURE)
                    .on(DISCLOSURE.ID.eq(PILOT_CASE.DISCLOSURE_ID)).where(DISCLOSURE.RESULT_NO.in(chunk));
            java.util.Set<Long> workedOn = new java.util.HashSet<>(ctx.selectDistinct(AUDIT_LOG.ENTITY_ID).from(AUDIT_LOG)
                    .where(AUDIT_LOG.ENTITY.eq(PilotRepository.ENTITY)).and(AUDIT_LOG.ENTITY_ID.in(casesOfChunk))
                    .and(AUDIT_LOG.ACTION.ne(AuditAction.IMPORT.name())).fetch(AUDIT_LOG.ENTITY_ID));
            Map<Long, List<ExistingPilot>> cases = new HashMap<>();
            ctx.select(PILOT_CASE.DISCLOSURE_ID, PILOT_CASE.ID, PILOT_CASE.CASE_NO).from(PILOT_CASE)
                    .join(DISCLOSURE).on(DISCLOSURE.ID.eq(PILOT_CASE.DISCLOSURE_ID))
                    .where(DISCLOSURE.RESULT_NO.in(chunk)).orderBy(PILOT_CASE.ID)
                    .forEach(r -> cases.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>())
                            .add(new ExistingPilot(r.value2(), r.value3(), !workedOn.contains(r.value2()))));
            ctx.select(DISCLOSURE.RESULT_NO, DISCLOSURE.ID, DISCLOSURE.RESULT_TYPE).from(DISCLOSURE)
                    .where(DISCLOSURE.RESULT_NO.in(chunk))
                    .forEach(r -> found.put(r.value1(), new PilotTarget(r.value2(),
                            r.value3() == null ? null : ResultType.valueOf(r.value3()),
                            cases.getOrDefault(r.value2(), List.of()))));
        }
        return found;
    }

    /** The store bound to the import's transaction. */
    private static final class Store extends DslLookup implements LedgerStore {
        private final DSLContext tx;
        private final String actor;
        private final LocalDateTime now;
        private final Map<String, Long> departments = new HashMap<>();
        private final Map<String, Company> companies = new HashMap<>();
        private final ImportBatches batches;

        Store(DSLContext tx, String actor, LocalDateTime now) {
            super(tx);
            this.tx = tx;
            this.actor = actor;
            this.now = now;
            this.batches = new ImportBatches(tx, actor, now);
        }

        @Override
        public List<Person> createPeople(List<Person> people) {
            return batches.createPeople(people);
        }

        @Override
        public void createResults(List<Disclosure> results) {
            batches.createResults(results);
        }

        @Override
        public void createDeals(List<Deal> deals) {
            batches.createDeals(deals);
        }

        /**
         * Issue 20: every counterparty is read once per import (two statements) instead of two lookups per contract,
         * and the new ones are written in one batch. Matching as {@link CounterpartyRepository#findDuplicate}: by the
         * stored name key, or by the credit code when there is one; of two matches the older one wins.
         */
        @Override
        public List<Counterparty> counterparties(List<Counterparty> written) {
            Map<Long, String> nameKeys = tx.select(COUNTERPARTY.ID, COUNTERPARTY.NAME_KEY).from(COUNTERPARTY)
                    .fetchMap(COUNTERPARTY.ID, COUNTERPARTY.NAME_KEY);
            Map<String, Party> byName = new HashMap<>();
            Map<String, Party> byCode = new HashMap<>();
            long rank = 0;
            for (Counterparty c : new CounterpartyRepository(tx).findAll()) {
                Party p = new Party(c, c.id());
                byName.put(nameKeys.get(c.id()), p);
                if (!blank(c.creditCode())) {
                    byCode.put(c.creditCode(), p);
                }
                rank = Math.max(rank, c.id());
            }
            List<Party> pending = new ArrayList<>();
            List<Party> answer = new ArrayList<>(written.size());
            for (Counterparty w : written) {
                Party named = byName.get(Counterparty.nameKey(w.name()));
                Party coded = blank(w.creditCode()) ? null : byCode.get(w.creditCode());
                Party found = named == null ? coded : coded == null || named.rank <= coded.rank ? named : coded;
                if (found == null) {
                    found = new Party(new Counterparty(null, w.name(), w.creditCode(), w.region(), w.province(),
                            w.industry(), w.industrySection(), null, null, 0), ++rank);
                    pending.add(found);
                    byName.put(Counterparty.nameKey(w.name()), found);
                    if (!blank(w.creditCode())) {
                        byCode.put(w.creditCode(), found);
                    }
                } else if (fillsPlace(found.value, w)) {
                    // an update, audited as one: the counterparty it updates must exist first
                    if (found.value.id() == null) {
                        create(pending);
                    }
                    found.value = CounterpartyRepository.fillPlace(tx, found.value, w, actor, now);
                }
                answer.add(found);
            }
            create(pending);
            return answer.stream().map(p -> p.value).toList();
        }

        /** The condition under which {@link CounterpartyRepository#fillPlace} writes. */
        private static boolean fillsPlace(Counterparty found, Counterparty written) {
            return found.province() == null && written.province() != null
                    || found.industrySection() == null && written.industrySection() != null;
        }

        private void create(List<Party> pending) {
            List<Counterparty> saved = batches.createCounterparties(pending.stream().map(p -> p.value).toList());
            for (int i = 0; i < saved.size(); i++) {
                pending.get(i).value = saved.get(i);
            }
            pending.clear();
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        /** A counterparty of the import, and its age among them (its id; the order of creation for new ones). */
        private static final class Party {
            private Counterparty value;
            private final long rank;

            Party(Counterparty value, long rank) {
                this.value = value;
                this.rank = rank;
            }
        }

        @Override
        public int maxPilotSequence(String prefix) {
            return PilotRepository.maxSequence(tx, prefix);
        }

        @Override
        public Optional<PilotCase> loadPilot(long id) {
            return PilotRepository.findById(tx, id);
        }

        @Override
        public PilotCase save(PilotCase pilot) {
            return PilotRepository.save(tx, pilot, actor, now, AuditAction.IMPORT);
        }

        @Override
        public void deletePilotSteps(long caseId) {
            tx.deleteFrom(PILOT_STEP).where(PILOT_STEP.CASE_ID.eq(caseId)).execute();
        }

        @Override
        public void addPilotStep(long caseId, PilotStep step, java.time.LocalDate doneOn, java.time.LocalDate endsOn,
                                 String stepActor, String note) {
            PilotRepository.insertStep(tx, caseId, new StepRecord(step, doneOn, endsOn, stepActor, note, actor, now));
        }

        @Override
        public String ipOwners(long disclosureId) {
            return PilotRepository.ipOwners(tx, disclosureId);
        }

        @Override
        public void setIpOwners(long disclosureId, String owners) {
            PilotRepository.setIpOwners(tx, disclosureId, owners, actor, now);
        }

        @Override
        public Optional<Distribution> loadDistribution(long id) {
            return new DistributionRepository(tx).findById(id);
        }

        @Override
        public Distribution save(Distribution distribution) {
            return DistributionRepository.save(tx, distribution, actor, now, AuditAction.IMPORT);
        }

        @Override
        public Optional<Deal> loadDeal(long id) {
            return new DealRepository(tx).findById(id);
        }

        @Override
        public long save(Deal deal) {
            return DealRepository.saveWithoutReading(tx, deal, actor, now, AuditAction.IMPORT);
        }

        @Override
        public void markCompactionDue() {
            org.transferdesk.db.AppMeta.markCompactionDue(tx);
        }

        @Override
        public Company company(String name) {
            return companies.computeIfAbsent(name, n -> CounterpartyRepository.findCompanyByName(tx, n)
                    .orElseGet(() -> new CounterpartyRepository(tx)
                            .saveCompany(new Company(null, n, null, null, CompanyOrigin.CREATED, 0))));
        }

        @Override
        public long departmentId(String name) {
            return departments.computeIfAbsent(name, n -> DepartmentRepository.findOrCreate(tx, n, actor, now));
        }

        @Override
        public Person save(Person person) {
            return PersonRepository.save(tx, person, actor, now, AuditAction.IMPORT);
        }

        @Override
        public Optional<Disclosure> loadResult(long id) {
            return new DisclosureRepository(tx).findById(id);
        }

        @Override
        public Disclosure save(Disclosure disclosure) {
            return DisclosureRepository.save(tx, disclosure, actor, now, AuditAction.IMPORT);
        }
    }
}
