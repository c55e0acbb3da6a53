package org.transferdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Shares and rates are exact fractions with 6 decimals; users type percentages. */
class PercentTest {

    @ParameterizedTest(name = "\"{0}\" → {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            40          | 0.400000 | 40%
            40%         | 0.400000 | 40%
            ' 40 % '    | 0.400000 | 40%
            40％         | 0.400000 | 40%
            33.3333     | 0.333333 | 33.3333%
            33.3334     | 0.333334 | 33.3334%
            100         | 1.000000 | 100%
            100.0000    | 1.000000 | 100%
            12.5        | 0.125000 | 12.5%
            0.01        | 0.000100 | 0.01%
            """)
    void parsePercent_readsPercentagesAsFractions(String text, BigDecimal fraction, String shown) {
        Percent p = Percent.parsePercent(text).orElseThrow();

        assertThat(p.fraction()).isEqualTo(fraction);
        assertThat(p).hasToString(shown);
        assertThat(p).isEqualTo(Percent.ofPercent(p.percent()));
    }

    @ParameterizedTest(name = "\"{0}\" → empty")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            ''
            '  '
            %
            forty
            4O
            NULL
            """)
    void parsePercent_answersEmptyForBlanksAndGarbage(String text) {
        assertThat(Percent.parsePercent(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} sum to 100: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            33.3333 33.3333 33.3334 | true
            33.3333 33.3333 33.3333 | false
            40 25 20 15             | true
            40 25 20 14.99          | false
            50.005 49.995           | true
            100                     | true
            """)
    void sums_areExact(String shares, boolean hundred) {
        Percent sum = Arrays.stream(shares.split(" ")).map(Percent::ofPercent).reduce(Percent.ZERO, Percent::plus);

        assertThat(sum.equals(Percent.HUNDRED)).isEqualTo(hundred);
        assertThat(sum.compareTo(Percent.HUNDRED) == 0).isEqualTo(hundred);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            0.4,       40
            0.333333,  33.3333
            1,         100
            0,         0
            0.0000005, 0.0001
            """)
    void percent_hasNoTrailingZerosAndRoundsToSixFractionDigits(BigDecimal fraction, String percent) {
        Percent p = new Percent(fraction);

        assertThat(p.percent().toPlainString()).isEqualTo(percent);
        assertThat(p.fraction().scale()).isEqualTo(Percent.FRACTION_SCALE);
        assertThat(p.isPositive()).isEqualTo(fraction.signum() > 0);
    }

    /** The relative change is HALF_UP at the requested scale; from zero there is none. */
    @ParameterizedTest(name = "{0} vs {1} → {2}")
    @CsvSource(textBlock = """
            100.00, 0.00,   ,
            0.00,   0.00,   ,
            1.00,   3.00,   -0.6667
            2.00,   3.00,   -0.3333
            100.01, 100.00, 0.0001
            100.00, -50.00, 3.0000
            0.00,   8.00,   -1.0000
            """)
    void percentChange_isHalfUp_andNoneFromZero(BigDecimal now, BigDecimal before, BigDecimal change) {
        if (change == null) {
            assertThat(Percent.change(now, before, 4)).isNull();
        } else {
            assertThat(Percent.change(now, before, 4)).isEqualByComparingTo(change).hasScaleOf(4);
        }
    }
}
