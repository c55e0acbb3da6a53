package org.transferdesk.due;

import java.util.List;
import org.transferdesk.common.I18n;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.people.EpisodeRow;
import org.transferdesk.people.PersonEpisode;

/**
 * A side job (兼职) or leave to found a company (离岗创业) ends on its end day, or on the approved
 * extension's: the person returns to the post or an extension is approved (R-REPORT-PARTS (4)). An
 * extension moves the deadline, so the key carries the end day and a new extension is reminded afresh.
 */
public final class PeopleReminders {
    private PeopleReminders() {
    }

    public static List<DueItem> of(List<EpisodeRow> rows) {
        // office staff serve until further notice: nothing to remind
        return rows.stream().filter(r -> r.episode().kind().atACompany()).map(PeopleReminders::item).toList();
    }

    private static DueItem item(EpisodeRow row) {
        PersonEpisode e = row.episode();
        String action = e.kind() == EpisodeKind.LEAVE_TO_FOUND ? I18n.t("due.action.leaveEnds")
                : I18n.t("due.action.sideJobEnds");
        return new DueItem("EPISODE:" + e.id() + ":" + e.effectiveEnd(), DueKind.PERSON_EPISODE, "R-REPORT-PARTS",
                e.effectiveEnd(), new RecordRef(RecordType.PERSON, e.personId(), row.staffNo() + " " + row.personName()),
                action, null, I18n.t("due.detail.episode", e.kind().label(), e.company(), e.startsOn(),
                        e.effectiveEnd()));
    }
}
