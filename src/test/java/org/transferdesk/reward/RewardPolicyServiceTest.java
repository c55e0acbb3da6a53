package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.Percent;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.db.Database;
import org.transferdesk.reward.RewardPolicy.Preset;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;
import org.junit.jupiter.api.Tag;

/** R-POLICY effective-dated: the version in force on a date; below the floor nothing is stored; the unit profile. */
@Tag(TestDatabase.TAG)
class RewardPolicyServiceTest {
    private final Database db = TestDatabase.fresh();
    private final OfficeSettings office = new OfficeSettings(new PolicySettingRepository(db.dsl()));
    private final RewardPolicyService service = new RewardPolicyService(office, TestDatabase.CLOCK);

    @AfterEach
    void close() {
        db.close();
    }

    private static RewardPolicy withKey(RewardPolicy p, String keyPercent) {
        return new RewardPolicy(p.jurisdiction(), p.transferLicenseRate(), p.equityRate(), p.selfRate(), p.selfYears(),
                Percent.ofPercent(keyPercent), p.deductible(), p.publicityDays(), p.publicityCalendar(),
                p.leaderEquity(), p.transferStaffShare(), p.inventionBonus(), p.otherPatentBonus());
    }

    @Test
    void nothingRecorded_meansTheNationalFloor() {
        assertThat(service.policyOn(LocalDate.of(2026, 1, 1))).isEqualTo(Preset.NATIONAL.policy());
        assertThat(service.history()).isEmpty();
    }

    @Test
    void policyOn_picksTheVersionInForceOnThatDate() {
        service.set(LocalDate.of(2024, 1, 1), Preset.BEIJING.policy());
        RewardPolicy zhejiang80 = withKey(Preset.ZHEJIANG.policy(), "80");
        service.set(LocalDate.of(2026, 3, 1), zhejiang80);

        // before any version: the national floor, with the R-BONUS floors of that day (2010 细则)
        assertThat(service.policyOn(LocalDate.of(2023, 12, 31)))
                .isEqualTo(Preset.NATIONAL.policyOn(LocalDate.of(2023, 12, 31)));
        assertThat(service.policyOn(LocalDate.of(2024, 1, 1))).isEqualTo(Preset.BEIJING.policy());
        assertThat(service.policyOn(LocalDate.of(2026, 2, 28))).isEqualTo(Preset.BEIJING.policy());
        assertThat(service.policyOn(LocalDate.of(2026, 3, 1))).isEqualTo(zhejiang80);
        assertThat(service.current()).isEqualTo(zhejiang80);
        assertThat(service.history()).containsExactly(new DatedPolicy(LocalDate.of(2026, 3, 1), zhejiang80),
                new DatedPolicy(LocalDate.of(2024, 1, 1), Preset.BEIJING.policy()));
        assertThat(new AuditRepository(db.dsl()).count()).isEqualTo(2);
    }

    @Test
    void sameDateAgain_replacesThatVersion() {
        service.set(LocalDate.of(2026, 1, 1), Preset.BEIJING.policy());
        service.set(LocalDate.of(2026, 1, 1), Preset.SHANGHAI.policy());
        assertThat(service.history()).extracting(d -> d.policy().jurisdiction()).containsExactly(Preset.SHANGHAI);
    }

    @Test
    void belowTheFloor_isRefused_andNothingIsStored() {
        RewardPolicy tooLow = withKey(Preset.ZHEJIANG.policy(), "50");
        assertThatThrownBy(() -> service.set(LocalDate.of(2026, 1, 1), tooLow))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.key()).containsExactly("reward.policy.belowFloor"));
        assertThat(service.history()).isEmpty();
        assertThat(office.history(RewardPolicyCodec.SETTING_KEY)).isEmpty();
        assertThat(new AuditRepository(db.dsl()).count()).isZero();
    }

    @Test
    void presets_byEnglishIdInAnyCase_orChineseName() {
        assertThat(RewardPolicyService.parsePreset("zhejiang")).isEqualTo(Preset.ZHEJIANG);
        assertThat(RewardPolicyService.parsePreset("Shanxi")).isEqualTo(Preset.SHANXI);
        assertThat(RewardPolicyService.parsePreset("NATIONAL")).isEqualTo(Preset.NATIONAL);
        assertThat(RewardPolicyService.parsePreset("国家")).isEqualTo(Preset.NATIONAL);
        assertThat(RewardPolicyService.parsePreset("北京")).isEqualTo(Preset.BEIJING);
        assertThat(RewardPolicyService.parsePreset("上海")).isEqualTo(Preset.SHANGHAI);
        assertThat(RewardPolicyService.parsePreset("浙江")).isEqualTo(Preset.ZHEJIANG);
        assertThat(RewardPolicyService.parsePreset("山东省")).isEqualTo(Preset.SHANDONG);
        assertThat(RewardPolicyService.parsePreset(" 山西 ")).isEqualTo(Preset.SHANXI);
        assertThatThrownBy(() -> RewardPolicyService.parsePreset("guangdong")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void unitProfile_defaultsToNonProfit_andIsEffectiveDated() {
        assertThat(service.unitProfile()).isEqualTo(new UnitProfile("", "", true));
        service.setUnitProfile(LocalDate.of(2026, 1, 1), new UnitProfile("某某大学", "12100000400000624D", true));
        service.setUnitProfile(LocalDate.of(2027, 1, 1), new UnitProfile("某某大学", "12100000400000624D", false));
        assertThat(service.unitProfile()).isEqualTo(new UnitProfile("某某大学", "12100000400000624D", true));
        assertThat(service.unitProfileOn(LocalDate.of(2027, 6, 1)).nonProfit()).isFalse();
        assertThat(office.valueOn(RewardPolicyService.UNIT_NON_PROFIT, LocalDate.of(2026, 6, 1))).contains("true");
    }

    @Test
    void unitProfile_withAMalformedCreditCode_isRefused_butAFailedCheckDigitOnlyWarns() {
        assertThatThrownBy(() -> service.setUnitProfile(LocalDate.of(2026, 1, 1),
                new UnitProfile("某某大学", "12345", true))).isInstanceOf(ValidationException.class);
        assertThat(service.unitProfile()).isEqualTo(new UnitProfile("", "", true));
        assertThat(RewardPolicyService.validate(new UnitProfile("某某大学", "12100000400000624X", true)))
                .allSatisfy(p -> assertThat(p.isError()).isFalse()).isNotEmpty();
        service.setUnitProfile(LocalDate.of(2026, 1, 1), new UnitProfile("某某大学", "12100000400000624X", true));
        assertThat(service.unitProfile().creditCode()).isEqualTo("12100000400000624X");
    }
}
