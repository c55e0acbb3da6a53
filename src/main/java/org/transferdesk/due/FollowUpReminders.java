package org.transferdesk.due;

import java.util.List;
import org.transferdesk.common.I18n;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;

/**
 * An open next step of a contact log falls due on its day; nothing is lost for good and no money is owed, so it ranks
 * as routine ({@link Consequence#ROUTINE}). The key carries the day, so a step moved to a later day is reminded afresh.
 */
public final class FollowUpReminders {
    private FollowUpReminders() {
    }

    public static List<DueItem> of(List<FollowUp> steps) {
        return steps.stream().map(FollowUpReminders::item).toList();
    }

    private static DueItem item(FollowUp f) {
        return new DueItem("FOLLOW_UP:" + f.entryId() + ":" + f.dueOn(), DueKind.FOLLOW_UP, "R-OUTREACH",
                f.dueOn(), new RecordRef(RecordType.COUNTERPARTY, f.counterpartyId(), f.counterparty()),
                I18n.t("due.action.followUp", f.step()), null, f.step());
    }
}
