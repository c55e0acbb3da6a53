package org.transferdesk.dashboard;

/** Why an item is on the attention list; the list is ordered by this first. */
public enum AttentionSource {
    OVERDUE, DUE_SOON, REPORT_CHECK
}
