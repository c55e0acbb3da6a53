package org.transferdesk.outreach;

import java.util.List;
import org.transferdesk.audit.AuditFields;
import org.transferdesk.audit.AuditLabels;

/** How the history reads an event's and a contact-log entry's audit rows (and the shared database's own rows). */
public final class OutreachAuditLabels {
    private OutreachAuditLabels() {
    }

    public static List<AuditLabels> all() {
        return List.of(AuditFields.of("outreach_event")
                        .text("title", "outreachEvent.title")
                        .choice("kind", "outreachEvent.kind", EventKind.class)
                        .date("startsOn", "outreachEvent.startsOn")
                        .date("endsOn", "outreachEvent.endsOn")
                        .text("place", "outreachEvent.place")
                        .text("organiser", "outreachEvent.organiser")
                        .yesNo("online", "outreachEvent.online")
                        .text("notes", "outreachEvent.notes")
                        .text("results", "outreachEvent.results")
                        .text("companies", "outreachEvent.companies")
                        .text("leads", "outreachEvent.leads"),
                AuditFields.of("outreach_event_result")
                        .reference("eventId", "outreachAudit.event", "outreach_event", "title")
                        .reference("disclosureId", "outreachAudit.result", "disclosure", "result_no", "title"),
                AuditFields.of("outreach_event_company")
                        .reference("eventId", "outreachAudit.event", "outreach_event", "title")
                        .reference("counterpartyId", "outreachAudit.company", "counterparty", "name"),
                AuditFields.of("outreach_lead")
                        .reference("eventId", "outreachAudit.event", "outreach_event", "title")
                        .text("position", "outreachAudit.position")
                        .reference("counterpartyId", "outreachAudit.company", "counterparty", "name")
                        .reference("disclosureId", "outreachAudit.result", "disclosure", "result_no", "title")
                        .text("note", "outreachLead.note")
                        .choice("status", "outreachLead.status", LeadStatus.class)
                        .reference("dealId", "outreachAudit.deal", "deal", "contract_no", "title"),
                AuditFields.of("contact_entry")
                        .reference("counterpartyId", "outreachAudit.company", "counterparty", "name")
                        .date("contactedOn", "outreachContact.on")
                        .choice("way", "outreachContact.way", ContactWay.class)
                        .text("who", "outreachContact.who")
                        .text("metWith", "outreachContact.metWith")
                        .text("summary", "outreachContact.summary")
                        .text("nextStep", "outreachContact.nextStep")
                        .date("nextDue", "outreachContact.nextDue")
                        .yesNo("nextDone", "outreachContact.nextDone"));
    }
}
