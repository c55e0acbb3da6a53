package org.transferdesk.deal.persistence;

import static org.transferdesk.db.jooq.Tables.COMPANY;
import static org.transferdesk.db.jooq.Tables.COUNTERPARTY;
import static org.transferdesk.db.jooq.Tables.DEAL;
import static org.transferdesk.db.jooq.Tables.DEAL_EQUITY;
import static org.transferdesk.db.jooq.Tables.JOINT_INSTITUTION;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditDiff;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Pinyin;
import org.transferdesk.common.StaleRecordException;
import org.transferdesk.db.jooq.tables.records.CounterpartyRecord;
import org.transferdesk.deal.Company;
import org.transferdesk.deal.CompanyHolding;
import org.transferdesk.deal.CompanyOrigin;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.DealParty;
import org.transferdesk.deal.EnterpriseSize;
import org.transferdesk.deal.IndustrySection;
import org.transferdesk.deal.Province;

/** Counterparties (with duplicate lookup and merge) and the company register. */
public final class CounterpartyRepository {
    public static final String ENTITY = "counterparty";
    private final DSLContext dsl;

    public CounterpartyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Counterparty map(CounterpartyRecord r) {
        return new Counterparty(r.getId(), r.getName(), r.getCreditCode(), r.getRegion(),
                Province.ofCode(r.getProvinceCode()).orElse(null), r.getIndustry(),
                IndustrySection.ofCode(r.getIndustryCode()).orElse(null),
                r.getEnterpriseSize() == null ? null : EnterpriseSize.valueOf(r.getEnterpriseSize()), r.getContact(),
                r.getVersion());
    }

    /** In pinyin order (the database would order by code point): every picker and list offers them so. */
    public List<Counterparty> findAll() {
        List<Counterparty> all = dsl.selectFrom(COUNTERPARTY).fetch(CounterpartyRepository::map);
        all.sort(Pinyin.by(Counterparty::name));
        return all;
    }

    public Optional<Counterparty> findById(long id) {
        return dsl.selectFrom(COUNTERPARTY).where(COUNTERPARTY.ID.eq(id)).fetchOptional(CounterpartyRepository::map);
    }

    /**
     * Counterparties whose free-text region or industry maps to no structured value yet (after V11's mapping or a
     * later edit): the gaps the report's counts by province and industry would miss (R-REPORT-MORE).
     */
    public List<Counterparty> unmappedText() {
        var regionGap = COUNTERPARTY.PROVINCE_CODE.isNull().and(DSL.trim(COUNTERPARTY.REGION).ne(""));
        var industryGap = COUNTERPARTY.INDUSTRY_CODE.isNull().and(DSL.trim(COUNTERPARTY.INDUSTRY).ne(""));
        return dsl.selectFrom(COUNTERPARTY).where(regionGap.or(industryGap)).orderBy(COUNTERPARTY.NAME)
                .fetch(CounterpartyRepository::map);
    }

    /**
     * For the report's counts by the counterparty's industry and region (R-REPORT-MORE): every deal that has a
     * counterparty, with its province and industry section (null while not known).
     */
    public List<DealParty> dealParties() {
        return dsl.select(DEAL.ID, COUNTERPARTY.ID, COUNTERPARTY.NAME, COUNTERPARTY.PROVINCE_CODE,
                        COUNTERPARTY.INDUSTRY_CODE)
                .from(DEAL).join(COUNTERPARTY).on(COUNTERPARTY.ID.eq(DEAL.COUNTERPARTY_ID))
                .orderBy(DEAL.ID)
                .fetch(r -> new DealParty(r.value1(), r.value2(), r.value3(), Province.ofCode(r.value4()).orElse(null),
                        IndustrySection.ofCode(r.value5()).orElse(null)));
    }

    /** An existing counterparty with the same credit code or the same normalised name. */
    public Optional<Counterparty> findDuplicate(String name, String creditCode, Long exceptId) {
        // two lookups on the unique keys, not one with OR: H2 scanned the whole table for `name_key = ? OR
        // credit_code = ?`, once per contract of an import (issue 20); of two matches the older one wins, as the
        // scan in id order returned it
        Optional<Counterparty> byName = first(COUNTERPARTY.NAME_KEY.eq(Counterparty.nameKey(name)), exceptId);
        if (creditCode == null || creditCode.isBlank()) {
            return byName;
        }
        Optional<Counterparty> byCode = first(COUNTERPARTY.CREDIT_CODE.eq(creditCode), exceptId);
        if (byName.isEmpty() || byCode.isEmpty()) {
            return byName.isPresent() ? byName : byCode;
        }
        return byName.get().id() <= byCode.get().id() ? byName : byCode;
    }

    private Optional<Counterparty> first(org.jooq.Condition which, Long exceptId) {
        return dsl.selectFrom(COUNTERPARTY).where(which)
                .and(exceptId == null ? DSL.trueCondition() : COUNTERPARTY.ID.ne(exceptId))
                .fetchOptional(CounterpartyRepository::map);
    }

    public Counterparty save(Counterparty c, String actor, LocalDateTime now) {
        return dsl.transactionResult(t -> save(t.dsl(), c, actor, now));
    }

    public static Counterparty save(DSLContext tx, Counterparty c, String actor, LocalDateTime now) {
        CounterpartyRecord rec = tx.newRecord(COUNTERPARTY);
        rec.setName(c.name());
        rec.setNameKey(Counterparty.nameKey(c.name()));
        rec.setCreditCode(c.creditCode());
        rec.setRegion(c.region());
        rec.setIndustry(c.industry());
        rec.setProvinceCode(c.province() == null ? null : c.province().code());
        rec.setIndustryCode(c.industrySection() == null ? null : c.industrySection().code());
        rec.setEnterpriseSize(c.size() == null ? null : c.size().name());
        rec.setContact(c.contact());
        Map<String, Object> before = Map.of();
        long id;
        if (c.id() == null) {
            rec.store();
            id = rec.getId();
        } else {
            before = fields(new CounterpartyRepository(tx).findById(c.id())
                    .orElseThrow(() -> AuditRepository.staleRecord(tx, ENTITY, c.id())));
            rec.setVersion(c.version() + 1);
            rec.setUpdatedAt(now);
            rec.changed(COUNTERPARTY.ID, false);
            if (tx.update(COUNTERPARTY).set(rec).where(COUNTERPARTY.ID.eq(c.id()).and(COUNTERPARTY.VERSION.eq(c.version())))
                    .execute() == 0) {
                throw AuditRepository.staleRecord(tx, ENTITY, c.id());
            }
            id = c.id();
        }
        Counterparty saved = new CounterpartyRepository(tx).findById(id).orElseThrow();
        AuditRepository.append(tx, new AuditEntry(now, actor, ENTITY, id,
                c.id() == null ? AuditAction.CREATE : AuditAction.UPDATE, AuditDiff.between(before, fields(saved))));
        return saved;
    }

    /**
     * Gives {@code found} the province and industry section of {@code written} where it has none yet, each with its
     * text as written when {@code found} has no text of its own; audited as an update. What the office recorded is
     * never overwritten, and unchanged records are not written.
     */
    public static Counterparty fillPlace(DSLContext tx, Counterparty found, Counterparty written, String actor,
                                         LocalDateTime now) {
        boolean fillRegion = found.province() == null && written.province() != null;
        boolean fillIndustry = found.industrySection() == null && written.industrySection() != null;
        if (!fillRegion && !fillIndustry) {
            return found;
        }
        return save(tx, new Counterparty(found.id(), found.name(), found.creditCode(),
                fillRegion && blank(found.region()) ? written.region() : found.region(),
                fillRegion ? written.province() : found.province(),
                fillIndustry && blank(found.industry()) ? written.industry() : found.industry(),
                fillIndustry ? written.industrySection() : found.industrySection(),
                found.size(), found.contact(), found.version()), actor, now);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Issue 25: the events attended, leads and contact log go with the kept record (an event lists a company once). */
    private static void moveOutreach(DSLContext tx, long kept, long duplicate) {
        var company = org.transferdesk.db.jooq.Tables.OUTREACH_EVENT_COMPANY;
        tx.deleteFrom(company).where(company.COUNTERPARTY_ID.eq(duplicate).and(company.EVENT_ID.in(
                org.jooq.impl.DSL.select(company.EVENT_ID).from(company).where(company.COUNTERPARTY_ID.eq(kept)))))
                .execute();
        tx.update(company).set(company.COUNTERPARTY_ID, kept).where(company.COUNTERPARTY_ID.eq(duplicate)).execute();
        var lead = org.transferdesk.db.jooq.Tables.OUTREACH_LEAD;
        tx.update(lead).set(lead.COUNTERPARTY_ID, kept).where(lead.COUNTERPARTY_ID.eq(duplicate)).execute();
        var contact = org.transferdesk.db.jooq.Tables.CONTACT_ENTRY;
        tx.update(contact).set(contact.COUNTERPARTY_ID, kept).where(contact.COUNTERPARTY_ID.eq(duplicate)).execute();
    }

    /** Moves every deal of {@code duplicate} to {@code kept} and deletes the duplicate, in one transaction. */
    public void merge(long kept, long duplicate, String actor, LocalDateTime now) {
        dsl.transaction(t -> {
            DSLContext tx = t.dsl();
            int moved = tx.update(DEAL).set(DEAL.COUNTERPARTY_ID, kept).where(DEAL.COUNTERPARTY_ID.eq(duplicate)).execute();
            tx.update(JOINT_INSTITUTION).set(JOINT_INSTITUTION.COUNTERPARTY_ID, kept)
                    .where(JOINT_INSTITUTION.COUNTERPARTY_ID.eq(duplicate)).execute();
            moveOutreach(tx, kept, duplicate);
            // issue 25: the duplicate's technical needs are the kept company's (their key would refuse the delete)
            tx.update(org.transferdesk.db.jooq.Tables.TECH_NEED)
                    .set(org.transferdesk.db.jooq.Tables.TECH_NEED.COUNTERPARTY_ID, kept)
                    .where(org.transferdesk.db.jooq.Tables.TECH_NEED.COUNTERPARTY_ID.eq(duplicate)).execute();
            tx.deleteFrom(COUNTERPARTY).where(COUNTERPARTY.ID.eq(duplicate)).execute();
            AuditRepository.append(tx, new AuditEntry(now, actor, ENTITY, kept, AuditAction.MERGE, List.of(
                    new org.transferdesk.audit.FieldChange("mergedFrom", String.valueOf(duplicate), moved + " deals"))));
        });
    }

    /** What a counterparty's audit row records of it (the import's batched writer audits new ones the same way). */
    public static Map<String, Object> auditFields(Counterparty c) {
        return fields(c);
    }

    private static Map<String, Object> fields(Counterparty c) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("name", c.name());
        m.put("creditCode", c.creditCode());
        m.put("region", c.region());
        m.put("province", c.province() == null ? null : c.province().code());
        m.put("industry", c.industry());
        m.put("industrySection", c.industrySection() == null ? null : c.industrySection().code());
        m.put("size", c.size());
        m.put("contact", c.contact());
        return m;
    }

    public List<Company> companies() {
        List<Company> all = dsl.selectFrom(COMPANY).fetch(r -> new Company(r.getId(), r.getName(),
                r.getCreditCode(), r.getRegisteredCapital(), CompanyOrigin.valueOf(r.getOrigin()), r.getVersion()));
        all.sort(Pinyin.by(Company::name));
        return all;
    }

    /** The company of the register with exactly this name (names are unique there). */
    public static Optional<Company> findCompanyByName(DSLContext ctx, String name) {
        return ctx.selectFrom(COMPANY).where(COMPANY.NAME.eq(name)).fetchOptional(r -> new Company(r.getId(),
                r.getName(), r.getCreditCode(), r.getRegisteredCapital(), CompanyOrigin.valueOf(r.getOrigin()),
                r.getVersion()));
    }

    public Company saveCompany(Company c) {
        if (c.id() == null) {
            long id = dsl.insertInto(COMPANY).set(COMPANY.NAME, c.name()).set(COMPANY.CREDIT_CODE, c.creditCode())
                    .set(COMPANY.REGISTERED_CAPITAL, c.registeredCapital()).set(COMPANY.ORIGIN, c.origin().name())
                    .returning(COMPANY.ID).fetchOne().getId();
            return new Company(id, c.name(), c.creditCode(), c.registeredCapital(), c.origin(), 0);
        }
        if (dsl.update(COMPANY).set(COMPANY.NAME, c.name()).set(COMPANY.CREDIT_CODE, c.creditCode())
                .set(COMPANY.REGISTERED_CAPITAL, c.registeredCapital()).set(COMPANY.ORIGIN, c.origin().name())
                .set(COMPANY.VERSION, c.version() + 1)
                .where(COMPANY.ID.eq(c.id()).and(COMPANY.VERSION.eq(c.version()))).execute() == 0) {
            throw new StaleRecordException("company", c.id());
        }
        return new Company(c.id(), c.name(), c.creditCode(), c.registeredCapital(), c.origin(), c.version() + 1);
    }

    /**
     * Every company with the university's summed share and summed 作价 amount from its equity deals that are
     * not terminated (zero when there is none).
     */
    public List<CompanyHolding> companyHoldings() {
        var share = DSL.coalesce(DSL.sum(DEAL_EQUITY.UNIVERSITY_SHARE), java.math.BigDecimal.ZERO);
        var amount = DSL.coalesce(DSL.sum(DEAL.CONTRACT_AMOUNT), java.math.BigDecimal.ZERO);
        var deals = DSL.count(DEAL.ID);
        return dsl.select(COMPANY.ID, COMPANY.NAME, COMPANY.CREDIT_CODE, COMPANY.REGISTERED_CAPITAL, COMPANY.ORIGIN,
                        COMPANY.VERSION, share, amount, deals)
                .from(COMPANY)
                .leftJoin(DEAL_EQUITY.join(DEAL).on(DEAL.ID.eq(DEAL_EQUITY.DEAL_ID).and(DEAL.STATUS.ne("TERMINATED"))))
                .on(DEAL_EQUITY.COMPANY_ID.eq(COMPANY.ID))
                .groupBy(COMPANY.ID, COMPANY.NAME, COMPANY.CREDIT_CODE, COMPANY.REGISTERED_CAPITAL, COMPANY.ORIGIN,
                        COMPANY.VERSION)
                .orderBy(COMPANY.NAME)
                .fetch(r -> new CompanyHolding(new Company(r.value1(), r.value2(), r.value3(), r.value4(),
                        CompanyOrigin.valueOf(r.value5()), r.value6()),
                        new Percent(r.value9() == 0 ? java.math.BigDecimal.ZERO : r.value7()),
                        r.value9() == 0 ? java.math.BigDecimal.ZERO.setScale(2) : r.value8().setScale(2), r.value9()));
    }
}
