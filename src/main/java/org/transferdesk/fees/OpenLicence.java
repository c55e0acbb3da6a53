package org.transferdesk.fees;

import java.time.LocalDate;
import org.transferdesk.common.Percent;

/**
 * R-PAT-OPEN [专利法 第五十至五十二条 (2021); 财税〔2024〕23号 二]: while a patent is under open licence its annual
 * fee is reduced by 15%. A law with its date: the notice took effect on 2024-07-15, so a fee due before it gets
 * no open-licence reduction however long the licence has run.
 */
public final class OpenLicence {
    public static final Percent REDUCTION = Percent.ofPercent("15");
    public static final LocalDate FEES_DUE_FROM = LocalDate.of(2024, 7, 15);

    private OpenLicence() {
    }

    /** The reduction of a fee due on {@code dueOn}, by whether the patent is under open licence that day. */
    public static Percent reductionOn(LocalDate dueOn, boolean underOpenLicence) {
        return underOpenLicence && !dueOn.isBefore(FEES_DUE_FROM) ? REDUCTION : Percent.ZERO;
    }
}
