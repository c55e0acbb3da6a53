package org.transferdesk.people;

import java.util.List;
import org.transferdesk.audit.AuditFields;
import org.transferdesk.audit.AuditLabels;

/** How the history reads the audit rows of people and departments (issue 24 item 1). */
public final class PeopleAuditLabels {
    private PeopleAuditLabels() {
    }

    public static List<AuditLabels> all() {
        return List.of(AuditFields.of("person")
                        .text("staffNo", "person.staffNo")
                        .text("name", "person.name")
                        .text("department", "person.department")
                        .reference("departmentId", "person.department", "department", "name")
                        .choice("leaderRole", "person.leaderRole", LeaderRole.class)
                        .choice("idType", "auditField.person.idType", IdType.class)
                        .text("idNumber", "person.idNumber")
                        .text("contact", "person.contact")
                        .composite("episode", "person.tab.episodes")
                        .words(EpisodeKind.class)
                        .words(EpisodeStatus.class),
                AuditFields.of("department")
                        .text("name", "department.name")
                        .yesNo("active", "department.active"));
    }
}
