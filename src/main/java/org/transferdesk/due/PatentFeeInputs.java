package org.transferdesk.due;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.transferdesk.fees.CoOwnedPeriod;
import org.transferdesk.fees.PatentFeeInput;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotStep;

/**
 * Joins the patents with the pilot grants of their results: a registered ownership grant makes the
 * patent jointly owned from its registration until recovery or expiry (R-PILOT-DEADLINE: the sole-owner
 * reduction 85% becomes 70%), and the agreement says who pays the fees.
 */
public final class PatentFeeInputs {
    private PatentFeeInputs() {
    }

    public static List<PatentFeeInput> of(List<PatentRow> patents, List<PilotCase> cases, LocalDate trackedFrom) {
        Map<Long, List<CoOwnedPeriod>> byResult = new HashMap<>();
        for (PilotCase c : cases) {
            if (c.model() != PilotModel.OWNERSHIP || c.teamShare() == null) {
                continue;
            }
            c.dateOf(PilotStep.REGISTERED).ifPresent(from -> byResult.computeIfAbsent(c.disclosureId(),
                    k -> new ArrayList<>()).add(new CoOwnedPeriod(from, c.endedOn().orElse(null),
                    c.terms().maintenancePayer(), c.unitShare(), c.caseNo())));
        }
        return patents.stream().map(p -> new PatentFeeInput(p.ipId(), p.disclosureId(), p.resultNo(), p.resultTitle(),
                p.applicationNo(), p.type(), p.filedOn(), p.grantedOn(), trackedFrom, p.paidYears(),
                byResult.getOrDefault(p.disclosureId(), List.of()))).toList();
    }
}
