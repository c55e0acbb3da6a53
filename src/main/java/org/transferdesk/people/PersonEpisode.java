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
        LocalDate end = effectiveEnd();
        return startsOn != null && end != null && !day.isBefore(startsOn) && !day.isAfter(end);
    }

    public EpisodeStatus statusOn(LocalDate day) {
        if (startsOn != null && day.isBefore(startsOn)) {
            return EpisodeStatus.UPCOMING;
        }
        LocalDate end = effectiveEnd();
        return end != null && day.isAfter(end) ? EpisodeStatus.ENDED : EpisodeStatus.ACTIVE;
    }

    /** Whether both have the same kind and share at least one day (only for complete dates). */
    public boolean overlaps(PersonEpisode other) {
        if (kind != other.kind || startsOn == null || effectiveEnd() == null || other.startsOn == null
                || other.effectiveEnd() == null) {
            return false;
        }
        return !startsOn.isAfter(other.effectiveEnd()) && !other.startsOn.isAfter(effectiveEnd());
    }

    public PersonEpisode withId(long newId) {
        return new PersonEpisode(newId, personId, kind, company, startsOn, endsOn, extendedTo, approvalRef, note);
    }

    /** One line for the person's audit history, like a deal's child lists. */
    public String auditText() {
        StringBuilder s = new StringBuilder().append(kind).append(' ').append(company).append(' ')
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
