package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.db.Database;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.RewardPolicy.Preset;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;
import org.junit.jupiter.api.Tag;

/**
 * R-BONUS floors with their dates: 2010 细则 第七十七条 (3,000/1,000) until 2024-01-19, 2023 细则 第九十三条
 * (4,000/1,500) from 2024-01-20 — a bonus by its grant date, a policy by its date of effect.
 */
@Tag(TestDatabase.TAG)
class PatentBonusFloorTest {
    private final Database db = TestDatabase.fresh();
    private final RewardPolicyService service =
            new RewardPolicyService(new OfficeSettings(new PolicySettingRepository(db.dsl())), TestDatabase.CLOCK);

    @AfterEach
    void close() {
        db.close();
    }

    private static RewardPolicy withBonus(RewardPolicy p, String invention, String other) {
        return new RewardPolicy(p.jurisdiction(), p.transferLicenseRate(), p.equityRate(), p.selfRate(), p.selfYears(),
                p.keyContributorMinimum(), p.deductible(), p.publicityDays(), p.publicityCalendar(), p.leaderEquity(),
                p.transferStaffShare(), new BigDecimal(invention), new BigDecimal(other));
    }

    private static IpAsset patent(IpType type, LocalDate grantedOn) {
        return new IpAsset(7L, type, "202310123456.6", "散热结构", LocalDate.of(2022, 3, 1), grantedOn,
                IpStatus.GRANTED, null);
    }

    private static final List<TeamMember> TEAM = List.of(
            new TeamMember(1, "T001", "甲", new BigDecimal("60"), true, LeaderRole.NONE, "R1"),
            new TeamMember(2, "T002", "乙", new BigDecimal("40"), false, LeaderRole.NONE, "R1"));

    @ParameterizedTest(name = "{1} granted {0} → floor {2}")
    @CsvSource(textBlock = """
            2010-02-01, INVENTION_PATENT, 3000.00
            2024-01-19, INVENTION_PATENT, 3000.00
            2024-01-20, INVENTION_PATENT, 4000.00
            2024-01-19, UTILITY_MODEL,    1000.00
            2024-01-20, UTILITY_MODEL,    1500.00
            2024-01-19, DESIGN,           1000.00
            2024-01-20, DESIGN,           1500.00
            ,           INVENTION_PATENT, 4000.00
            ,           DESIGN,           1500.00
            """)
    void floorOn_isTheTextInForceThatDay(LocalDate day, IpType type, BigDecimal floor) {
        assertThat(PatentBonusFloor.on(day).of(type)).isEqualTo(floor);
    }

    @ParameterizedTest(name = "policy from {0} with {1}/{2} → {3}")
    @CsvSource(textBlock = """
            2024-01-19, 3000.00, 1000.00, ''
            2024-01-19, 2999.99, 1000.00, 3000.00/1000.00
            2024-01-19, 3000.00, 999.99,  3000.00/1000.00
            2024-01-20, 4000.00, 1500.00, ''
            2024-01-20, 3999.99, 1500.00, 4000.00/1500.00
            2024-01-20, 4000.00, 1499.99, 4000.00/1500.00
            2024-01-20, 3000.00, 1000.00, 4000.00/1500.00
            ,           3999.99, 1500.00, 4000.00/1500.00
            """)
    void policyBonus_isCheckedAgainstTheFloorOfItsDateOfEffect(LocalDate from, String invention, String other,
                                                               String floorNamed) {
        List<Problem> problems = withBonus(Preset.NATIONAL.policy(), invention, other).belowFloor(from);
        if (floorNamed.isEmpty()) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("bonus");
                assertThat(p.args()[0] + "/" + p.args()[1]).isEqualTo(floorNamed);
            });
        }
    }

    @ParameterizedTest(name = "{1} granted {0}, no policy of the office's own → {2}")
    @CsvSource(textBlock = """
            2024-01-19, INVENTION_PATENT, 3000.00, 1800.00, 1200.00
            2024-01-20, INVENTION_PATENT, 4000.00, 2400.00, 1600.00
            2024-01-19, UTILITY_MODEL,    1000.00, 600.00,  400.00
            2024-01-20, UTILITY_MODEL,    1500.00, 900.00,  600.00
            2024-01-19, DESIGN,           1000.00, 600.00,  400.00
            2024-01-20, DESIGN,           1500.00, 900.00,  600.00
            """)
    void defaultPolicy_proposesTheFloorOfTheGrantDate(LocalDate grantedOn, IpType type, BigDecimal bonus,
                                                      BigDecimal first, BigDecimal second) {
        Distribution d = DistributionProposer.patentBonus(patent(type, grantedOn), "成果", TEAM,
                service.policyOn(grantedOn));
        assertThat(d.figures().pool()).isEqualTo(bonus);
        assertThat(d.lines()).extracting(DistributionLine::amount).containsExactly(first, second);
    }

    @ParameterizedTest(name = "policy {0}/{1} from 2023-06-01, {2} granted {3} → {4}")
    @CsvSource(textBlock = """
            3000.00, 1000.00, INVENTION_PATENT, 2024-01-19, 3000.00
            3000.00, 1000.00, INVENTION_PATENT, 2024-01-20, 4000.00
            3000.00, 1000.00, UTILITY_MODEL,    2024-01-19, 1000.00
            3000.00, 1000.00, UTILITY_MODEL,    2024-01-20, 1500.00
            5000.00, 2000.00, INVENTION_PATENT, 2024-01-20, 5000.00
            5000.00, 2000.00, DESIGN,           2024-01-20, 2000.00
            """)
    void olderPolicy_stillInForce_isLiftedToTheFloorOfTheGrantDate(String invention, String other, IpType type,
                                                                   LocalDate grantedOn, BigDecimal bonus) {
        service.set(LocalDate.of(2023, 6, 1), withBonus(Preset.NATIONAL.policy(), invention, other));

        Distribution d = DistributionProposer.patentBonus(patent(type, grantedOn), "成果", TEAM,
                service.policyOn(grantedOn));

        assertThat(d.figures().pool()).isEqualTo(bonus);
    }

    @Test
    void service_storesTheOldFloorOnlyForAVersionDatedBeforeTheRevision() {
        RewardPolicy oldFloor = withBonus(Preset.NATIONAL.policy(), "3000.00", "1000.00");
        service.set(LocalDate.of(2024, 1, 19), oldFloor);

        assertThatThrownBy(() -> service.set(LocalDate.of(2024, 1, 20), oldFloor))
                .isInstanceOf(ValidationException.class);
        assertThat(service.history()).extracting(DatedPolicy::effectiveFrom).containsExactly(LocalDate.of(2024, 1, 19));
        assertThat(service.policyOn(LocalDate.of(2024, 1, 20)).inventionBonus()).isEqualTo(new BigDecimal("3000.00"));
    }

    @ParameterizedTest(name = "{0} preset on {1} → {2}/{3}")
    @CsvSource(textBlock = """
            NATIONAL, 2024-01-19, 3000.00, 1000.00
            NATIONAL, 2024-01-20, 4000.00, 1500.00
            BEIJING,  2024-01-19, 3000.00, 1000.00
            ZHEJIANG, 2024-01-20, 4000.00, 1500.00
            """)
    void presetOn_holdsTheFloorsOfThatDay_andPassesItsOwnCheck(Preset preset, LocalDate day, BigDecimal invention,
                                                              BigDecimal other) {
        RewardPolicy p = preset.policyOn(day);
        assertThat(p.inventionBonus()).isEqualTo(invention);
        assertThat(p.otherPatentBonus()).isEqualTo(other);
        assertThat(p.belowFloor(day)).isEmpty();
    }
}
