package org.transferdesk.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;

/**
 * Issue 19: an equity deal's university share is a percentage between 0 and 100 (the model asked only for "positive",
 * so 150% was saved), and its registration-change date is within 1949–2100 like every other date.
 */
class DealEquityLimitsTest {
    private static final List<String> LIMITS = List.of("validation.percentRange", "date.outOfRange");

    private static Deal equity(String sharePercent, LocalDate changedOn) {
        return DealBuilder.deal().mode(DealMode.EQUITY).id(1L).contractNo("C").title("t")
                .signedOn(LocalDate.of(2024, 3, 1)).contractAmount(new BigDecimal("100.00"))
                .status(DealStatus.PERFORMING).equity(new Equity(5L, "甲公司", Percent.ofPercent(sharePercent), changedOn))
                .build();
    }

    @ParameterizedTest(name = "{0}%")
    @CsvSource(textBlock = """
            -0.01,  equity validation.percentRange
            0.01,   ''
            40,     ''
            100,    ''
            100.01, equity validation.percentRange
            150,    equity validation.percentRange
            """)
    void theUniversityShare_isBetween0And100(String share, String expected) {
        DealLimitChecks.assertBreaks(equity(share, null), LIMITS, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            1948-12-31, equity date.outOfRange
            1949-01-01, ''
            2100-12-31, ''
            2101-01-01, equity date.outOfRange
            0000-01-01, equity date.outOfRange
            9999-12-31, equity date.outOfRange
            """)
    void theRegistrationChangeDate_isPlausible(LocalDate changedOn, String expected) {
        DealLimitChecks.assertBreaks(equity("40", changedOn), LIMITS, expected);
    }

    @ParameterizedTest(name = "{0}%")
    @CsvSource(textBlock = """
            -0.01,  true
            0,      false
            100,    false
            100.01, true
            """)
    void percentCheckRange_atItsBoundaries(String percent, boolean refused) {
        assertThat(Percent.checkRange("f", "dealEditor.equity.share", Percent.ofPercent(percent)).isPresent())
                .isEqualTo(refused);
        assertThat(Percent.checkRange("f", "dealEditor.equity.share", null)).isEmpty();
    }

    @Test
    void theMessage_namesTheFieldAndTheValue() {
        Problem p = DealValidator.validate(equity("150", null), DealLimitChecks.TODAY).stream()
                .filter(x -> x.key().equals("validation.percentRange")).findFirst().orElseThrow();
        assertThat(p.message()).isEqualTo(I18n.t("dealEditor.equity.share") + "：150% 不是 0% 至 100% 之间的百分比。");
        I18n.setLocale(I18n.ENGLISH);
        assertThat(p.message()).isEqualTo("University share (%): 150% is not a percentage between 0% and 100%.");
    }
}
