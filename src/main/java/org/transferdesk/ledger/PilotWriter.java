package org.transferdesk.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.ledger.LedgerLookup.ExistingResult;
import org.transferdesk.ledger.LedgerRows.PilotRow;
import org.transferdesk.ledger.LedgerRows.SheetRows;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotCaseBuilder;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.pilot.PilotTerms;
import org.transferdesk.pilot.PilotValidator;

/**
 * 赋权 as pilot cases: the team and its split from the result's contribution shares (as a new case in
 * TransferDesk), every step of the model's path up to the furthest one the row dates (the steps the ledger
 * does not date are recorded without a date), and, once registered, the result's IP shows the unit and
 * the team as co-owners like a registration recorded in TransferDesk. An update replaces the case an
 * earlier import wrote: its model, figures, deadline and steps, and the IP owners accordingly.
 */
record PilotWriter(LedgerStore store, ImportPlanner.Plan plan, PilotImportSettings settings, LocalDate today,
                   Steps steps) {

    /** Returns cases created, cases replaced. */
    int[] write(SheetRows<PilotRow> sheet) {
        int[] counts = new int[2];
        if (sheet.rows().isEmpty()) {
            return counts;
        }
        Set<String> resultNos = new HashSet<>();
        sheet.rows().forEach(r -> resultNos.add(r.resultNo()));
        // results of this file have their ids now: ask the store, which sees this transaction
        Map<String, ExistingResult> results = store.results(resultNos);
        String sheetName = sheet.header().sheetName();
        for (PilotRow r : sheet.rows()) {
            steps.step(() -> I18n.t("ledger.progress.writing", sheetName));
            Disclosure result = store.loadResult(results.get(r.resultNo()).id())
                    .orElseThrow(() -> new IllegalStateException("result " + r.resultNo() + " vanished during import"));
            Long replace = plan.pilotsToReplace().get(r.resultNo());
            PilotCase old = replace == null ? null : store.loadPilot(replace)
                    .orElseThrow(() -> new IllegalStateException("pilot case " + replace + " vanished during import"));
            write(r, result, old);
            counts[old == null ? 0 : 1]++;
        }
        return counts;
    }

    private void write(PilotRow r, Disclosure result, PilotCase old) {
        boolean registered = r.model() == PilotModel.OWNERSHIP && r.registeredOn() != null;
        boolean wasRegistered = old != null && old.model() == PilotModel.OWNERSHIP && old.reached(PilotStep.REGISTERED)
                && old.endedOn().isEmpty();
        String ownersBefore = old == null ? null : old.ownersBefore();
        if (registered && !wasRegistered) {
            ownersBefore = store.ipOwners(result.id()); // what a recovery or expiry gives back
        } else if (!registered && wasRegistered) {
            store.setIpOwners(result.id(), old.ownersBefore());
            ownersBefore = null;
        }
        PilotCase c = pilotCase(r, result, old, ownersBefore);
        // the rules the sheet was checked by: those in force at the agreement (else the publicity, else today)
        LocalDate ruleDate = r.agreementOn() != null ? r.agreementOn() : r.publicityFrom() != null ? r.publicityFrom()
                : today;
        List<Problem> problems = PilotValidator.validate(c, settings.rulesOn().apply(ruleDate)).stream()
                .filter(Problem::isError).toList();
        if (!problems.isEmpty()) {
            // the sheet's checks cover the row; this is the result's team, which the result editor keeps valid
            throw new IllegalStateException("imported pilot case of " + r.resultNo() + " is invalid: " + problems);
        }
        PilotCase saved = store.save(c);
        if (old != null) {
            store.deletePilotSteps(saved.id());
        }
        String actor = I18n.t("ledger.pilots.actor");
        String note = I18n.t("ledger.pilots.note");
        String undated = I18n.t("ledger.pilots.noteUndated");
        for (PilotStep step : stepsOf(r)) {
            LocalDate on = switch (step) {
                case PUBLICITY -> r.publicityFrom();
                case AGREEMENT -> r.agreementOn();
                case REGISTERED -> r.registeredOn();
                default -> null;
            };
            store.addPilotStep(saved.id(), step, on, step == PilotStep.PUBLICITY ? r.publicityTo() : null, actor,
                    on == null ? undated : note);
        }
        if (registered) {
            store.setIpOwners(result.id(), PilotService.coOwnersText(c, settings.unitName().get()));
        }
    }

    private PilotCase pilotCase(PilotRow r, Disclosure d, PilotCase old, String ownersBefore) {
        boolean ownership = r.model() == PilotModel.OWNERSHIP;
        PilotTerms terms = new PilotTerms(null, null, null, r.convertBy(), null);
        if (old != null) {
            terms = new PilotTerms(old.terms().incomeTeamShare(), old.terms().decisionRights(),
                    old.terms().maintenancePayer(), r.convertBy(), old.terms().recoveryRule());
        }
        String caseNo = old != null ? old.caseNo() : nextCaseNo();
        return PilotCaseBuilder.pilotCase().disclosureId(d.id()).model(r.model()).id(old == null ? null : old.id())
                .caseNo(caseNo).resultNo(d.resultNo()).resultTitle(d.title()).resultType(d.resultType())
                .department(d.departmentName()).teamShare(ownership ? r.teamShare() : null)
                .useYears(ownership ? null : r.useYears()).representativeId(PilotService.representativeOf(d))
                .owners(PilotService.teamOf(d)).terms(terms).ownersBefore(ownersBefore)
                // the sheet has no 经办人: an imported update keeps the case's
                .managerLogin(old == null ? null : old.managerLogin())
                .version(old == null ? 0 : old.version()).build();
    }

    /** FQ-YYYY-NNN like a case started in TransferDesk: numbered in the year it is entered. */
    private String nextCaseNo() {
        String prefix = "FQ-" + today.getYear() + "-";
        return prefix + String.format("%03d", store.maxPilotSequence(prefix) + 1);
    }

    /** The model's path up to the furthest step the row dates (just the application when it dates none). */
    static List<PilotStep> stepsOf(PilotRow r) {
        PilotStep furthest = r.registeredOn() != null && r.model() == PilotModel.OWNERSHIP ? PilotStep.REGISTERED
                : r.agreementOn() != null ? PilotStep.AGREEMENT
                : r.publicityFrom() != null ? PilotStep.PUBLICITY : PilotStep.APPLICATION;
        List<PilotStep> path = PilotStep.path(r.model());
        return new ArrayList<>(path.subList(0, path.indexOf(furthest) + 1));
    }
}
