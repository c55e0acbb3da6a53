package org.transferdesk.report.persistence;

import static org.jooq.impl.DSL.sum;
import static org.transferdesk.db.jooq.Tables.COMPANY;
import static org.transferdesk.db.jooq.Tables.COUNTERPARTY;
import static org.transferdesk.db.jooq.Tables.DEAL;
import static org.transferdesk.db.jooq.Tables.DEAL_EQUITY;
import static org.transferdesk.db.jooq.Tables.DEAL_RESULT;
import static org.transferdesk.db.jooq.Tables.DEPARTMENT;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.DISTRIBUTION;
import static org.transferdesk.db.jooq.Tables.DISTRIBUTION_LINE;
import static org.transferdesk.db.jooq.Tables.DISTRIBUTION_RECEIPT;
import static org.transferdesk.db.jooq.Tables.DISTRIBUTION_UNIT_PART;
import static org.transferdesk.db.jooq.Tables.IP_ASSET;
import static org.transferdesk.db.jooq.Tables.PERSON;
import static org.transferdesk.db.jooq.Tables.PERSON_EPISODE;
import static org.transferdesk.db.jooq.Tables.PILOT_CASE;
import static org.transferdesk.db.jooq.Tables.PILOT_STEP;
import static org.transferdesk.db.jooq.Tables.RECEIPT;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.transferdesk.deal.CompanyOrigin;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealParty;
import org.transferdesk.deal.IndustrySection;
import org.transferdesk.deal.Province;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.institution.JointInstitution;
import org.transferdesk.institution.persistence.InstitutionRepository;
import org.transferdesk.ip.IpType;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.Tax58;
import org.transferdesk.reward.UnitPart;
import org.transferdesk.report.ReportContract;
import org.transferdesk.report.ReportData;
import org.transferdesk.report.ReportDistribution;
import org.transferdesk.report.ReportEpisode;
import org.transferdesk.report.ReportIp;
import org.transferdesk.report.ReportPilot;
import org.transferdesk.report.ReportReceipt;
import org.transferdesk.report.ReportResult;
import org.transferdesk.report.ReportRewardLine;

/**
 * Reads the records the annual report needs for the years {@code from}–{@code to}: only what touches those
 * years (contracts signed or registered in them or with money or rewards in them, their results, receipts in
 * the years, rewards paid or approved in them), so a report over a large ledger reads a year's share of it.
 * Receipts before {@code from} come as one sum per contract.
 */
public final class ReportRepository {
    private static final int CHUNK = 1000;
    private final DSLContext dsl;

    /** How many contract ids one read takes as an array (H2 holds at most 65,536 elements in one). */
    static final int ARRAY_CHUNK = 50_000;
    private final int arrayChunk;

    /** The audit chain's latest place and hash, which the report's exports record (issue 22). */
    public org.transferdesk.audit.AuditChain.Anchor auditAnchor() {
        return new org.transferdesk.audit.persistence.AuditChainRepository(dsl).latest();
    }

    public ReportRepository(DSLContext dsl) {
        this(dsl, ARRAY_CHUNK);
    }

    /** {@code arrayChunk}: smaller in a test, to read a small ledger in several parts. */
    ReportRepository(DSLContext dsl, int arrayChunk) {
        this.dsl = dsl;
        this.arrayChunk = arrayChunk;
    }

    public ReportData load(LocalDate from, LocalDate to, boolean nonProfitUnit) {
        return load(from, to, nonProfitUnit, Map.of());
    }

    /**
     * The records of the years with R-REPORT-MORE's registers (the counterparties' places, the jointly built
     * institutions, office staff) and the distributions' unit split (R-UNIT-SPLIT); {@code unitProvinces} is the
     * unit's province on each year's last day (a year missing: not set).
     */
    public ReportData load(LocalDate from, LocalDate to, boolean nonProfitUnit, Map<Integer, Province> unitProvinces) {
        List<ReportReceipt> receipts = receipts(from, to);
        List<ReportRewardLine> lines = rewardLines(from, to);
        List<DealParty> parties = new ArrayList<>();
        List<ReportContract> contracts = contracts(dealIds(from, to, receipts, lines), from, parties);
        Set<Long> resultIds = new HashSet<>();
        contracts.forEach(c -> resultIds.addAll(c.resultIds()));
        List<ReportIp> ips = ips(from, to);
        ips.forEach(i -> resultIds.add(i.resultId()));
        List<ReportPilot> pilots = pilots();
        pilots.forEach(p -> resultIds.add(p.resultId()));
        return new ReportData(from, contracts, receipts, lines, results(resultIds, from, to), ips, pilots,
                episodes(from, to), nonProfitUnit, parties, unitProvinces, institutions(from, to),
                distributions(from, to));
    }

    private List<ReportReceipt> receipts(LocalDate from, LocalDate to) {
        return rows(dsl.select(RECEIPT.ID, RECEIPT.DEAL_ID, RECEIPT.RECEIVED_ON, RECEIPT.AMOUNT).from(RECEIPT)
                        .where(RECEIPT.RECEIVED_ON.between(from, to)),
                rs -> new ReportReceipt(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getBigDecimal(4)));
    }

    /**
     * The contracts the years touch: signed or registered in the years, with money received in them or with a live
     * distribution's line paid or approved in them. The last two come from the receipts and reward lines already
     * read, so only the first two are asked of the database; the ids are then joined as an array (issue 20: as a
     * five-branch UNION joined to the contracts, H2 spent half of the report's contract read making the union
     * distinct, 30,000 receipts' deal ids among them, at 100,000 contracts).
     */
    private Long[] dealIds(LocalDate from, LocalDate to, List<ReportReceipt> receipts, List<ReportRewardLine> lines) {
        Set<Long> ids = new HashSet<>(dsl.select(DEAL.ID).from(DEAL).where(DEAL.SIGNED_ON.between(from, to))
                .unionAll(DSL.select(DEAL.ID).from(DEAL).where(DEAL.REGISTERED_ON.between(from, to)))
                .fetch(DEAL.ID));
        receipts.forEach(r -> ids.add(r.contractId()));
        lines.forEach(l -> {
            if (l.contractId() != null) {
                ids.add(l.contractId());
            }
        });
        return ids.stream().sorted().toArray(Long[]::new);
    }

    private static final String ID = "id";

    /**
     * The contracts, and into {@code parties} the counterparty of each that has one (its province and GB/T 4754
     * section, null while not known) from the same rows: a second read of the same contracts by id cost the report
     * a sixth of its time on a large ledger (issue 20). Each contract's results and its receipts before {@code from}
     * come in the same statement as correlated subqueries, which H2 answers by the deal_id indexes: as separate
     * statements joined to the ids they made H2 work out the years' contract ids three times (issue 20).
     */
    private List<ReportContract> contracts(Long[] dealIds, LocalDate from, List<DealParty> parties) {
        Map<Long, DealParty> partyOf = new HashMap<>();
        List<ReportContract> contracts = new ArrayList<>();
        // five years of a 1,000,000-contract ledger touch more contracts than H2 holds in one array
        for (int i = 0; i < dealIds.length; i += arrayChunk) {
            contracts.addAll(contracts(java.util.Arrays.copyOfRange(dealIds, i,
                    Math.min(dealIds.length, i + arrayChunk)), from, partyOf));
        }
        // In id order, as the set of ids read before came (the trace lists lines in the order counted), sorted here:
        // an ORDER BY made H2 walk every contract by key and probe the ids for each (issue 20).
        contracts.sort(java.util.Comparator.comparingLong(ReportContract::id));
        for (ReportContract k : contracts) {
            DealParty p = partyOf.get(k.id());
            if (p != null) {
                parties.add(p);
            }
        }
        return contracts;
    }

    private List<ReportContract> contracts(Long[] dealIds, LocalDate from, Map<Long, DealParty> partyOf) {
        org.jooq.Table<?> ids = DSL.unnest(dealIds).as("report_deal_ids", ID);
        Field<Long> dealId = ids.field(ID, Long.class);
        Field<BigDecimal> before = DSL.field(DSL.select(sum(RECEIPT.AMOUNT)).from(RECEIPT)
                .where(RECEIPT.DEAL_ID.eq(DEAL.ID)).and(RECEIPT.RECEIVED_ON.lt(from))).as("received_before");
        Field<Long[]> results = DSL.field(DSL.select(DSL.arrayAgg(DEAL_RESULT.DISCLOSURE_ID)
                        .orderBy(DEAL_RESULT.DISCLOSURE_ID)).from(DEAL_RESULT).where(DEAL_RESULT.DEAL_ID.eq(DEAL.ID)))
                .as("result_ids");
        List<Field<?>> columns = List.of(DEAL.ID, DEAL.CONTRACT_NO, DEAL.TITLE, DEAL.MODE,
                DEAL.LICENSE_KIND, DEAL.STATUS, DEAL.SIGNED_ON, DEAL.REGISTERED_ON, DEAL.REGISTRATION_NO,
                DEAL.CONTRACT_AMOUNT, DEAL.PRICING_METHOD, DEAL.RELATED_PARTY, COUNTERPARTY.NAME,
                COUNTERPARTY.CREDIT_CODE, DEAL_EQUITY.UNIVERSITY_SHARE, COMPANY.ID, COMPANY.NAME,
                COMPANY.ORIGIN, COUNTERPARTY.ID, COUNTERPARTY.PROVINCE_CODE, COUNTERPARTY.INDUSTRY_CODE,
                before, results);
        // Each value by its column's position, found once: Record.get(Field) searches the row's fields on every call,
        // 23 calls a contract and two more a comparison of the sort (issue 20: jOOQ's field search showed in the
        // report's profile).
        Column c = new Column(columns);
        return rows(dsl.select(columns)
                .from(ids)
                .join(DEAL).on(DEAL.ID.eq(dealId))
                .leftJoin(COUNTERPARTY).on(COUNTERPARTY.ID.eq(DEAL.COUNTERPARTY_ID))
                .leftJoin(DEAL_EQUITY).on(DEAL_EQUITY.DEAL_ID.eq(DEAL.ID))
                .leftJoin(COMPANY).on(COMPANY.ID.eq(DEAL_EQUITY.COMPANY_ID)), r -> {
                    long id = c.get(r, DEAL.ID);
                    Long counterpartyId = c.get(r, COUNTERPARTY.ID);
                    if (counterpartyId != null) {
                        partyOf.put(id, new DealParty(id, counterpartyId, c.get(r, COUNTERPARTY.NAME),
                                Province.ofCode(c.get(r, COUNTERPARTY.PROVINCE_CODE)).orElse(null),
                                IndustrySection.ofCode(c.get(r, COUNTERPARTY.INDUSTRY_CODE)).orElse(null)));
                    }
                    return new ReportContract(id, c.get(r, DEAL.CONTRACT_NO), c.get(r, DEAL.TITLE),
                            DealMode.valueOf(c.get(r, DEAL.MODE)), enumOf(LicenseKind.class, c.get(r, DEAL.LICENSE_KIND)),
                            DealStatus.valueOf(c.get(r, DEAL.STATUS)), c.get(r, DEAL.SIGNED_ON),
                            c.get(r, DEAL.REGISTERED_ON), c.get(r, DEAL.REGISTRATION_NO),
                            c.get(r, DEAL.CONTRACT_AMOUNT), c.get(r, COUNTERPARTY.NAME),
                            c.get(r, COUNTERPARTY.CREDIT_CODE),
                            enumOf(PricingMethod.class, c.get(r, DEAL.PRICING_METHOD)), c.get(r, DEAL.RELATED_PARTY),
                            c.get(r, DEAL_EQUITY.UNIVERSITY_SHARE), c.get(r, COMPANY.ID), c.get(r, COMPANY.NAME),
                            enumOf(CompanyOrigin.class, c.get(r, COMPANY.ORIGIN)), resultIds(c.get(r, results)),
                            yuan(c.get(r, before)));
                });
    }

    /**
     * Lines of live distributions paid (or approved) in the years, with what R-TAX58 needs: the deal's
     * registration, the publicity (as Workflow.isPublicised) and the receipts the distribution comes from —
     * an imported payment's own, linked when imported, never guessed here.
     */
    public List<ReportRewardLine> rewardLines(LocalDate from, LocalDate to) {
        List<SelectField<?>> columns = List.of(DISTRIBUTION_LINE.ID, DISTRIBUTION.ID, DISTRIBUTION.DEAL_ID,
                DEAL.CONTRACT_NO, DISTRIBUTION.KIND, DEAL.MODE, DISTRIBUTION_LINE.PERSON_ID, PERSON.NAME,
                DISTRIBUTION_LINE.AMOUNT, DISTRIBUTION_LINE.PAID_ON, DISTRIBUTION.APPROVED_ON,
                DISTRIBUTION_LINE.KEY_CONTRIBUTOR, DISTRIBUTION_LINE.LEADER_ROLE, DISTRIBUTION_LINE.WAIVED,
                DISTRIBUTION.PUBLICITY_TO, DISTRIBUTION.PUBLICITY_DOC_NO, DISTRIBUTION.PUBLICISED_PER_LEDGER,
                DEAL.REGISTRATION_NO, DISTRIBUTION_LINE.TAX_WITHHELD);
        List<Record> rows = new ArrayList<>(dsl.fetch(linesDated(columns, paidIn(from, to))
                .union(linesDated(columns, approvedIn(from, to)))));
        // In line id order whatever plan H2 picks for the union (the trace lists lines in the order counted).
        rows.sort(java.util.Comparator.comparing(r -> r.get(DISTRIBUTION_LINE.ID)));
        Set<Long> distributionIds = new HashSet<>();
        rows.forEach(r -> distributionIds.add(r.get(DISTRIBUTION.ID)));
        Map<Long, List<Tax58.Source>> receipts = new HashMap<>();
        for (List<Long> chunk : chunks(distributionIds)) {
            dsl.select(DISTRIBUTION_RECEIPT.DISTRIBUTION_ID, RECEIPT.RECEIVED_ON, RECEIPT.AMOUNT)
                    .from(DISTRIBUTION_RECEIPT).join(RECEIPT).on(RECEIPT.ID.eq(DISTRIBUTION_RECEIPT.RECEIPT_ID))
                    .where(DISTRIBUTION_RECEIPT.DISTRIBUTION_ID.in(inlined(chunk))).orderBy(RECEIPT.RECEIVED_ON, RECEIPT.ID)
                    .forEach(r -> receipts.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                            .add(new Tax58.Source(r.value2(), r.value3())));
        }
        List<ReportRewardLine> lines = new ArrayList<>(rows.size());
        for (Record r : rows) {
            String mode = r.get(DEAL.MODE);
            lines.add(new ReportRewardLine(r.get(DISTRIBUTION_LINE.ID), r.get(DISTRIBUTION.ID),
                    r.get(DISTRIBUTION.DEAL_ID), r.get(DEAL.CONTRACT_NO),
                    DistributionKind.valueOf(r.get(DISTRIBUTION.KIND)),
                    mode == null ? null : DealMode.valueOf(mode), r.get(DISTRIBUTION_LINE.PERSON_ID),
                    r.get(PERSON.NAME), r.get(DISTRIBUTION_LINE.AMOUNT), r.get(DISTRIBUTION_LINE.PAID_ON),
                    r.get(DISTRIBUTION.APPROVED_ON), r.get(DISTRIBUTION_LINE.KEY_CONTRIBUTOR),
                    LeaderRole.valueOf(r.get(DISTRIBUTION_LINE.LEADER_ROLE)), r.get(DISTRIBUTION_LINE.WAIVED),
                    r.get(DISTRIBUTION.PUBLICITY_TO) != null || r.get(DISTRIBUTION.PUBLICITY_DOC_NO) != null
                            || r.get(DISTRIBUTION.PUBLICISED_PER_LEDGER),
                    r.get(DEAL.REGISTRATION_NO) != null && !r.get(DEAL.REGISTRATION_NO).isBlank(),
                    receipts.getOrDefault(r.get(DISTRIBUTION.ID), List.of()), r.get(DISTRIBUTION_LINE.TAX_WITHHELD)));
        }
        return lines;
    }

    /**
     * Lines of live distributions paid, or approved, in the years: two reads joined by UNION, each on its own date
     * index, because {@code paid_on OR approved_on} (columns of two tables) made H2 read every line ever (issue 20).
     */
    private Select<Record> linesDated(List<SelectField<?>> columns, Condition dated) {
        return dsl.select(columns).from(DISTRIBUTION_LINE)
                .join(DISTRIBUTION).on(DISTRIBUTION.ID.eq(DISTRIBUTION_LINE.DISTRIBUTION_ID))
                .join(PERSON).on(PERSON.ID.eq(DISTRIBUTION_LINE.PERSON_ID))
                .leftJoin(DEAL).on(DEAL.ID.eq(DISTRIBUTION.DEAL_ID))
                .where(dated).and(LIVE);
    }

    private static final Condition LIVE = DISTRIBUTION.STATUS.ne("REVOKED");

    private static Condition paidIn(LocalDate from, LocalDate to) {
        return DISTRIBUTION_LINE.PAID_ON.between(from, to);
    }

    private static Condition approvedIn(LocalDate from, LocalDate to) {
        return DISTRIBUTION.APPROVED_ON.between(from, to);
    }

    private List<ReportIp> ips(LocalDate from, LocalDate to) {
        return dsl.select(IP_ASSET.ID, IP_ASSET.DISCLOSURE_ID, IP_ASSET.IP_TYPE, IP_ASSET.APPLICATION_NO,
                        IP_ASSET.FILED_ON, IP_ASSET.GRANTED_ON).from(IP_ASSET)
                .where(IP_ASSET.FILED_ON.between(from, to).or(IP_ASSET.GRANTED_ON.between(from, to)))
                .fetch(r -> new ReportIp(r.value1(), r.value2(), IpType.valueOf(r.value3()), r.value4(), r.value5(),
                        r.value6()));
    }

    /** Results disclosed in the years, and the results of the contracts, IP and pilot cases read. */
    private List<ReportResult> results(Set<Long> ids, LocalDate from, LocalDate to) {
        Map<Long, Record> rows = new HashMap<>();
        var columns = List.of(DISCLOSURE.ID, DISCLOSURE.RESULT_NO, DISCLOSURE.TITLE, DISCLOSURE.DISCLOSED_ON,
                DEPARTMENT.NAME, DISCLOSURE.RESULT_TYPE, DISCLOSURE.FUNDING_SOURCE, DISCLOSURE.CONFIDENTIAL);
        dsl.select(columns).from(DISCLOSURE).leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(DISCLOSURE.DEPARTMENT_ID))
                .where(DISCLOSURE.DISCLOSED_ON.between(from, to)).forEach(r -> rows.put(r.get(DISCLOSURE.ID), r));
        List<Long> missing = ids.stream().filter(id -> !rows.containsKey(id)).toList();
        for (List<Long> chunk : chunks(missing)) {
            dsl.select(columns).from(DISCLOSURE).leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(DISCLOSURE.DEPARTMENT_ID))
                    .where(DISCLOSURE.ID.in(inlined(chunk))).forEach(r -> rows.put(r.get(DISCLOSURE.ID), r));
        }
        Map<Long, List<String>> numbers = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            dsl.select(IP_ASSET.DISCLOSURE_ID, IP_ASSET.APPLICATION_NO).from(IP_ASSET)
                    .where(IP_ASSET.DISCLOSURE_ID.in(inlined(chunk)).and(IP_ASSET.APPLICATION_NO.isNotNull()))
                    .orderBy(IP_ASSET.ID)
                    .forEach(r -> numbers.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        }
        List<ReportResult> results = new ArrayList<>(rows.size());
        for (Record r : rows.values()) {
            long id = r.get(DISCLOSURE.ID);
            results.add(new ReportResult(id, r.get(DISCLOSURE.RESULT_NO), r.get(DISCLOSURE.TITLE),
                    r.get(DISCLOSURE.DISCLOSED_ON), r.get(DEPARTMENT.NAME),
                    enumOf(ResultType.class, r.get(DISCLOSURE.RESULT_TYPE)),
                    enumOf(FundingSource.class, r.get(DISCLOSURE.FUNDING_SOURCE)), r.get(DISCLOSURE.CONFIDENTIAL),
                    numbers.getOrDefault(id, List.of())));
        }
        return results;
    }

    /** Every pilot case with the dates of its agreement, registration and conversion (a small table). */
    private List<ReportPilot> pilots() {
        Map<Long, Map<PilotStep, LocalDate>> dates = new HashMap<>();
        Map<Long, PilotStep> last = new HashMap<>();
        dsl.select(PILOT_STEP.CASE_ID, PILOT_STEP.STEP, PILOT_STEP.DONE_ON).from(PILOT_STEP)
                .orderBy(PILOT_STEP.CASE_ID, PILOT_STEP.ID).forEach(r -> {
                    PilotStep step = PilotStep.valueOf(r.value2());
                    last.put(r.value1(), step);
                    if (r.value3() != null) {
                        dates.computeIfAbsent(r.value1(), k -> new java.util.EnumMap<>(PilotStep.class))
                                .put(step, r.value3());
                    }
                });
        return dsl.select(PILOT_CASE.ID, PILOT_CASE.CASE_NO, PILOT_CASE.DISCLOSURE_ID, DISCLOSURE.TITLE, PILOT_CASE.MODEL)
                .from(PILOT_CASE).join(DISCLOSURE).on(DISCLOSURE.ID.eq(PILOT_CASE.DISCLOSURE_ID))
                .fetch(r -> {
                    Map<PilotStep, LocalDate> d = dates.getOrDefault(r.value1(), Map.of());
                    return new ReportPilot(r.value1(), r.value2(), r.value3(), r.value4(),
                            PilotModel.valueOf(r.value5()), last.get(r.value1()), d.get(PilotStep.AGREEMENT),
                            d.get(PilotStep.REGISTERED), d.get(PilotStep.CONVERTED));
                });
    }

    /** 兼职, 离岗创业 and office staff (TTO_STAFF: an open post has no end) covering a day of the years. */
    private List<ReportEpisode> episodes(LocalDate from, LocalDate to) {
        var end = DSL.coalesce(PERSON_EPISODE.EXTENDED_TO, PERSON_EPISODE.ENDS_ON);
        return dsl.select(PERSON_EPISODE.ID, PERSON_EPISODE.PERSON_ID, PERSON.NAME, PERSON_EPISODE.KIND,
                        PERSON_EPISODE.COMPANY, PERSON_EPISODE.STARTS_ON, end)
                .from(PERSON_EPISODE).join(PERSON).on(PERSON.ID.eq(PERSON_EPISODE.PERSON_ID))
                .where(PERSON_EPISODE.STARTS_ON.le(to).and(end.isNull().or(end.ge(from))))
                .fetch(r -> new ReportEpisode(r.value1(), r.value2(), r.value3(), EpisodeKind.valueOf(r.value4()),
                        r.value5(), r.value6(), r.value7()));
    }

    /** The register's institutions that existed at some time in the years (a small table). */
    private List<JointInstitution> institutions(LocalDate from, LocalDate to) {
        return new InstitutionRepository(dsl).findAll().stream()
                .filter(i -> i.foundedYear() != null && i.foundedYear() <= to.getYear()
                        && (i.closedYear() == null || i.closedYear() >= from.getYear()))
                .toList();
    }

    /**
     * Live cash distributions made in the app (not imported payments, which hold no income arithmetic) paid
     * (their first line) or approved in the years, with their net income, pool, university part and its stored
     * split (R-UNIT-SPLIT).
     */
    private List<ReportDistribution> distributions(LocalDate from, LocalDate to) {
        // The years are picked in SQL (issue 20: all cash distributions ever were read and filtered here): approved
        // in them, or with a line paid in them (the paid_on index) and none paid before them.
        Field<LocalDate> firstPaid = DSL.field(DSL.select(DSL.min(DISTRIBUTION_LINE.PAID_ON)).from(DISTRIBUTION_LINE)
                .where(DISTRIBUTION_LINE.DISTRIBUTION_ID.eq(DISTRIBUTION.ID)));
        Field<LocalDate> paid = firstPaid.as("first_paid");
        List<Record> rows = dsl.select(DISTRIBUTION.ID, DISTRIBUTION.DEAL_ID, DEAL.CONTRACT_NO, DISTRIBUTION.KIND,
                        DEAL.MODE, DISTRIBUTION.NET, DISTRIBUTION.POOL, DISTRIBUTION.UNIVERSITY_PART,
                        DISTRIBUTION.APPROVED_ON, paid)
                .from(DISTRIBUTION).leftJoin(DEAL).on(DEAL.ID.eq(DISTRIBUTION.DEAL_ID))
                .where(DISTRIBUTION.KIND.eq(DistributionKind.CASH.name()))
                .and(DISTRIBUTION.STATUS.ne("REVOKED"))
                // An imported payment records only what was paid (net = pool = the amount, no university part):
                // counting it would inflate the net income and understate the university's share.
                .and(DISTRIBUTION.IMPORTED.isFalse())
                .and(DISTRIBUTION.APPROVED_ON.between(from, to)
                        .or(DISTRIBUTION.ID.in(DSL.select(DISTRIBUTION_LINE.DISTRIBUTION_ID).from(DISTRIBUTION_LINE)
                                .where(DISTRIBUTION_LINE.PAID_ON.between(from, to))).and(firstPaid.ge(from))))
                .fetch().stream().map(r -> (Record) r).toList();
        Map<Long, List<UnitPart>> parts = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.get(DISTRIBUTION.ID)));
        for (List<Long> chunk : chunks(ids)) {
            dsl.selectFrom(DISTRIBUTION_UNIT_PART).where(DISTRIBUTION_UNIT_PART.DISTRIBUTION_ID.in(inlined(chunk)))
                    .orderBy(DISTRIBUTION_UNIT_PART.DISTRIBUTION_ID, DISTRIBUTION_UNIT_PART.POSITION)
                    .forEach(u -> parts.computeIfAbsent(u.getDistributionId(), k -> new ArrayList<>())
                            .add(new UnitPart(UnitPart.Unit.valueOf(u.getUnit()), u.getUnitName(), u.getShare(),
                                    u.getAmount())));
        }
        List<ReportDistribution> distributions = new ArrayList<>(rows.size());
        for (Record r : rows) {
            long id = r.get(DISTRIBUTION.ID);
            String mode = r.get(DEAL.MODE);
            distributions.add(new ReportDistribution(id, r.get(DISTRIBUTION.DEAL_ID), r.get(DEAL.CONTRACT_NO),
                    DistributionKind.valueOf(r.get(DISTRIBUTION.KIND)), mode == null ? null : DealMode.valueOf(mode),
                    r.get(DISTRIBUTION.NET), r.get(DISTRIBUTION.POOL), r.get(DISTRIBUTION.UNIVERSITY_PART),
                    parts.getOrDefault(id, List.of()), r.get(DISTRIBUTION.APPROVED_ON), r.get(paid)));
        }
        return distributions;
    }

    /** The positions of a statement's columns, found once for all its rows. */
    private static final class Column {
        // by identity: the statement's own field objects, never rendered or compared by name
        private final java.util.IdentityHashMap<Field<?>, Integer> positions = new java.util.IdentityHashMap<>();

        Column(List<Field<?>> columns) {
            for (int i = 0; i < columns.size(); i++) {
                positions.put(columns.get(i), i);
            }
        }

        <T> T get(ResultSet row, Field<T> field) throws SQLException {
            int column = positions.get(field) + 1;
            Class<T> type = field.getType();
            if (type.isArray()) {
                // an aggregated array (the contract's results): JDBC's own array, which both drivers give; asked for as
                // Long[] directly, PostgreSQL's refuses (issue 21)
                java.sql.Array array = row.getArray(column);
                if (array == null) {
                    return null;
                }
                Object[] elements = (Object[]) array.getArray();
                @SuppressWarnings("unchecked")
                T copy = (T) java.util.Arrays.copyOf(elements, elements.length,
                        (Class<? extends Object[]>) type);
                return copy;
            }
            return row.getObject(column, type);
        }
    }

    /** A row of a JDBC result as a value; SQLException as jOOQ's DataAccessException, as jOOQ's own reads throw. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * The rows of a large read straight from JDBC, by position (issue 20: jOOQ's record for each row, and its
     * conversion of each value, were a fifth of the report's time at 100,000 contracts).
     */
    private static <T> List<T> rows(org.jooq.ResultQuery<?> query, RowReader<T> reader) {
        List<T> rows = new ArrayList<>();
        try (ResultSet rs = query.fetchResultSet()) {
            while (rs.next()) {
                rows.add(reader.read(rs));
            }
        } catch (SQLException e) {
            throw new org.jooq.exception.DataAccessException(e.getMessage(), e);
        }
        return rows;
    }

    private static List<Long> resultIds(Long[] ids) {
        return ids == null ? List.of() : List.of(ids);
    }

    /** No receipt before the years: 0.00, as the sum of none. */
    private static BigDecimal yuan(BigDecimal sum) {
        return sum == null ? BigDecimal.ZERO.setScale(2) : sum;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
    }

    /**
     * A chunk's ids as literals (issue 20): H2 tests each row against a list of bind parameters one by one (1,000
     * comparisons a row), but against a list of constants with a hash set, which made the report's reads by id
     * several times faster on a large ledger. Ids are numbers read from the database: nothing to inject.
     */
    private static List<org.jooq.Field<Long>> inlined(List<Long> chunk) {
        return chunk.stream().<org.jooq.Field<Long>>map(DSL::inline).toList();
    }

    private static <T> List<List<T>> chunks(java.util.Collection<T> all) {
        List<T> list = new ArrayList<>(all);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < list.size(); i += CHUNK) {
            chunks.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
        return chunks;
    }
}
