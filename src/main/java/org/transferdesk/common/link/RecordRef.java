package org.transferdesk.common.link;

/**
 * A link to one record: its type, database id and what the user calls it (number and title). It lives below the
 * features because reminders, report figures and the dashboard all point at records the screens can open.
 */
public record RecordRef(RecordType type, long id, String label) {
}
