package org.transferdesk.audit;

import java.util.Optional;

/**
 * What {@code audit verify} found: rows checked, the chain's latest place and hash, the first problem and how many
 * there were in all (issue 22).
 */
public record AuditVerification(long rowsChecked, AuditChain.Anchor latest, Optional<AuditProblem> firstProblem,
                                long problems) {
    public boolean intact() {
        return firstProblem.isEmpty();
    }

    /** This result with {@code problem} first when it found none itself (an anchor that does not match). */
    public AuditVerification with(AuditProblem problem) {
        return new AuditVerification(rowsChecked, latest, Optional.of(firstProblem.orElse(problem)), problems + 1);
    }
}
