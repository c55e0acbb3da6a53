package org.transferdesk.due;

import java.util.List;
import org.transferdesk.common.I18n;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;

/**
 * An open need's deadline is a routine item ({@link Consequence#ROUTINE}): a missed one loses a lead, not money or a
 * right. The key carries the day, so a deadline moved later is reminded afresh even after the earlier one was done.
 */
public final class NeedDeadlineReminders {
    private NeedDeadlineReminders() {
    }

    public static List<DueItem> of(List<NeedDeadline> needs) {
        return needs.stream().map(NeedDeadlineReminders::item).toList();
    }

    private static DueItem item(NeedDeadline n) {
        return new DueItem("NEED_DEADLINE:" + n.needId() + ":" + n.deadline(), DueKind.NEED_DEADLINE, "R-NEED",
                n.deadline(), new RecordRef(RecordType.NEED, n.needId(), n.company() + " · " + n.title()),
                I18n.t("due.action.needDeadline", n.title()), null, n.company());
    }
}
