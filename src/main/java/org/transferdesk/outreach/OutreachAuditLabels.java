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
                        .text("eventId", "outreachAudit.event")
                        .text("disclosureId", "outreachAudit.result"),
                AuditFields.of("outreach_event_company")
                        .text("eventId", "outreachAudit.event")
                        .text("counterpartyId", "outreachAudit.company"),
                AuditFields.of("outreach_lead")
                        .text("eventId", "outreachAudit.event")
                        .text("position", "outreachAudit.position")
                        .text("counterpartyId", "outreachAudit.company")
                        .text("disclosureId", "outreachAudit.result")
                        .text("note", "outreachLead.note")
                        .choice("status", "outreachLead.status", LeadStatus.class)
                        .text("dealId", "outreachAudit.deal"),
                AuditFields.of("contact_entry")
                        .text("counterpartyId", "outreachAudit.company")
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
