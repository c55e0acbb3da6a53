package org.transferdesk.due;

/** The record a reminder belongs to: its type, database id and what the user calls it (number and title). */
public record RecordRef(RecordType type, long id, String label) {
}
