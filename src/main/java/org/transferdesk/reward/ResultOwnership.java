package org.transferdesk.reward;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * R-PILOT-INCOME hook: whether a result is co-owned by its team on a date (an ownership grant registered
 * by then) and with which shares. The pilot module supplies it at composition; {@link #UNIVERSITY_OWNED} is
 * for tests and tools without pilot cases.
 */
@FunctionalInterface
public interface ResultOwnership {
    ResultOwnership UNIVERSITY_OWNED = (disclosureId, on) -> Optional.empty();

    Optional<CoOwnership> on(long disclosureId, LocalDate date);

    /** The team's share of the ownership and its members' internal split (fractions of the team). */
    record CoOwnership(BigDecimal teamShare, List<TeamMember> owners) {
        public CoOwnership {
            owners = List.copyOf(owners);
        }
    }
}
