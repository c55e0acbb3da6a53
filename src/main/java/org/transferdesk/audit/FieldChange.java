package org.transferdesk.audit;

/** One field's value before and after a change, as text (null = empty). */
public record FieldChange(String field, String before, String after) {
}
