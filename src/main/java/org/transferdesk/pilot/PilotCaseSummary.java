package org.transferdesk.pilot;

import java.time.LocalDate;
import java.util.Locale;
import org.transferdesk.common.Percent;

/**
 * One row of the pilot case list and of the case register, with its deadline as of the day it was read;
 * {@code manager} is the 经办人's display name (issue 22).
 */
public record PilotCaseSummary(long id, String caseNo, long disclosureId, String resultNo, String resultTitle,
                               String department, PilotModel model, PilotStep step, LocalDate stepOn,
                               Percent teamShare, Integer useYears, String representative, LocalDate convertBy,
                               PilotDeadline deadline, boolean coOwned, String manager, String searchText) {

    public static PilotCaseSummary of(PilotCase c, PilotDeadline deadline, LocalDate today) {
        String representative = c.owners().stream().filter(o -> Long.valueOf(o.personId()).equals(c.representativeId()))
                .map(PilotOwner::name).findFirst().orElse(null);
        String search = String.join("\u0001", c.caseNo(), c.resultNo(), c.resultTitle(), nz(c.department()),
                nz(representative), String.join(" ", c.owners().stream().map(PilotOwner::name).toList()),
                nz(c.managerName()))
                .toLowerCase(Locale.ROOT);
        return new PilotCaseSummary(c.id(), c.caseNo(), c.disclosureId(), c.resultNo(), c.resultTitle(),
                c.department(), c.model(), c.currentStep(), c.last().map(StepRecord::doneOn).orElse(null),
                c.teamShare(), c.useYears(), representative, c.terms().convertBy(), deadline, c.coOwnedOn(today),
                c.managerName(), search);
    }

    /** Past the conversion deadline without a conversion: flagged for recovery (R-PILOT-DEADLINE). */
    public boolean overdue() {
        return deadline != null && deadline.recovery();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
