package org.transferdesk.fees;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.transferdesk.common.Percent;
import org.transferdesk.ip.IpType;
import org.transferdesk.pilot.MaintenancePayer;

/** Patents with fees due in 2026 under the statutory tables (by due date), one per way of sharing the fee. */
final class FeeFixture {
    static final FeeRules STATUTORY = FeeSettings.STATUTORY;

    private FeeFixture() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static PatentFeeInput patent(long id, String appNo, IpType type, String filed, String granted, String trackedFrom,
                                 Set<Integer> paid, CoOwnedPeriod... coOwned) {
        return new PatentFeeInput(id, id * 10, "CG-" + id, "专利" + id, appNo, type, d(filed), d(granted),
                trackedFrom == null ? null : d(trackedFrom), paid, List.of(coOwned));
    }

    /** E10, sole: year 8 due 2026-07-14, 300.00, recorded as paid. */
    static final PatentFeeInput A = patent(1, "201910000002.1", IpType.INVENTION_PATENT, "2019-07-15", "2022-03-08",
            null, Set.of(8));
    /** E10 again, unpaid: same due date, smaller application number → listed first. */
    static final PatentFeeInput H = patent(8, "201910000001.1", IpType.INVENTION_PATENT, "2019-07-15", "2022-03-08",
            null, Set.of());
    /** Co-owned by share 30% from 2024: year 7 due 2026-03-09, 2,000 × 30% = 600.00 → 180.00 / 420.00. */
    static final PatentFeeInput B = patent(2, "202010000003.X", IpType.INVENTION_PATENT, "2020-03-10", "2023-05-20",
            null, Set.of(), new CoOwnedPeriod(d("2024-01-01"), null, MaintenancePayer.BY_SHARE,
                    Percent.ofPercent("30"), "FQ-2024-001"));
    /** Utility model, the team pays: year 6 due 2026-08-31, 1,200 × 30% = 360.00 all co-owners. */
    static final PatentFeeInput C = patent(3, "202120000004.2", IpType.UTILITY_MODEL, "2021-09-01", "2022-04-01",
            null, Set.of(), new CoOwnedPeriod(d("2023-01-01"), null, MaintenancePayer.TEAM,
                    Percent.ofPercent("40"), "FQ-2023-002"));
    /** Design, the university pays: year 5 due 2026-01-04, 900 × 30% = 270.00 all university. */
    static final PatentFeeInput D = patent(4, "202230000005.3", IpType.DESIGN, "2022-01-05", "2022-06-30",
            null, Set.of(), new CoOwnedPeriod(d("2023-01-01"), d("2027-01-01"), MaintenancePayer.UNIVERSITY,
                    Percent.ofPercent("50"), "FQ-2023-003"));
    /**
     * No payer recorded (→ by share 33.3333%): year 9 due 2026-11-19, the 7th fee year from the grant year (3), so
     * reduced since 2018-08-01: 2,000 × 30% = 600 → 200.00 / 400.00.
     */
    static final PatentFeeInput E = patent(5, "201810000006.4", IpType.INVENTION_PATENT, "2018-11-20", "2021-02-01",
            null, Set.of(), new CoOwnedPeriod(d("2021-06-01"), null, null, Percent.ofPercent("33.3333"), null));
    /**
     * Co-owned until the due date (exclusive) → sole then: year 10 due 2026-01-09, the 8th fee year from the grant
     * year (3), 4,000 × 15% = 600 all university;
     * tracked from after its grace end → assumed paid.
     */
    static final PatentFeeInput F = patent(6, "201710000007.5", IpType.INVENTION_PATENT, "2017-01-10", "2019-12-01",
            "2026-07-10", Set.of(), new CoOwnedPeriod(d("2020-01-01"), d("2026-01-09"), MaintenancePayer.BY_SHARE,
                    Percent.ofPercent("50"), "FQ-2020-001"));
    /** Not a patent: no fees. */
    static final PatentFeeInput SOFTWARE = patent(7, null, IpType.SOFTWARE_COPYRIGHT, "2020-01-01", "2020-06-01",
            null, Set.of());

    static final List<PatentFeeInput> ALL = List.of(A, B, C, D, E, F, H, SOFTWARE);
}
