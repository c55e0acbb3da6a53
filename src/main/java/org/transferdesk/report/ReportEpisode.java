package org.transferdesk.report;

import java.time.LocalDate;
import org.transferdesk.people.EpisodeKind;

/** A side job or leave to found a company, with its effective end (the extension, if approved). */
public record ReportEpisode(long id, long personId, String personName, EpisodeKind kind, String company,
                            LocalDate startsOn, LocalDate endsOn) {
}
