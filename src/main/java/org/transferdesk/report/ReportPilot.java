package org.transferdesk.report;

import java.time.LocalDate;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotStep;

/**
 * An ownership-grant case with the dates the report counts: the agreement, the CNIPA registration, the
 * conversion and the current step.
 */
public record ReportPilot(long id, String caseNo, long resultId, String resultTitle, PilotModel model,
                          PilotStep step, LocalDate agreedOn, LocalDate registeredOn, LocalDate convertedOn) {
    public String label() {
        return caseNo + " " + resultTitle;
    }
}
