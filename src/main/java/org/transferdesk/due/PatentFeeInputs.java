package org.transferdesk.due;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.fees.CoOwnedPeriod;
import org.transferdesk.fees.OpenLicencePeriod;
import org.transferdesk.fees.PatentFeeInput;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotStep;

/**
 * Joins the patents with the pilot grants of their results: a registered ownership grant makes the
 * patent jointly owned from its registration until recovery or expiry (R-PILOT-DEADLINE: the sole-owner
 * reduction 85% becomes 70%), and the agreement says who pays the fees. And with the signed open licences
 * (许可 of kind 开放) on their results: the patent is under open licence over the licence's term (R-PAT-OPEN).
 */
public final class PatentFeeInputs {
    private PatentFeeInputs() {
    }

    public static List<PatentFeeInput> of(List<PatentRow> patents, List<PilotCase> cases, LocalDate trackedFrom) {
        return of(patents, cases, List.of(), trackedFrom);
    }

    public static List<PatentFeeInput> of(List<PatentRow> patents, List<PilotCase> cases, List<Deal> deals,
                                          LocalDate trackedFrom) {
        Map<Long, List<OpenLicencePeriod>> openByResult = openLicences(deals);
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
                byResult.getOrDefault(p.disclosureId(), List.of()),
                openByResult.getOrDefault(p.disclosureId(), List.of()))).toList();
    }

    /**
     * The open licence runs from the licence term's first day (the signing day when no term is recorded) to its
     * last day (open when none). A terminated deal records no day it ended, so it is left out rather than
     * reducing fees for a period nobody can tell; a draft has not licensed anything yet.
     */
    static Map<Long, List<OpenLicencePeriod>> openLicences(List<Deal> deals) {
        Map<Long, List<OpenLicencePeriod>> byResult = new HashMap<>();
        for (Deal d : deals) {
            LocalDate from = d.termFrom() != null ? d.termFrom() : d.signedOn();
            if (d.mode() != DealMode.LICENSE || d.licenseKind() != LicenseKind.OPEN || !d.status().isSigned()
                    || from == null || (d.termTo() != null && d.termTo().isBefore(from))) {
                continue;
            }
            for (ResultRef r : d.results()) {
                byResult.computeIfAbsent(r.disclosureId(), k -> new ArrayList<>())
                        .add(new OpenLicencePeriod(from, d.termTo(), d.contractNo()));
            }
        }
        return byResult;
    }
}
