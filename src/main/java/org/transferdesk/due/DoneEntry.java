package org.transferdesk.due;

/** A done mark and the item it hides (null when the records no longer owe it). */
public record DoneEntry(DoneMark mark, DueItem item) {
}
