package org.transferdesk.reward;

import java.util.List;
import org.transferdesk.common.Problem;

/** A proposed distribution with the rules it fails (empty = it may be publicised as it is). */
public record Proposal(Distribution distribution, List<Problem> problems) {
    public Proposal {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
