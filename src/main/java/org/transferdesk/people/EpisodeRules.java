package org.transferdesk.people;

import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.PlausibleDates;
import org.transferdesk.common.Problem;

/** What an episode must satisfy before it is saved; pure, so the form and the service agree. */
public final class EpisodeRules {
    private EpisodeRules() {
    }

    /** The field checks that need nothing else. */
    public static List<Problem> validateFields(PersonEpisode e) {
        List<Problem> problems = new ArrayList<>();
        if (e.kind() == null) {
            problems.add(Problem.error("validation.required", "kind", "episode.kind"));
        }
        boolean atACompany = e.kind() == null || e.kind().atACompany();
        if ((e.company() == null || e.company().isBlank()) && atACompany) {
            problems.add(Problem.error("validation.required", "company", "episode.company"));
        } else if (e.company() != null && e.company().strip().length() > 200) {
            problems.add(Problem.error("validation.tooLong", "company", "episode.company", 200));
        }
        if (e.startsOn() == null) {
            problems.add(Problem.error("validation.required", "startsOn", "episode.startsOn"));
        }
        if (e.endsOn() == null) {
            // office staff serve until further notice; a side job or leave always has an approved end
            if (atACompany) {
                problems.add(Problem.error("validation.required", "endsOn", "episode.endsOn"));
            }
        } else if (e.startsOn() != null && e.endsOn().isBefore(e.startsOn())) {
            problems.add(Problem.error("validation.episode.endBeforeStart", "endsOn"));
        }
        if (e.extendedTo() != null && e.endsOn() != null && !e.extendedTo().isAfter(e.endsOn())) {
            problems.add(Problem.error("validation.episode.extensionNotAfterEnd", "extendedTo", e.endsOn().toString()));
        }
        // issue 19: a side job "until 9999-12-31" or a typo of year 0202 is refused, not stored shifted
        PlausibleDates.check("startsOn", "episode.startsOn", e.startsOn()).ifPresent(problems::add);
        PlausibleDates.check("endsOn", "episode.endsOn", e.endsOn()).ifPresent(problems::add);
        PlausibleDates.check("extendedTo", "episode.extendedTo", e.extendedTo()).ifPresent(problems::add);
        if (e.approvalRef() != null && e.approvalRef().strip().length() > 100) {
            problems.add(Problem.error("validation.tooLong", "approvalRef", "episode.approvalRef", 100));
        }
        if (e.note() != null && e.note().strip().length() > 500) {
            problems.add(Problem.error("validation.tooLong", "note", "episode.note", 500));
        }
        return problems;
    }

    /** All checks; {@code others} are the person's saved episodes (the edited one is skipped by id). */
    public static List<Problem> validate(PersonEpisode e, List<PersonEpisode> others) {
        List<Problem> problems = validateFields(e);
        if (problems.isEmpty()) {
            for (PersonEpisode o : others) {
                if ((e.id() == null || !e.id().equals(o.id())) && e.overlaps(o)) {
                    problems.add(Problem.error("validation.episode.overlap", "startsOn", o.kind().labelKey(),
                            o.company() == null ? "" : o.company(), o.startsOn().toString(),
                            // office staff may serve on without an end
                            o.effectiveEnd() == null ? "—" : o.effectiveEnd().toString()));
                }
            }
        }
        return problems;
    }
}
