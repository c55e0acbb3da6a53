package org.transferdesk.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.fees.FeeFixture.d;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.Percent;
import org.transferdesk.pilot.MaintenancePayer;

/** The year's fee budget: which fees, in which order, who pays what, paid or assumed paid, and the totals. */
class FeePlanTest {
    private final FeePlan plan = FeePlan.of(2026, FeeFixture.ALL, FeeFixture.STATUTORY);

    @Test
    void everyFeeDueInTheYear_byDueDateThenApplicationNumber_withSplitsAndStatus() {
        assertThat(plan.year()).isEqualTo(2026);
        assertThat(plan.rows()).extracting(r -> r.patent().ipId() + "/" + r.fee().year() + "/" + r.fee().dueOn()
                        + "/" + r.fee().payable() + "/" + r.universityPart() + "/" + r.coOwnersPart() + "/" + r.paid())
                .containsExactly(
                        "4/5/2026-01-04/270.00/270.00/0.00/false",
                        "6/10/2026-01-09/600.00/600.00/0.00/true",
                        "2/7/2026-03-09/600.00/180.00/420.00/false",
                        "8/8/2026-07-14/300.00/300.00/0.00/false",
                        "1/8/2026-07-14/300.00/300.00/0.00/true",
                        "3/6/2026-08-31/360.00/0.00/360.00/false",
                        "5/9/2026-11-19/600.00/200.00/400.00/false");
        assertThat(plan.rows().get(0).fee().ownerKind()).isEqualTo(OwnerKind.JOINT);
        assertThat(plan.rows().get(1).fee().ownerKind()).isEqualTo(OwnerKind.SOLE);
    }

    @Test
    void totals_sumTheRows() {
        assertThat(plan.total()).isEqualTo(new BigDecimal("3030.00"));
        assertThat(plan.university()).isEqualTo(new BigDecimal("1850.00"));
        assertThat(plan.coOwners()).isEqualTo(new BigDecimal("1180.00"));
        assertThat(plan.university().add(plan.coOwners())).isEqualTo(plan.total());
    }

    @Test
    void aYearWithoutFees_isEmpty_withZeroTotals() {
        FeePlan none = FeePlan.of(2015, FeeFixture.ALL, FeeFixture.STATUTORY);
        assertThat(none.rows()).isEmpty();
        assertThat(none.total()).isEqualTo(new BigDecimal("0.00"));
        assertThat(none.university()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void settled_isPaid_orGraceEndedBeforeTracking() {
        FeeYear fTen = FeeFixture.F.feeYears(FeeFixture.STATUTORY).stream().filter(y -> y.year() == 10).findFirst()
                .orElseThrow();
        assertThat(fTen.graceEnd()).isEqualTo("2026-07-09");
        assertThat(FeeFixture.F.settled(fTen)).isTrue();
        PatentFeeInput trackedOnGraceEnd = new PatentFeeInput(6, 60, null, null, null, FeeFixture.F.type(),
                FeeFixture.F.filedOn(), FeeFixture.F.grantedOn(), d("2026-07-09"), null, null);
        assertThat(trackedOnGraceEnd.settled(fTen)).isFalse();
        assertThat(trackedOnGraceEnd.ownerOn(d("2025-01-01"))).isEqualTo(OwnerKind.SOLE);
    }

    @Test
    void ownerOn_coOwnedPeriods_fromInclusive_toExclusive() {
        assertThat(FeeFixture.F.ownerOn(d("2019-12-31"))).isEqualTo(OwnerKind.SOLE);
        assertThat(FeeFixture.F.ownerOn(d("2020-01-01"))).isEqualTo(OwnerKind.JOINT);
        assertThat(FeeFixture.F.ownerOn(d("2026-01-08"))).isEqualTo(OwnerKind.JOINT);
        assertThat(FeeFixture.F.ownerOn(d("2026-01-09"))).isEqualTo(OwnerKind.SOLE);
        assertThat(FeeFixture.B.ownerOn(d("2099-01-01"))).isEqualTo(OwnerKind.JOINT);
        assertThat(FeeFixture.B.periodOn(d("2025-01-01")).orElseThrow().caseNo()).isEqualTo("FQ-2024-001");
    }

    @ParameterizedTest(name = "{0} at {1}% of {2} → university {3}")
    @CsvSource(nullValues = "null", value = {
            "UNIVERSITY, 30, 600.00, 600.00",
            "TEAM, 30, 600.00, 0.00",
            "BY_SHARE, 30, 600.00, 180.00",
            "BY_SHARE, 33.3333, 100.00, 33.33",
            "BY_SHARE, 12.345, 0.10, 0.01",
            "null, 25, 600.00, 150.00",
            "BY_SHARE, null, 600.00, 600.00",
    })
    void universityPart_byPayer(MaintenancePayer payer, String share, BigDecimal payable, BigDecimal university) {
        CoOwnedPeriod period = new CoOwnedPeriod(d("2020-01-01"), null, payer,
                share == null ? null : Percent.ofPercent(share), null);
        assertThat(FeePlan.universityPart(payable, Optional.of(period))).isEqualTo(university);
        assertThat(FeePlan.universityPart(payable, Optional.empty())).isEqualTo(payable);
    }

    @Test
    void nonPatents_haveNoRows() {
        List<Long> ids = plan.rows().stream().map(r -> r.patent().ipId()).distinct().toList();
        assertThat(ids).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 8L);
    }
}
