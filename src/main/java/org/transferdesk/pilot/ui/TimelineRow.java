package org.transferdesk.pilot.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.pilot.StepRecord;

/** One step of a case's timeline: done (with its record), the next one to record, or later. */
public record TimelineRow(PilotStep step, State state, LocalDate doneOn, LocalDate endsOn, String actor, String note,
                          String recordedBy) {
    public enum State { DONE, NEXT, LATER }

    /**
     * The recorded steps in order, then the rest of the model's path (the first of them is next unless the
     * case has ended).
     */
    public static List<TimelineRow> of(PilotCase c) {
        List<TimelineRow> rows = new ArrayList<>();
        for (StepRecord s : c.steps()) {
            rows.add(new TimelineRow(s.step(), State.DONE, s.doneOn(), s.endsOn(), s.actor(), s.note(), s.recordedBy()));
        }
        if (c.model() == null) {
            return rows;
        }
        List<PilotStep> next = c.nextSteps();
        boolean first = true;
        for (PilotStep step : PilotStep.path(c.model())) {
            if (!c.reached(step)) {
                boolean isNext = first && next.contains(step);
                rows.add(new TimelineRow(step, isNext ? State.NEXT : State.LATER, null, null, null, null, null));
                first = false;
            }
        }
        if (first && !next.isEmpty()) {
            // Past the path (converting): the outcomes that may follow.
            rows.add(new TimelineRow(next.get(0), State.NEXT, null, null, null, null, null));
        }
        return rows;
    }
}
