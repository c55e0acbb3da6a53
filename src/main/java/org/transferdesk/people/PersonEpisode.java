package org.transferdesk.people;

import java.time.LocalDate;

/**
 * A side job (兼职) or leave to found a company (离岗创业) of a person: from {@code startsOn} to
 * {@code endsOn}, or to {@code extendedTo} when an extension was approved (R-REPORT-PARTS (4)).
 */
public record PersonEpisode(Long id, long personId, EpisodeKind kind, String company, LocalDate startsOn,
                            LocalDate endsOn, LocalDate extendedTo, String approvalRef, String note) {

    public static PersonEpisode create(long personId, EpisodeKind kind) {
        return new PersonEpisode(null, personId, kind, null, null, null, null, null, null);
    }

    /** The last day: the approved extension if there is one. */
    public LocalDate effectiveEnd() {
        return extendedTo != null ? extendedTo : endsOn;
    }

    /** Whether {@code day} lies within start and effective end, both inclusive. */
    public boolean activeOn(LocalDate day) {
        LocalDate end = openEnd();
        return startsOn != null && end != null && !day.isBefore(startsOn) && !day.isAfter(end);
    }

    public EpisodeStatus statusOn(LocalDate day) {
        if (startsOn != null && day.isBefore(startsOn)) {
            return EpisodeStatus.UPCOMING;
        }
        LocalDate end = effectiveEnd();
        return end != null && day.isAfter(end) ? EpisodeStatus.ENDED : EpisodeStatus.ACTIVE;
    }

    /**
     * Whether both have the same kind and share at least one day (only for complete dates; an office-staff time
     * without an end runs on).
     */
    public boolean overlaps(PersonEpisode other) {
        if (kind != other.kind || startsOn == null || other.startsOn == null) {
            return false;
        }
        LocalDate end = openEnd();
        LocalDate otherEnd = other.openEnd();
        if (end == null || otherEnd == null) {
            return false;
        }
        return !startsOn.isAfter(otherEnd) && !other.startsOn.isAfter(end);
    }

    /** The effective end; for office staff without an end, the end of time. */
    private LocalDate openEnd() {
        return effectiveEnd() == null && kind == EpisodeKind.TTO_STAFF ? LocalDate.MAX : effectiveEnd();
    }

    /** Whether the episode covers at least one day of {@code year} (an office-staff time without end runs on). */
    public boolean coversYearOf(int year) {
        LocalDate end = openEnd();
        return startsOn != null && end != null && startsOn.getYear() <= year && end.getYear() >= year;
    }

    public PersonEpisode withId(long newId) {
        return new PersonEpisode(newId, personId, kind, company, startsOn, endsOn, extendedTo, approvalRef, note);
    }

    /** One line for the person's audit history, like a deal's child lists. */
    public String auditText() {
        StringBuilder s = new StringBuilder().append(kind).append(' ').append(company == null ? "" : company).append(' ')
                .append(startsOn).append('~').append(endsOn);
        if (extendedTo != null) {
            s.append(" +").append(extendedTo);
        }
        if (approvalRef != null) {
            s.append(' ').append(approvalRef);
        }
        if (note != null) {
            s.append(" (").append(note).append(')');
        }
        return s.toString();
    }
}
