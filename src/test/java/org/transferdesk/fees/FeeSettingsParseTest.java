package org.transferdesk.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.ip.IpType;

/**
 * R-PAT-FEE settings at their edges, without a database: a fee of 0 and a reduction of 0% or 100% are
 * allowed, a fen or a ten-thousandth of a percent beyond is not; bands may be given in any order.
 */
class FeeSettingsParseTest {
    private static final String UTILITY = "patent.fee.UTILITY_MODEL";

    @ParameterizedTest(name = "{0} = {1} → accepted")
    @CsvSource(delimiter = '|', textBlock = """
            patent.fee.reduction        | SOLE:100;JOINT:0;YEARS:0;ELIGIBLE:false
            patent.fee.reduction        | sole:85；joint：70;YEARS:6;ELIGIBLE:true;
            patent.fee.UTILITY_MODEL    | 9-10:2000;1-3:0;4-5:900;6-8:1200
            patent.fee.DESIGN           | 1-3:600;4-5:900;6-8:1200;9-10:2000;11-15:3000
            patent.fee.INVENTION_PATENT | 1-20:0.01
            """)
    void check_acceptsTheEdges(String key, String value) {
        FeeSettings.check(key, value);
    }

    @ParameterizedTest(name = "{0} = {1} → rejected")
    @CsvSource(delimiter = '|', textBlock = """
            patent.fee.reduction        | SOLE:100.0001;JOINT:70;YEARS:6;ELIGIBLE:true
            patent.fee.reduction        | SOLE:85;JOINT:-0.0001;YEARS:6;ELIGIBLE:true
            patent.fee.reduction        | SOLE:85;JOINT:70;YEARS:-1;ELIGIBLE:true
            patent.fee.reduction        | SOLE:85;JOINT:70;YEARS:6;ELIGIBLE:yes
            patent.fee.reduction        | SOLE:85;JOINT:70;YEARS:6
            patent.fee.reduction        | SOLE:85;SOLE:80;JOINT:70;YEARS:6;ELIGIBLE:true
            patent.fee.reduction        | SOLE:85;JOINT:70;YEARS:6;ELIGIBLE:true;MORE:1
            patent.fee.reduction        | '  '
            patent.fee.UTILITY_MODEL    | 1-3:600;4-5:900;6-8:1200;9-10:-0.01
            patent.fee.UTILITY_MODEL    | 1-3:600;4-5:900;6-8:1200;9-11:2000
            patent.fee.UTILITY_MODEL    | 1-3:600;4-5:900;6-8:1200;9-9:2000
            patent.fee.UTILITY_MODEL    | 1-3:600;3-5:900;6-8:1200;9-10:2000
            patent.fee.UTILITY_MODEL    | 1-3:600;5-5:900;6-8:1200;9-10:2000
            patent.fee.UTILITY_MODEL    | 1-3-4:600
            patent.fee.UTILITY_MODEL    | 1-3
            patent.fee.UTILITY_MODEL    | 1-3:abc
            patent.fee.UTILITY_MODEL    | x-3:600
            patent.fee.UTILITY_MODEL    | ''
            patent.fee.SOFTWARE_COPYRIGHT | 1-10:600
            patent.fee.nothing          | 1-10:600
            """)
    void check_rejectsJustBeyondTheEdges(String key, String value) {
        assertThatThrownBy(() -> FeeSettings.check(key, value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void check_refusesNoValue() {
        assertThatThrownBy(() -> FeeSettings.check(UTILITY, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parse_sortsBandsAndKeepsFen() {
        FeeTable t = FeeSettings.parse(Map.of(IpType.UTILITY_MODEL, "9-10:2000.005;6-8:1200;1-3:600.01;4-5:900"),
                "SOLE:85.5;JOINT:70;YEARS:10;ELIGIBLE:true");
        assertThat(t.bands().get(IpType.UTILITY_MODEL)).extracting(FeeBand::fromYear).containsExactly(1, 4, 6, 9);
        assertThat(t.fullFee(IpType.UTILITY_MODEL, 3)).contains(new java.math.BigDecimal("600.01"));
        assertThat(t.fullFee(IpType.UTILITY_MODEL, 10)).contains(new java.math.BigDecimal("2000.01"));
        assertThat(t.fullFee(IpType.UTILITY_MODEL, 11)).isEmpty();
        assertThat(t.fullFee(IpType.INVENTION_PATENT, 1)).isEmpty();
        assertThat(t.reduction(OwnerKind.SOLE).percent()).isEqualByComparingTo("85.5");
        assertThat(t.reduction(OwnerKind.JOINT).percent()).isEqualByComparingTo("70");
        assertThat(t.reducedYears()).isEqualTo(10);
    }

    @Test
    void scheduleKeys_nameTheType() {
        assertThat(FeeSettings.scheduleKey(IpType.DESIGN)).isEqualTo("patent.fee.DESIGN");
        assertThat(FeeSettings.KEYS).containsExactly("patent.fee.INVENTION_PATENT", "patent.fee.UTILITY_MODEL",
                "patent.fee.DESIGN", "patent.fee.reduction");
    }
}
