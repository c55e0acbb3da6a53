package org.transferdesk.report;

import java.math.BigDecimal;
import java.util.Map;
import org.transferdesk.deal.DealMode;

/**
 * What the home screen's charts show of a year: part (3)'s six modes (R-REPORT-COUNT) and part (5)'s cash and
 * equity rewards. The charts' earlier years are read as these sums alone, not as whole annual reports (issue 20).
 */
public record YearFigures(int year, Map<DealMode, Tally> modes, BigDecimal cashRewards, BigDecimal equityRewards) {
    public YearFigures {
        modes = Map.copyOf(modes);
    }

    /** The same figures of a whole report. */
    public static YearFigures of(AnnualReport r) {
        return new YearFigures(r.year(), r.modes(), r.rewards().cash(), r.rewards().equity());
    }

    public Tally mode(DealMode mode) {
        return modes.getOrDefault(mode, Tally.ZERO);
    }

    /** The six modes together, as {@link AnnualReport#all()}. */
    public Tally all() {
        return ReportModes.SIX.stream().map(this::mode).reduce(Tally.ZERO, Tally::plus);
    }
}
