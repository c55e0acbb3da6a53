package org.transferdesk.report;

import java.util.List;
import java.util.Map;
import org.transferdesk.deal.DealMode;

/**
 * Every figure of the annual report for one calendar year (R-REPORT-PARTS), in yuan, with the records behind
 * each figure: {@code trace} maps a figure's path in the JSON export (e.g. {@code modes.TRANSFER.received},
 * {@code rewards.cash}) to its records (R-REPORT-TRACE). {@code counterparties}, {@code institutions} and
 * {@code office} are R-REPORT-MORE's figures from the registers, {@code incomeDistribution} part (5)'s R-UNIT-SPLIT.
 */
public record AnnualReport(int year, ReportConventions conventions, Map<DealMode, Tally> modes, Tally conversion,
                           Tally cooperation, Tally all, Map<String, Tally> licenceKinds, LargeContracts large,
                           CompanyFigures companies, FiscalFunded fiscalFunded, ResultFigures results, RewardFigures rewards,
                           PilotFigures pilots, PeopleFigures people, List<ProjectRow> projects,
                           List<DataCheck> checks, Map<String, List<TraceLine>> trace,
                           CounterpartyFigures counterparties, InstitutionFigures institutions, OfficeFigures office,
                           IncomeDistribution incomeDistribution) {
    /** The key of a group whose records name no type, funding, department or licence kind. */
    public static final String UNSPECIFIED = "UNSPECIFIED";

    public AnnualReport {
        counterparties = counterparties == null ? CounterpartyFigures.NONE : counterparties;
        institutions = institutions == null ? InstitutionFigures.NONE : institutions;
        office = office == null ? OfficeFigures.NONE : office;
        incomeDistribution = incomeDistribution == null ? IncomeDistribution.NONE : incomeDistribution;
        modes = Map.copyOf(modes);
        licenceKinds = Map.copyOf(licenceKinds);
        projects = List.copyOf(projects);
        checks = List.copyOf(checks);
        trace = Map.copyOf(trace);
    }

    public Tally mode(DealMode mode) {
        return modes.getOrDefault(mode, Tally.ZERO);
    }

    /** The records behind the figure at {@code path}; empty for a figure no record makes. */
    public List<TraceLine> traceOf(String path) {
        return trace.getOrDefault(path, List.of());
    }
}
