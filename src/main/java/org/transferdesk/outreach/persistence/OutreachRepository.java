package org.transferdesk.outreach.persistence;

import static org.transferdesk.db.jooq.Tables.CONTACT_ENTRY;
import static org.transferdesk.db.jooq.Tables.COUNTERPARTY;
import static org.transferdesk.db.jooq.Tables.DEAL;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.OUTREACH_EVENT;
import static org.transferdesk.db.jooq.Tables.OUTREACH_EVENT_COMPANY;
import static org.transferdesk.db.jooq.Tables.OUTREACH_EVENT_RESULT;
import static org.transferdesk.db.jooq.Tables.OUTREACH_LEAD;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditDiff;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.outreach.CompanyRef;
import org.transferdesk.outreach.ContactEntry;
import org.transferdesk.outreach.ContactWay;
import org.transferdesk.outreach.EventKind;
import org.transferdesk.outreach.EventSummary;
import org.transferdesk.outreach.Lead;
import org.transferdesk.outreach.LeadStatus;
import org.transferdesk.outreach.NextStep;
import org.transferdesk.outreach.OutreachEvent;

/** Events with their results, companies and leads (one save, audited), and the counterparties' contact logs. */
public final class OutreachRepository {
    public static final String EVENT = "outreach_event";
    public static final String CONTACT = "contact_entry";
    private final DSLContext dsl;

    public OutreachRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- events

    /** Every event with its children, newest first. */
    public List<OutreachEvent> events() {
        return events(DSL.trueCondition());
    }

    /** The events that start in {@code year} (1 January to 31 December). */
    public List<OutreachEvent> eventsOfYear(int year) {
        return events(OUTREACH_EVENT.STARTS_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    public Optional<OutreachEvent> event(long id) {
        return events(OUTREACH_EVENT.ID.eq(id)).stream().findFirst();
    }

    private List<OutreachEvent> events(Condition where) {
        var results = DSL.multiset(DSL.select(DISCLOSURE.ID, DISCLOSURE.RESULT_NO, DISCLOSURE.TITLE)
                                .from(OUTREACH_EVENT_RESULT).join(DISCLOSURE)
                                .on(DISCLOSURE.ID.eq(OUTREACH_EVENT_RESULT.DISCLOSURE_ID))
                                .where(OUTREACH_EVENT_RESULT.EVENT_ID.eq(OUTREACH_EVENT.ID))
                                .orderBy(DISCLOSURE.RESULT_NO))
                        .convertFrom(rs -> rs.map(r -> new ResultRef(r.value1(), r.value2(), r.value3())));
        var companies = DSL.multiset(DSL.select(COUNTERPARTY.ID, COUNTERPARTY.NAME)
                                .from(OUTREACH_EVENT_COMPANY).join(COUNTERPARTY)
                                .on(COUNTERPARTY.ID.eq(OUTREACH_EVENT_COMPANY.COUNTERPARTY_ID))
                                .where(OUTREACH_EVENT_COMPANY.EVENT_ID.eq(OUTREACH_EVENT.ID))
                                .orderBy(COUNTERPARTY.NAME))
                        .convertFrom(rs -> rs.map(r -> new CompanyRef(r.value1(), r.value2())));
        var leads = DSL.multiset(DSL.select(OUTREACH_LEAD.ID, OUTREACH_LEAD.COUNTERPARTY_ID, COUNTERPARTY.NAME,
                                        OUTREACH_LEAD.DISCLOSURE_ID, DISCLOSURE.TITLE, OUTREACH_LEAD.NOTE,
                                        OUTREACH_LEAD.STATUS, OUTREACH_LEAD.DEAL_ID, DEAL.CONTRACT_NO)
                                .from(OUTREACH_LEAD).join(COUNTERPARTY)
                                .on(COUNTERPARTY.ID.eq(OUTREACH_LEAD.COUNTERPARTY_ID))
                                .leftJoin(DISCLOSURE).on(DISCLOSURE.ID.eq(OUTREACH_LEAD.DISCLOSURE_ID))
                                .leftJoin(DEAL).on(DEAL.ID.eq(OUTREACH_LEAD.DEAL_ID))
                                .where(OUTREACH_LEAD.EVENT_ID.eq(OUTREACH_EVENT.ID))
                                .orderBy(OUTREACH_LEAD.POSITION))
                        .convertFrom(rs -> rs.map(r -> new Lead(r.value1(), r.value2(), r.value3(), r.value4(),
                                r.value5(), r.value6(), LeadStatus.valueOf(r.value7()), r.value8(), r.value9())));
        return dsl.select(OUTREACH_EVENT.fields()).select(results, companies, leads)
                .from(OUTREACH_EVENT)
                .where(where)
                .orderBy(OUTREACH_EVENT.STARTS_ON.desc(), OUTREACH_EVENT.ID.desc())
                .fetch(r -> new OutreachEvent(r.get(OUTREACH_EVENT.ID), r.get(OUTREACH_EVENT.TITLE),
                        EventKind.valueOf(r.get(OUTREACH_EVENT.KIND)), r.get(OUTREACH_EVENT.STARTS_ON),
                        r.get(OUTREACH_EVENT.ENDS_ON), r.get(OUTREACH_EVENT.PLACE), r.get(OUTREACH_EVENT.ORGANISER),
                        r.get(OUTREACH_EVENT.ONLINE), r.get(OUTREACH_EVENT.NOTES), r.get(results), r.get(companies), r.get(leads),
                        r.get(OUTREACH_EVENT.VERSION)));
    }

    /** The list's rows: each event with its counts, newest first. */
    public List<EventSummary> summaries() {
        return events().stream().map(e -> new EventSummary(e.id(), e.title(), e.kind(), e.startsOn(), e.endsOn(),
                e.place(), e.organiser(), e.online(), e.results().size(), e.companies().size(),
                (int) e.leads().stream().filter(l -> l.status().open()).count())).toList();
    }

    /** Inserts (id null) or updates at the version read, replacing its results, companies and leads; one audit row. */
    public OutreachEvent save(OutreachEvent e, String actor, LocalDateTime now) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            OutreachRepository inTx = new OutreachRepository(tx);
            Map<String, Object> before = Map.of();
            long id;
            if (e.id() == null) {
                id = tx.insertInto(OUTREACH_EVENT)
                        .set(OUTREACH_EVENT.TITLE, e.title()).set(OUTREACH_EVENT.KIND, e.kind().name())
                        .set(OUTREACH_EVENT.STARTS_ON, e.startsOn()).set(OUTREACH_EVENT.ENDS_ON, e.endsOn())
                        .set(OUTREACH_EVENT.PLACE, e.place()).set(OUTREACH_EVENT.ORGANISER, e.organiser())
                        .set(OUTREACH_EVENT.ONLINE, e.online()).set(OUTREACH_EVENT.NOTES, e.notes())
                        .returning(OUTREACH_EVENT.ID).fetchOne().getId();
            } else {
                before = fields(inTx.event(e.id()).orElseThrow(() -> AuditRepository.staleRecord(tx, EVENT, e.id())));
                int updated = tx.update(OUTREACH_EVENT)
                        .set(OUTREACH_EVENT.TITLE, e.title()).set(OUTREACH_EVENT.KIND, e.kind().name())
                        .set(OUTREACH_EVENT.STARTS_ON, e.startsOn()).set(OUTREACH_EVENT.ENDS_ON, e.endsOn())
                        .set(OUTREACH_EVENT.PLACE, e.place()).set(OUTREACH_EVENT.ORGANISER, e.organiser())
                        .set(OUTREACH_EVENT.ONLINE, e.online()).set(OUTREACH_EVENT.NOTES, e.notes())
                        .set(OUTREACH_EVENT.VERSION, e.version() + 1).set(OUTREACH_EVENT.UPDATED_AT, now)
                        .where(OUTREACH_EVENT.ID.eq(e.id()).and(OUTREACH_EVENT.VERSION.eq(e.version())))
                        .execute();
                if (updated == 0) {
                    throw AuditRepository.staleRecord(tx, EVENT, e.id());
                }
                id = e.id();
                tx.deleteFrom(OUTREACH_EVENT_RESULT).where(OUTREACH_EVENT_RESULT.EVENT_ID.eq(id)).execute();
                tx.deleteFrom(OUTREACH_EVENT_COMPANY).where(OUTREACH_EVENT_COMPANY.EVENT_ID.eq(id)).execute();
                tx.deleteFrom(OUTREACH_LEAD).where(OUTREACH_LEAD.EVENT_ID.eq(id)).execute();
            }
            for (Long result : e.results().stream().map(ResultRef::disclosureId).distinct().toList()) {
                tx.insertInto(OUTREACH_EVENT_RESULT).set(OUTREACH_EVENT_RESULT.EVENT_ID, id)
                        .set(OUTREACH_EVENT_RESULT.DISCLOSURE_ID, result).execute();
            }
            for (Long company : e.companies().stream().map(CompanyRef::id).distinct().toList()) {
                tx.insertInto(OUTREACH_EVENT_COMPANY).set(OUTREACH_EVENT_COMPANY.EVENT_ID, id)
                        .set(OUTREACH_EVENT_COMPANY.COUNTERPARTY_ID, company).execute();
            }
            int position = 0;
            for (Lead l : e.leads()) {
                tx.insertInto(OUTREACH_LEAD).set(OUTREACH_LEAD.EVENT_ID, id).set(OUTREACH_LEAD.POSITION, position++)
                        .set(OUTREACH_LEAD.COUNTERPARTY_ID, l.counterpartyId())
                        .set(OUTREACH_LEAD.DISCLOSURE_ID, l.disclosureId()).set(OUTREACH_LEAD.NOTE, l.note())
                        .set(OUTREACH_LEAD.STATUS, l.status().name()).set(OUTREACH_LEAD.DEAL_ID, l.dealId())
                        .execute();
            }
            OutreachEvent saved = inTx.event(id).orElseThrow();
            AuditRepository.append(tx, new AuditEntry(now, actor, EVENT, id,
                    e.id() == null ? AuditAction.CREATE : AuditAction.UPDATE, AuditDiff.between(before, fields(saved))));
            return saved;
        });
    }

    /** Deletes an event with its children (audited); returns whether it was there. */
    public boolean deleteEvent(long id, String actor, LocalDateTime now) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            Optional<OutreachEvent> before = new OutreachRepository(tx).event(id);
            if (before.isEmpty()) {
                return false;
            }
            tx.deleteFrom(OUTREACH_EVENT).where(OUTREACH_EVENT.ID.eq(id)).execute();
            AuditRepository.append(tx, new AuditEntry(now, actor, EVENT, id, AuditAction.DELETE,
                    AuditDiff.between(fields(before.get()), Map.of())));
            return true;
        });
    }

    private static Map<String, Object> fields(OutreachEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", e.title());
        m.put("kind", e.kind());
        m.put("startsOn", e.startsOn());
        m.put("endsOn", e.endsOn());
        m.put("place", e.place());
        m.put("organiser", e.organiser());
        m.put("online", e.online());
        m.put("notes", e.notes());
        m.put("results", e.results().stream().map(r -> r.resultNo() + " " + r.title())
                .collect(Collectors.joining("; ")));
        m.put("companies", e.companies().stream().map(CompanyRef::name).collect(Collectors.joining("; ")));
        m.put("leads", e.leads().stream().map(l -> l.company() + " " + l.status().label())
                .collect(Collectors.joining("; ")));
        return m;
    }

    // ---- contact log

    /** A counterparty's contact log, newest first. */
    public List<ContactEntry> contacts(long counterpartyId) {
        return contacts(CONTACT_ENTRY.COUNTERPARTY_ID.eq(counterpartyId));
    }

    public Optional<ContactEntry> contact(long id) {
        return contacts(CONTACT_ENTRY.ID.eq(id)).stream().findFirst();
    }

    /** Every entry (the demo and the counts read them all). */
    public List<ContactEntry> allContacts() {
        return contacts(DSL.trueCondition());
    }

    private List<ContactEntry> contacts(Condition where) {
        return dsl.selectFrom(CONTACT_ENTRY).where(where)
                .orderBy(CONTACT_ENTRY.CONTACTED_ON.desc(), CONTACT_ENTRY.ID.desc())
                .fetch(OutreachRepository::contact);
    }

    private static ContactEntry contact(Record r) {
        return new ContactEntry(r.get(CONTACT_ENTRY.ID), r.get(CONTACT_ENTRY.COUNTERPARTY_ID),
                r.get(CONTACT_ENTRY.CONTACTED_ON), ContactWay.valueOf(r.get(CONTACT_ENTRY.WAY)),
                r.get(CONTACT_ENTRY.WHO), r.get(CONTACT_ENTRY.MET_WITH), r.get(CONTACT_ENTRY.SUMMARY),
                r.get(CONTACT_ENTRY.NEXT_STEP), r.get(CONTACT_ENTRY.NEXT_DUE), r.get(CONTACT_ENTRY.NEXT_DONE),
                r.get(CONTACT_ENTRY.VERSION));
    }

    /** The next steps not yet done, with their counterparty's name, earliest first. */
    public List<NextStep> openNextSteps() {
        return dsl.select(CONTACT_ENTRY.ID, CONTACT_ENTRY.COUNTERPARTY_ID, COUNTERPARTY.NAME, CONTACT_ENTRY.NEXT_STEP,
                        CONTACT_ENTRY.NEXT_DUE)
                .from(CONTACT_ENTRY).join(COUNTERPARTY).on(COUNTERPARTY.ID.eq(CONTACT_ENTRY.COUNTERPARTY_ID))
                .where(CONTACT_ENTRY.NEXT_DUE.isNotNull().and(CONTACT_ENTRY.NEXT_DONE.isFalse()))
                .orderBy(CONTACT_ENTRY.NEXT_DUE, CONTACT_ENTRY.ID)
                .fetch(r -> new NextStep(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Inserts (id null) or updates at the version read (audited). */
    public ContactEntry save(ContactEntry c, String actor, LocalDateTime now) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            OutreachRepository inTx = new OutreachRepository(tx);
            Map<String, Object> before = Map.of();
            long id;
            if (c.id() == null) {
                id = tx.insertInto(CONTACT_ENTRY).set(CONTACT_ENTRY.COUNTERPARTY_ID, c.counterpartyId())
                        .set(CONTACT_ENTRY.CONTACTED_ON, c.contactedOn()).set(CONTACT_ENTRY.WAY, c.way().name())
                        .set(CONTACT_ENTRY.WHO, c.who()).set(CONTACT_ENTRY.MET_WITH, c.metWith())
                        .set(CONTACT_ENTRY.SUMMARY, c.summary()).set(CONTACT_ENTRY.NEXT_STEP, c.nextStep())
                        .set(CONTACT_ENTRY.NEXT_DUE, c.nextDue()).set(CONTACT_ENTRY.NEXT_DONE, c.nextDone())
                        .returning(CONTACT_ENTRY.ID).fetchOne().getId();
            } else {
                before = fields(inTx.contact(c.id()).orElseThrow(() -> AuditRepository.staleRecord(tx, CONTACT, c.id())));
                int updated = tx.update(CONTACT_ENTRY).set(CONTACT_ENTRY.CONTACTED_ON, c.contactedOn())
                        .set(CONTACT_ENTRY.WAY, c.way().name())
                        .set(CONTACT_ENTRY.WHO, c.who()).set(CONTACT_ENTRY.MET_WITH, c.metWith())
                        .set(CONTACT_ENTRY.SUMMARY, c.summary()).set(CONTACT_ENTRY.NEXT_STEP, c.nextStep())
                        .set(CONTACT_ENTRY.NEXT_DUE, c.nextDue()).set(CONTACT_ENTRY.NEXT_DONE, c.nextDone())
                        .set(CONTACT_ENTRY.VERSION, c.version() + 1).set(CONTACT_ENTRY.UPDATED_AT, now)
                        .where(CONTACT_ENTRY.ID.eq(c.id()).and(CONTACT_ENTRY.VERSION.eq(c.version())))
                        .execute();
                if (updated == 0) {
                    throw AuditRepository.staleRecord(tx, CONTACT, c.id());
                }
                id = c.id();
            }
            ContactEntry saved = inTx.contact(id).orElseThrow();
            AuditRepository.append(tx, new AuditEntry(now, actor, CONTACT, id,
                    c.id() == null ? AuditAction.CREATE : AuditAction.UPDATE, AuditDiff.between(before, fields(saved))));
            return saved;
        });
    }

    private static Map<String, Object> fields(ContactEntry c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("counterpartyId", c.counterpartyId());
        m.put("contactedOn", c.contactedOn());
        m.put("way", c.way());
        m.put("who", c.who());
        m.put("metWith", c.metWith());
        m.put("summary", c.summary());
        m.put("nextStep", c.nextStep());
        m.put("nextDue", c.nextDue());
        m.put("nextDone", c.nextDone());
        return m;
    }
}
