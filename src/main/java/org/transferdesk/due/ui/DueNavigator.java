package org.transferdesk.due.ui;

import org.transferdesk.common.link.RecordRef;

/** Opens the record a reminder belongs to. */
@FunctionalInterface
public interface DueNavigator {
    void open(RecordRef record);
}
