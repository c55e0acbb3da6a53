package org.transferdesk.match;

/**
 * A need to match results with: typed on the matching screen or taken from a need record. Every part may be blank;
 * {@code ipcClass} like "H01M 4/36" or "H01M" (its subclass is what counts).
 */
public record NeedQuery(String title, String description, String field, String ipcClass) {
}
