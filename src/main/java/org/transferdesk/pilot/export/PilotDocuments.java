package org.transferdesk.pilot.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.deal.PublicityNoticeService;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotRules;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.pilot.PilotWorkflow;
import org.transferdesk.pilot.StepRecord;
import org.transferdesk.export.print.PrintableSheet;
import org.transferdesk.export.print.PrintableXlsx;

/**
 * Gathers what the pilot documents need (the result's IP, the unit's name, the office's objection contact,
 * each case's deadline and deals) and writes them; the same for the CLI and the GUI. Reads only and touches
 * no UI, so it runs on a background thread.
 */
public final class PilotDocuments {
    private final PilotService pilots;
    private final DisclosureService disclosures;
    private final Supplier<String> unitName;
    private final BiFunction<String, LocalDate, Optional<String>> settings;
    private final PilotIncome income;

    /**
     * @param unitName the unit's name (blank: the generic 本单位)
     * @param settings an office setting in force on a date (key, date → value)
     * @param income   the deals signed on a result since a date
     */
    public PilotDocuments(PilotService pilots, DisclosureService disclosures, Supplier<String> unitName,
                          BiFunction<String, LocalDate, Optional<String>> settings, PilotIncome income) {
        this.pilots = pilots;
        this.disclosures = disclosures;
        this.unitName = unitName;
        this.settings = settings;
        this.income = income;
    }

    /** The case with number {@code caseNo} (FQ-YYYY-NNN); a clear error when there is none. */
    public PilotCase byCaseNo(String caseNo) {
        String wanted = caseNo == null ? "" : caseNo.strip();
        return pilots.findByCaseNo(wanted).or(() -> pilots.findByCaseNo(wanted.toUpperCase(java.util.Locale.ROOT)))
                .orElseThrow(() -> new UserFacingException("pilotExport.error.unknownCase", wanted));
    }

    /**
     * The grant publicity notice of a case. The recorded publicity's dates are used; before it is recorded
     * the notice proposes a publicity from today to the earliest last day the rules allow.
     */
    public PrintableSheet notice(long caseId) {
        PilotCase c = pilots.find(caseId).orElseThrow(() -> new UserFacingException("error.recordGone"));
        Optional<StepRecord> publicity = c.step(PilotStep.PUBLICITY).filter(s -> s.doneOn() != null);
        LocalDate from;
        LocalDate to;
        if (publicity.isPresent() && publicity.get().endsOn() != null) {
            from = publicity.get().doneOn();
            to = publicity.get().endsOn();
        } else {
            from = pilots.today();
            to = PilotWorkflow.earliestPublicityEnd(from, pilots.rulesOn(from));
        }
        List<IpAsset> ip = disclosures.find(c.disclosureId()).map(Disclosure::ipAssets).orElse(List.of());
        String contact = settings.apply(PublicityNoticeService.OBJECTION_CONTACT, from).orElse(null);
        return PilotNotice.build(c, new PilotNotice.Context(unit(), ip, from, to, c.publicityPlace(), contact));
    }

    /** The register of every case, by case number, with deadlines as of today. */
    public PrintableSheet register() {
        LocalDate today = pilots.today();
        PilotRules rules = pilots.rulesOn(today);
        List<PilotRegister.Entry> entries = new ArrayList<>();
        for (PilotCase c : pilots.all().stream().sorted(Comparator.comparing(PilotCase::caseNo)).toList()) {
            PilotIncome.Deals deals = c.dateOf(PilotStep.AGREEMENT).map(on -> income.since(c.disclosureId(), on))
                    .orElse(null);
            entries.add(new PilotRegister.Entry(c, pilots.deadline(c, today, rules).orElse(null), deals));
        }
        return PilotRegister.build(unit(), today, entries);
    }

    public void writeNotice(long caseId, Path out) {
        PrintableXlsx.write(out, List.of(notice(caseId)));
    }

    public void writeRegister(Path out) {
        PrintableXlsx.write(out, List.of(register()));
    }

    private String unit() {
        String name = unitName.get();
        return name == null || name.isBlank() ? I18n.t("pilot.unitFallback") : name.strip();
    }
}
