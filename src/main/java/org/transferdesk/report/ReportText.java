package org.transferdesk.report;

import java.util.EnumMap;
import java.util.Map;

/**
 * What the office writes for a year: the narrative parts and the technology-transfer office's staff.
 * {@code startedFrom} is the earlier year whose text was offered as a start (null when this year's text is
 * saved); {@code version} guards against saving over another's change.
 */
public record ReportText(int year, Integer officeStaff, Integer technologyManagers, Map<NarrativePart, String> parts,
                         Integer startedFrom, int version) {
    public ReportText {
        Map<NarrativePart, String> copy = new EnumMap<>(NarrativePart.class);
        for (NarrativePart p : NarrativePart.values()) {
            String text = parts.get(p);
            copy.put(p, text == null ? "" : text);
        }
        parts = Map.copyOf(copy);
    }

    public static ReportText empty(int year) {
        return new ReportText(year, null, null, Map.of(), null, 0);
    }

    public String part(NarrativePart part) {
        return parts.get(part);
    }

    /** Whether this is an earlier year's text offered as a start, not yet saved for this year. */
    public boolean isDraft() {
        return startedFrom != null;
    }
}
