package org.transferdesk.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.FreshDatabaseResolver;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.Percent;
import org.transferdesk.db.Database;
import org.transferdesk.ip.IpType;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** The fee schedule and reductions are dated office settings: parsed, checked, and the value in force is used. */
@Tag(TestDatabase.TAG)
@ExtendWith(FreshDatabaseResolver.class)
class FeeSettingsTest {
    private OfficeSettings office;

    @BeforeEach
    void setUp(Database db) {
        office = new OfficeSettings(new PolicySettingRepository(db.dsl()));
    }

    @Test
    void theStatutoryTable_parses() {
        FeeTable t = FeeSettings.DEFAULT;
        assertThat(t.fullFee(IpType.INVENTION_PATENT, 1)).contains(new BigDecimal("900.00"));
        assertThat(t.fullFee(IpType.INVENTION_PATENT, 12)).contains(new BigDecimal("4000.00"));
        assertThat(t.fullFee(IpType.INVENTION_PATENT, 20)).contains(new BigDecimal("8000.00"));
        assertThat(t.fullFee(IpType.INVENTION_PATENT, 21)).isEmpty();
        assertThat(t.fullFee(IpType.UTILITY_MODEL, 5)).contains(new BigDecimal("900.00"));
        assertThat(t.fullFee(IpType.UTILITY_MODEL, 11)).isEmpty();
        assertThat(t.fullFee(IpType.DESIGN, 11)).contains(new BigDecimal("3000.00"));
        assertThat(t.fullFee(IpType.SOFTWARE_COPYRIGHT, 1)).isEmpty();
        assertThat(t.reduction(OwnerKind.SOLE)).isEqualTo(Percent.ofPercent("85"));
        assertThat(t.reduction(OwnerKind.JOINT)).isEqualTo(Percent.ofPercent("70"));
        assertThat(t.reducedYears()).isEqualTo(10);
        assertThat(t.eligible()).isTrue();
        assertThat(FeeSettings.KEYS).containsExactly("patent.fee.INVENTION_PATENT", "patent.fee.UTILITY_MODEL",
                "patent.fee.DESIGN", "patent.fee.reduction");
    }

    @Test
    void spaces_fullWidthSeparators_singleYears_andAnyOrder_areAccepted() {
        FeeTable t = FeeSettings.parse(Map.of(IpType.UTILITY_MODEL, " 9-10：2000；1-3 : 600; 4:900;5:950; 6-8:1200 "),
                "eligible:false; years:3; joint:60; sole:80.5");
        assertThat(t.fullFee(IpType.UTILITY_MODEL, 4)).contains(new BigDecimal("900.00"));
        assertThat(t.fullFee(IpType.UTILITY_MODEL, 5)).contains(new BigDecimal("950.00"));
        assertThat(t.soleReduction()).isEqualTo(Percent.ofPercent("80.5"));
        assertThat(t.reducedYears()).isEqualTo(3);
        assertThat(t.reduction(OwnerKind.SOLE)).isEqualTo(Percent.ZERO);
    }

    @ParameterizedTest(name = "{0} = \"{1}\" refused: {2}")
    @CsvSource(delimiter = '|', value = {
            "patent.fee.INVENTION_PATENT | 1-3:900;4-6:1200                                          | 1-20",
            "patent.fee.INVENTION_PATENT | 1-3:900;3-20:1200                                         | twice",
            "patent.fee.INVENTION_PATENT | 1-3:900;5-20:1200                                         | fee year 4",
            "patent.fee.INVENTION_PATENT | 2-20:900                                                  | fee year 1",
            "patent.fee.INVENTION_PATENT | 0-20:900                                                  | bad fee years",
            "patent.fee.INVENTION_PATENT | 1-3:abc;4-20:1                                            | not an amount",
            "patent.fee.INVENTION_PATENT | 1-3:-5;4-20:100                                           | negative",
            "patent.fee.INVENTION_PATENT | 1-3=900;4-20:100                                          | years:fee",
            "patent.fee.INVENTION_PATENT | 1-21:900                                                  | 1-20",
            "patent.fee.UTILITY_MODEL    | '   '                                                     | empty",
            "patent.fee.DESIGN           | 1-3:600;4-5:900;6-8:1200;9-10:2000                        | 1-15",
            "patent.fee.reduction        | SOLE:85;JOINT:70;YEARS:6                                  | ELIGIBLE is missing",
            "patent.fee.reduction        | SOLE:185;JOINT:70;YEARS:6;ELIGIBLE:true                   | between 0 and 100",
            "patent.fee.reduction        | SOLE:85;JOINT:x;YEARS:6;ELIGIBLE:true                     | not a percentage",
            "patent.fee.reduction        | SOLE:85;JOINT:70;YEARS:-1;ELIGIBLE:true                   | negative",
            "patent.fee.reduction        | SOLE:85;JOINT:70;YEARS:6;ELIGIBLE:yes                     | true or false",
            "patent.fee.reduction        | SOLE:85;JOINT:70;YEARS:6;ELIGIBLE:true;EXTRA:1            | EXTRA",
            "patent.fee.reduction        | SOLE:85;SOLE:80;JOINT:70;YEARS:6;ELIGIBLE:true            | twice",
            "patent.fee.SOFTWARE_COPYRIGHT | 1-20:100                                                | not a patent fee setting",
    })
    void badText_isRefused_withTheReason(String key, String value, String reason) {
        assertThatThrownBy(() -> FeeSettings.check(key, value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void theRecordedValues_pass_theirCheck() {
        for (String key : FeeSettings.KEYS) {
            String value = office.valueOn(key, LocalDate.of(2026, 1, 1)).orElseThrow();
            assertThatCode(() -> FeeSettings.check(key, value)).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> FeeSettings.parse(Map.of(IpType.OTHER, "1-20:1"), "SOLE:85;JOINT:70;YEARS:6;ELIGIBLE:true"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theValueInForceOnTheDate_isUsed_andASnapshotReadsTheSame() {
        office.set(FeeSettings.scheduleKey(IpType.INVENTION_PATENT), LocalDate.of(2025, 1, 1),
                "1-3:900;4-6:1200;7-9:2500;10-12:4000;13-15:6000;16-20:8000");
        office.set(FeeSettings.REDUCTION, LocalDate.of(2026, 1, 1), "SOLE:80;JOINT:60;YEARS:5;ELIGIBLE:true");
        FeeSettings settings = new FeeSettings(office);
        FeeRules snapshot = settings.snapshot();
        for (FeeRules rules : List.of(settings, snapshot)) {
            assertThat(rules.on(LocalDate.of(2024, 12, 31)).fullFee(IpType.INVENTION_PATENT, 8))
                    .contains(new BigDecimal("2000.00"));
            assertThat(rules.on(LocalDate.of(2025, 1, 1)).fullFee(IpType.INVENTION_PATENT, 8))
                    .contains(new BigDecimal("2500.00"));
            assertThat(rules.on(LocalDate.of(2025, 12, 31)).reduction(OwnerKind.JOINT)).isEqualTo(Percent.ofPercent("70"));
            assertThat(rules.on(LocalDate.of(2026, 1, 1)).reduction(OwnerKind.JOINT)).isEqualTo(Percent.ofPercent("60"));
            assertThat(rules.on(LocalDate.of(2026, 1, 1)).reducedYears()).isEqualTo(5);
            // before any recorded value: the statutory table of that day (6 reduced years before 2018-08-01)
            assertThat(rules.on(LocalDate.of(1999, 1, 1))).isEqualTo(FeeSettings.STATUTORY.on(LocalDate.of(1999, 1, 1)));
            assertThat(rules.on(LocalDate.of(1999, 1, 1)).reducedYears()).isEqualTo(6);
            // the seeded versions: 6 years, then 10 for fees due from 2018-08-01 (V9)
            assertThat(rules.on(LocalDate.of(2018, 7, 31)).reducedYears()).isEqualTo(6);
            assertThat(rules.on(LocalDate.of(2018, 8, 1)).reducedYears()).isEqualTo(10);
            assertThat(rules.on(LocalDate.of(2025, 12, 31)).reducedYears()).isEqualTo(10);
        }

        // E10 under the recorded rules: year 7 is due 2025-07-14 (2,500 × 15%), year 8 2026-07-14 (20% but only
        // 5 reduced years from 2026 on: 3..7, so none)
        List<FeeYear> years = PatentFees.years(IpType.INVENTION_PATENT, LocalDate.of(2019, 7, 15),
                LocalDate.of(2022, 3, 8), d -> OwnerKind.SOLE, settings);
        assertThat(years.get(4).year()).isEqualTo(7);
        assertThat(years.get(4).payable()).isEqualTo(new BigDecimal("375.00"));
        assertThat(years.get(5).reduction()).isEqualTo(Percent.ZERO);
        assertThat(years.get(5).payable()).isEqualTo(new BigDecimal("2500.00"));
    }
}
