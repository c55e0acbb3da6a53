package org.transferdesk.due.ui;

import java.util.List;
import org.transferdesk.due.DueItem;

/** A heading of the Due screen (a week, "overdue", or a kind) with its items. */
public record DueGroup(String title, List<DueItem> items, boolean overdue) {
    public DueGroup {
        items = List.copyOf(items);
    }
}
