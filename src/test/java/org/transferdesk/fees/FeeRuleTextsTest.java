package org.transferdesk.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.I18n;
import org.transferdesk.ip.IpType;

/** The fee rules' texts split for editing and joined back unchanged; a schedule's rows checked at their edges. */
class FeeRuleTextsTest {
    @Test
    void theStatutoryTexts_survive_aRoundTrip_unchanged() {
        for (String text : FeeSettings.DEFAULT_SCHEDULES.values()) {
            assertThat(FeeRuleTexts.scheduleText(FeeRuleTexts.bands(text))).isEqualTo(text);
        }
        for (String text : List.of(FeeSettings.DEFAULT_REDUCTION, FeeSettings.REDUCTION_6_YEARS)) {
            assertThat(FeeRuleTexts.reductionText(FeeRuleTexts.reductionParts(text))).isEqualTo(text);
        }
    }

    @Test
    void aSingleYear_andFullWidthSeparators_areRead_asTheParserReadsThem() {
        assertThat(FeeRuleTexts.bands(" 1-3：600；4:900 ")).containsExactly(
                new FeeRuleTexts.Band("1", "3", "600"), new FeeRuleTexts.Band("4", "4", "900"));
        assertThat(FeeRuleTexts.scheduleText(List.of(new FeeRuleTexts.Band("1", "3", "600"),
                new FeeRuleTexts.Band("", "", ""), new FeeRuleTexts.Band("4", "10", "900")))).isEqualTo("1-3:600;4-10:900");
    }

    /** A utility model's fees cover fee years 1–10. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "1-3:600;4-5:900;6-8:1200;9-10:2000      | ",
            "1-3:600;3-5:900;6-8:1200;9-10:2000      | feeRulesEdit.overlapYear,3",
            "1-3:600;5-5:900;6-8:1200;9-10:2000      | feeRulesEdit.gapYear,4",
            "2-5:900;6-10:1200                        | feeRulesEdit.gapYear,1",
            "1-3:600;4-5:0.005;6-8:1200;9-10:2000    | feeRulesEdit.feeFen,2,0.005",
            "1-3:600;4-5:900.10;6-8:1200;9-10:2000   | ",
            "1-3:-1;4-5:900;6-8:1200;9-10:2000       | feeRulesEdit.feeNegative,1,-1",
            "1-3:abc;4-5:900;6-8:1200;9-10:2000      | feeRulesEdit.feeNotNumber,1,abc",
            "1-3:600;4-5:900;6-8:1200                | feeRulesEdit.short,9,10",
            "1-3:600;4-5:900;6-8:1200;9-12:2000      | feeRulesEdit.long,10,12",
            "3-1:600;4-5:900;6-8:1200;9-10:2000      | feeRulesEdit.yearsBackwards,1,3,1",
            "x-3:600;4-5:900;6-8:1200;9-10:2000      | feeRulesEdit.badYears,1",
            "1-3:600;4-7:900;6-8:1200;9-10:2000      | feeRulesEdit.overlap,6,7",
            "1-3:600;7-8:1200;9-10:2000               | feeRulesEdit.gap,4,6",
            "0-3:600;4-5:900;6-8:1200;9-10:2000      | feeRulesEdit.badYears,1",
            "''                                       | feeRulesEdit.empty",
    })
    void aSchedule_isCheckedRowByRow_andForGapsAndOverlaps(String text, String expected) {
        List<String> problems = FeeRuleTexts.scheduleProblems(IpType.UTILITY_MODEL, FeeRuleTexts.bands(text));
        if (expected == null) {
            assertThat(problems).isEmpty();
            return;
        }
        String[] keyAndArgs = expected.split(",");
        Object[] args = new Object[keyAndArgs.length - 1];
        for (int i = 1; i < keyAndArgs.length; i++) {
            args[i - 1] = keyAndArgs[i].matches("\\d+") ? (Object) Integer.valueOf(keyAndArgs[i]) : keyAndArgs[i];
        }
        assertThat(problems).containsExactly(I18n.t(keyAndArgs[0], args));
    }

    @Test
    void aFeeFinerThanAFen_isRefused_notRounded() {
        assertThatThrownBy(() -> FeeSettings.check(FeeSettings.scheduleKey(IpType.UTILITY_MODEL),
                "1-3:600;4-5:900.005;6-8:1200;9-10:2000")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fen");
    }
}
