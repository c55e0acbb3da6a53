package org.transferdesk.people;

import org.transferdesk.common.Labeled;

/** Where an episode stands on a given day. */
public enum EpisodeStatus implements Labeled {
    UPCOMING, ACTIVE, ENDED;

    @Override
    public String labelPrefix() {
        return "episodeStatus";
    }
}
