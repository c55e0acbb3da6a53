package org.transferdesk.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.transferdesk.deal.DealMode;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.CompanyFigures;
import org.transferdesk.report.DataCheck;
import org.transferdesk.report.FiscalFunded;
import org.transferdesk.report.LargeContracts;
import org.transferdesk.report.PeopleFigures;
import org.transferdesk.report.PilotFigures;
import org.transferdesk.report.ReportConventions;
import org.transferdesk.report.ResultFigures;
import org.transferdesk.report.RewardFigures;
import org.transferdesk.report.Tally;

/** Annual reports made up directly (no database) for the pure dashboard tests. */
public final class TestReports {
    private TestReports() {
    }

    /** A year with one licence group holding {@code all} and the given rewards, results and pilot grants. */
    public static AnnualReport report(int year, Tally all, String cash, String equity, int disclosed, int granted,
                                      Map<String, Integer> byDepartment, List<DataCheck> checks) {
        ResultFigures results = new ResultFigures(disclosed, Map.of(), Map.of(), byDepartment, Map.of(), Map.of());
        RewardFigures rewards = new RewardFigures(new BigDecimal(cash), new BigDecimal(equity), 0, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO, false, BigDecimal.ZERO);
        return new AnnualReport(year, ReportConventions.from(k -> Optional.empty()), Map.of(DealMode.LICENSE, all),
                all, Tally.ZERO, all, Map.of(), new LargeContracts(0, 0, 0, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, null, null, List.of()), new CompanyFigures(0, 0, BigDecimal.ZERO),
                new FiscalFunded(0, BigDecimal.ZERO), results, rewards,
                new PilotFigures(granted, granted, 0, 0, BigDecimal.ZERO), new PeopleFigures(0, 0, 0, 0), List.of(),
                checks, Map.of(), null, null, null, null);
    }

    public static Tally tally(int contracts, String amount, String received) {
        return new Tally(contracts, new BigDecimal(amount), new BigDecimal(received));
    }
}
