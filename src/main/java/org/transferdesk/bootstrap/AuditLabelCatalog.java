package org.transferdesk.bootstrap;

import java.util.ArrayList;
import java.util.List;
import org.transferdesk.audit.AuditLabels;
import org.transferdesk.audit.AuditVocabulary;

/** Every feature's audit labels, gathered at composition so {@code audit} itself knows no feature (issue 23). */
public final class AuditLabelCatalog {
    private AuditLabelCatalog() {
    }

    public static AuditVocabulary vocabulary() {
        List<AuditLabels> all = new ArrayList<>();
        all.addAll(org.transferdesk.disclosure.DisclosureAuditLabels.all());
        all.addAll(org.transferdesk.people.PeopleAuditLabels.all());
        all.addAll(org.transferdesk.deal.DealAuditLabels.all());
        all.addAll(org.transferdesk.reward.RewardAuditLabels.all());
        all.addAll(org.transferdesk.pilot.PilotAuditLabels.all());
        all.addAll(org.transferdesk.due.DueAuditLabels.all());
        all.addAll(org.transferdesk.institution.InstitutionAuditLabels.all());
        all.addAll(org.transferdesk.outreach.OutreachAuditLabels.all());
        all.addAll(org.transferdesk.calendar.CalendarAuditLabels.all());
        all.addAll(org.transferdesk.report.ReportAuditLabels.all());
        all.addAll(org.transferdesk.settings.SettingsAuditLabels.all());
        all.addAll(org.transferdesk.catalogue.CatalogueAuditLabels.all());
        all.addAll(org.transferdesk.need.NeedAuditLabels.all());
        return new AuditVocabulary(all);
    }
}
