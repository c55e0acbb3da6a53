package org.transferdesk.reward;

import java.util.List;

/** What {@code distribute} did: the distributions it proposed and saved, and what it could not distribute and why. */
public record BatchOutcome(List<Distribution> created, List<Skipped> skipped) {
    /** A receipt (or equity deal) left undistributed, with the reason in the user's language. */
    public record Skipped(String contractNo, String what, String reason) {
    }

    public BatchOutcome {
        created = List.copyOf(created);
        skipped = List.copyOf(skipped);
    }
}
