package org.transferdesk.report;

import java.time.LocalDate;
import org.transferdesk.people.EpisodeKind;

/**
 * A side job, a leave to found a company or a time as office staff (TTO_STAFF), with its effective end (the
 * extension, if approved); {@code endsOn} is null while an office post runs, {@code company} null for one.
 */
public record ReportEpisode(long id, long personId, String personName, EpisodeKind kind, String company,
                            LocalDate startsOn, LocalDate endsOn) {
    /** Whether the episode covers a day from {@code first} to {@code last}. */
    public boolean overlaps(LocalDate first, LocalDate last) {
        return !startsOn.isAfter(last) && (endsOn == null || !endsOn.isBefore(first));
    }
}
