package org.transferdesk.due;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.transferdesk.deal.Deal;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotDeadline;
import org.transferdesk.reward.Distribution;

/** The records the deadlines are derived from; the composition root reads them through the feature services. */
public interface DueSources {
    List<Deal> deals();

    List<Distribution> distributions();

    List<PilotCase> pilotCases();

    Optional<PilotDeadline> pilotDeadline(PilotCase c, LocalDate today);
}
