package org.transferdesk.report;

import java.util.List;
import org.transferdesk.deal.DealMode;

/** The six modes of the report and its two groups (R-REPORT-PARTS (3) and (4)). */
public final class ReportModes {
    public static final List<DealMode> SIX = List.of(DealMode.TRANSFER, DealMode.LICENSE, DealMode.EQUITY,
            DealMode.DEVELOPMENT, DealMode.CONSULTING, DealMode.SERVICE);
    public static final List<DealMode> CONVERSION = SIX.subList(0, 3);
    public static final List<DealMode> COOPERATION = SIX.subList(3, 6);

    private ReportModes() {
    }
}
