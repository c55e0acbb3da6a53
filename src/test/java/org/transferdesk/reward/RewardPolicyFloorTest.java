package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;

/** R-POLICY: a rate exactly at its jurisdiction's floor may be saved; a ten-thousandth of a percent below may not. */
class RewardPolicyFloorTest {
    /** R-BONUS: a version dated from the 2023 细则's day of effect, whose floors are 4,000/1,500. */
    private static final LocalDate FROM = LocalDate.of(2024, 1, 20);

    private static RewardPolicy policy(RewardPolicy.Preset preset, String transfer, String equity, String self,
                                       int years, String key, int days, String staff, String invention,
                                       String other) {
        return new RewardPolicy(preset, Percent.ofPercent(transfer), Percent.ofPercent(equity), Percent.ofPercent(self),
                years, Percent.ofPercent(key), RewardPolicy.DEFAULT_DEDUCTIBLE, days,
                RewardPolicy.PublicityCalendar.WORKING_DAYS, RewardPolicy.LeaderEquity.WAIVE_AND_REDISTRIBUTE,
                Percent.ofPercent(staff), new BigDecimal(invention), new BigDecimal(other));
    }

    @ParameterizedTest(name = "{0}: {1}/{2}/{3} × {4}y, key {5}, {6} days, staff {7}, bonus {8}/{9} → {10}")
    @CsvSource(textBlock = """
            NATIONAL, 50,      50,      5,      3, 50,      15, 0,      4000.00, 1500.00, ''
            NATIONAL, 100,     100,     100,    5, 100,     15, 0,      4000.00, 1500.00, ''
            NATIONAL, 49.9999, 50,      5,      3, 50,      15, 0,      4000.00, 1500.00, reward.policy.transferLicense
            NATIONAL, 50,      49.9999, 5,      3, 50,      15, 0,      4000.00, 1500.00, reward.policy.equity
            NATIONAL, 50,      50,      4.9999, 3, 50,      15, 0,      4000.00, 1500.00, reward.policy.self
            NATIONAL, 50,      50,      5,      3, 49.9999, 15, 0,      4000.00, 1500.00, reward.policy.key
            # the technical-contract rate follows the transfer/licence rate unless set, so it is too high as well
            NATIONAL, 100.0001, 50,     5,      3, 50,      15, 0,      4000.00, 1500.00, reward.policy.transferLicense;reward.policy.techContract
            NATIONAL, 50,      50,      5,      2, 50,      15, 0,      4000.00, 1500.00, selfYears
            NATIONAL, 50,      50,      5,      6, 50,      15, 0,      4000.00, 1500.00, selfYears
            NATIONAL, 50,      50,      5,      3, 50,      14, 0,      4000.00, 1500.00, publicityDays
            NATIONAL, 50,      50,      5,      3, 50,      15, 0,      3999.99, 1500.00, bonus
            NATIONAL, 50,      50,      5,      3, 50,      15, 0,      4000.00, 1499.99, bonus
            ZHEJIANG, 70,      70,      10,     5, 70,      15, 5,      4000.00, 1500.00, ''
            ZHEJIANG, 70,      70,      10,     5, 70,      15, 4.9999, 4000.00, 1500.00, reward.policy.transferStaff
            SHANDONG, 70,      70,      5,      3, 50,      15, 0,      4000.00, 1500.00, ''
            SHANDONG, 70,      70,      4.9999, 3, 50,      15, 0,      4000.00, 1500.00, reward.policy.self
            """)
    void belowFloor_atTheFloorPasses_aHairBelowFails(RewardPolicy.Preset preset, String transfer, String equity,
                                                     String self, int years, String key, int days, String staff,
                                                     String invention, String other, String failing) {
        RewardPolicy p = policy(preset, transfer, equity, self, years, key, days, staff, invention, other);
        assertThat(p.belowFloor(FROM)).extracting(Problem::field)
                .containsExactly(failing.isEmpty() ? new String[0] : failing.split(";"));
    }

    @ParameterizedTest(name = "{0} preset → {1}% × {2} years")
    @CsvSource(textBlock = """
            NATIONAL, 5,  3
            BEIJING,  5,  5
            ZHEJIANG, 10, 5
            SHANDONG, 5,  3
            SHANXI,   5,  3
            """)
    void presets_fallBackToTheNationalSelfImplementationFloor(RewardPolicy.Preset preset, BigDecimal rate, int years) {
        RewardPolicy p = preset.policy();
        assertThat(p.selfRate().percent()).isEqualByComparingTo(rate);
        assertThat(p.selfYears()).isEqualTo(years);
        assertThat(p.belowFloor(FROM)).isEmpty();
        assertThat(p.inventionBonus()).isEqualByComparingTo("4000.00");
    }
}
