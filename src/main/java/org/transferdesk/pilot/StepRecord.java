package org.transferdesk.pilot;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A recorded step: when it happened and who did it; {@code endsOn} is the publicity's last day.
 * {@code doneOn} is empty only for a step of an imported case whose ledger did not date it.
 */
public record StepRecord(PilotStep step, LocalDate doneOn, LocalDate endsOn, String actor, String note,
                         String recordedBy, LocalDateTime recordedAt) {

    public static StepRecord of(PilotStep step, LocalDate doneOn, String actor) {
        return new StepRecord(step, doneOn, null, actor, null, null, null);
    }
}
