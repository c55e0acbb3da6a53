package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.transferdesk.people.LeaderRole;

/**
 * The small facts the reward records answer, checked without a database: the repository and service tests
 * exercise them too, but mutation testing runs only the database-free tests, and these decide what the
 * workflow, the tax check and the patent bonus see.
 */
class RewardRecordBasicsTest {

    private static final LocalDate PAID = LocalDate.of(2024, 2, 29);

    private static DistributionLine line(LocalDate paidOn) {
        return new DistributionLine(null, 1L, "S001", "张三", LineRole.INVENTOR, new BigDecimal("1.000000"),
                new BigDecimal("1000.01"), null, false, LeaderRole.NONE, false, null, paidOn, null, null);
    }

    private static Distribution distribution(Long id, DistributionKind kind, DistributionLine line) {
        return new Distribution(id, kind, null, null, null, null, null, null, null, null, List.of(), List.of(), null,
                null, null, false, List.of(line), 0);
    }

    @Test
    void aLineIsPaidExactlyWhenItHasAPaymentDay() {
        assertThat(line(PAID).isPaid()).isTrue();
        assertThat(line(null).isPaid()).isFalse();
    }

    @Test
    void aDistributionIsNewUntilItHasAnId_andADraftUntilItsWorkflowMoves() {
        assertThat(distribution(null, DistributionKind.CASH, line(null)).isNew()).isTrue();
        assertThat(distribution(7L, DistributionKind.CASH, line(null)).isNew()).isFalse();
        assertThat(distribution(7L, DistributionKind.CASH, line(null)).status()).isEqualTo(DistributionStatus.DRAFT);
    }

    @ParameterizedTest
    @EnumSource(DistributionStatus.class)
    void onlyARevokedDistributionReleasesItsReceipts(DistributionStatus status) {
        assertThat(status.isLive()).isEqualTo(status != DistributionStatus.REVOKED);
    }

    @Test
    void incomeFromOwnershipIsNoTaxCase_whateverTheUnitsStatusOnThePaymentDay() {
        DistributionLine paid = line(PAID);
        Distribution d = distribution(7L, DistributionKind.OWNERSHIP_INCOME, paid);
        assertThat(LineTax.of(d, paid, NonProfitStatus.always(true), true, PAID)).isSameAs(LineTax.NOT_APPLICABLE);
    }

    @Test
    void anUndatedBonusCheckUsesTheRevisedFloor_theHighest() {
        assertThat(PatentBonusFloor.on(null)).isSameAs(PatentBonusFloor.REVISED_2023);
        assertThat(PatentBonusFloor.on(PatentBonusFloor.REVISED_2023_FROM.minusDays(1)))
                .isSameAs(PatentBonusFloor.RULES_2010);
        assertThat(PatentBonusFloor.on(PatentBonusFloor.REVISED_2023_FROM)).isSameAs(PatentBonusFloor.REVISED_2023);
    }
}
