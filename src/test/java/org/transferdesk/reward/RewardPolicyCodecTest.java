package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.transferdesk.common.Percent;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.reward.RewardPolicy.LeaderEquity;
import org.transferdesk.reward.RewardPolicy.Preset;
import org.transferdesk.reward.RewardPolicy.PublicityCalendar;

/** The stored text form of a policy reads back to the same policy; anything else is refused by name. */
class RewardPolicyCodecTest {
    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyPreset_roundTrips(Preset preset) {
        RewardPolicy policy = preset.policy();
        String text = RewardPolicyCodec.encode(policy);
        assertThat(RewardPolicyCodec.decode(text)).isEqualTo(policy);
        assertThat(RewardPolicyCodec.encode(RewardPolicyCodec.decode(text))).isEqualTo(text);
        assertThat(text.length()).isLessThanOrEqualTo(500);
    }

    @Test
    void zhejiang_readsAsDocumented() {
        assertThat(RewardPolicyCodec.encode(Preset.ZHEJIANG.policy())).isEqualTo("preset=ZHEJIANG;transferLicense=0.7;"
                + "equity=0.7;self=0.1;selfYears=5;key=0.7;"
                + "deductible=TAX,MAINTENANCE,VALUATION,APPRAISAL,NEGOTIATION,INTERMEDIARY;publicityDays=15;"
                + "publicityCalendar=WORKING_DAYS;leaderEquity=WAIVE_AND_REDISTRIBUTE;transferStaff=0.05;"
                + "inventionBonus=4000.00;otherPatentBonus=1500.00;techContract=0.7;techKey=true;unitUniversity=0;"
                + "unitSchool=0;unitOffice=0");
    }

    @Test
    void editedPolicy_withOddRatesAndNoDeductibleCosts_roundTrips() {
        RewardPolicy policy = new RewardPolicy(Preset.SHANDONG, Percent.ofPercent("83.3333"), Percent.ofPercent("100"),
                Percent.ofPercent("7.5"), 4, Percent.ofPercent("66.666667"), Set.of(), 20,
                PublicityCalendar.CALENDAR_DAYS, LeaderEquity.CONVERT_TO_CASH, Percent.ofPercent("1"),
                new BigDecimal("5000"), new BigDecimal("2000.5"));
        RewardPolicy back = RewardPolicyCodec.decode(RewardPolicyCodec.encode(policy));
        assertThat(back).isEqualTo(policy);
        assertThat(back.deductible()).isEmpty();
        assertThat(RewardPolicyCodec.encode(policy)).contains("equity=1;", "deductible=;", "otherPatentBonus=2000.50");
    }

    @Test
    void deductibleCategories_keepEnumOrder_whateverTheSetOrder() {
        RewardPolicy p = Preset.NATIONAL.policy();
        RewardPolicy other = new RewardPolicy(p.jurisdiction(), p.transferLicenseRate(), p.equityRate(), p.selfRate(),
                p.selfYears(), p.keyContributorMinimum(), EnumSet.of(CostCategory.OTHER, CostCategory.TAX),
                p.publicityDays(), p.publicityCalendar(), p.leaderEquity(), p.transferStaffShare(), p.inventionBonus(),
                p.otherPatentBonus());
        assertThat(RewardPolicyCodec.encode(other)).contains("deductible=TAX,OTHER;");
    }

    @Test
    void unknownMissingOrMalformedText_isRefusedWithTheFault() {
        String good = RewardPolicyCodec.encode(Preset.NATIONAL.policy());
        assertThatThrownBy(() -> RewardPolicyCodec.decode(good + ";colour=red"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown reward policy field 'colour'");
        assertThatThrownBy(() -> RewardPolicyCodec.decode(good.replace("selfYears=3;", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lacks [selfYears]");
        assertThatThrownBy(() -> RewardPolicyCodec.decode(good.replace("preset=NATIONAL", "preset=MARS")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Malformed").hasMessageContaining("MARS");
        assertThatThrownBy(() -> RewardPolicyCodec.decode(good.replace("equity=0.5", "equity=half")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Malformed");
        assertThatThrownBy(() -> RewardPolicyCodec.decode(good + ";key=0.9"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> RewardPolicyCodec.decode("nonsense"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without '='");
        assertThatThrownBy(() -> RewardPolicyCodec.decode(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Empty");
    }

    @Test
    void techContractsAndUnitShares_roundTrip() {
        RewardPolicy policy = Preset.SHANDONG.policy()
                .withTechContracts(new RewardPolicy.TechContracts(Percent.ofPercent("33.3333"), false))
                .withUnitShares(new RewardPolicy.UnitShares(Percent.ofPercent("10"), Percent.ofPercent("7.5"),
                        Percent.ofPercent("2.5")));
        String text = RewardPolicyCodec.encode(policy);
        assertThat(text).endsWith(";techContract=0.333333;techKey=false;unitUniversity=0.1;unitSchool=0.075;"
                + "unitOffice=0.025");
        RewardPolicy back = RewardPolicyCodec.decode(text);
        assertThat(back).isEqualTo(policy);
        assertThat(back.techContracts().keyRule()).isFalse();
        assertThat(back.unitShares().school()).isEqualTo(Percent.ofPercent("7.5"));
        assertThat(RewardPolicyCodec.decode(text.replace("techKey=false", "techKey=true")).techContracts().keyRule())
                .isTrue();
    }

    /** A version stored before R-45-TECH and R-UNIT-SPLIT were settings reads with their defaults. */
    @Test
    void aPolicyStoredBeforeTheNewSettings_readsWithTheirDefaults() {
        String old = "preset=BEIJING;transferLicense=0.8;equity=0.7;self=0.05;selfYears=5;key=0.5;"
                + "deductible=TAX,MAINTENANCE;publicityDays=15;publicityCalendar=WORKING_DAYS;"
                + "leaderEquity=WAIVE_AND_REDISTRIBUTE;transferStaff=0;inventionBonus=4000.00;otherPatentBonus=1500.00";
        RewardPolicy p = RewardPolicyCodec.decode(old);
        assertThat(p.transferLicenseRate()).isEqualTo(Percent.ofPercent("80"));
        assertThat(p.techContracts()).isEqualTo(new RewardPolicy.TechContracts(Percent.ofPercent("80"), true));
        assertThat(p.unitShares()).isEqualTo(RewardPolicy.UnitShares.NONE);
        assertThat(RewardPolicyCodec.encode(p)).isEqualTo(old + ";techContract=0.8;techKey=true;unitUniversity=0;"
                + "unitSchool=0;unitOffice=0");
    }

    @Test
    void onlySomeOfTheNewSettings_orAnUnreadableSwitch_isRefused() {
        String good = RewardPolicyCodec.encode(Preset.NATIONAL.policy());
        assertThatThrownBy(() -> RewardPolicyCodec.decode(good.replace(";unitOffice=0", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lacks [unitOffice]");
        assertThatThrownBy(() -> RewardPolicyCodec.decode(good.replace(";techKey=true", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lacks [techKey]");
        assertThatThrownBy(() -> RewardPolicyCodec.decode(good.replace("techKey=true", "techKey=yes")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Malformed")
                .hasMessageContaining("'yes'");
        assertThatThrownBy(() -> RewardPolicyCodec.decode(good.replace("unitSchool=0", "unitSchool=ten")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Malformed");
    }
}
