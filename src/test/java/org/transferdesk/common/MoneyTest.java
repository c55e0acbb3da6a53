package org.transferdesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money is yuan with 2 decimals, HALF_UP (R-ROUND for pools). */
class MoneyTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1234.5        | 1234.50
            1,234.5       | 1234.50
            1，234.50      | 1234.50
            ¥1 234.5      | 1234.50
            ￥2,000,000    | 2000000.00
            ' 600 '       | 600.00
            0.005         | 0.01
            0.004         | 0.00
            2.675         | 2.68
            -0.005        | -0.01
            -1,234.565    | -1234.57
            1857400       | 1857400.00
            """)
    void parse_acceptsSeparatorsAndCurrencySigns_andRoundsHalfUpToTheFen(String text, BigDecimal expected) {
        assertThat(Money.parse(text)).contains(expected);
        assertThat(Money.parse(text).orElseThrow().scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "\"{0}\" → empty")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            ''
            '   '
            ¥
            abc
            12.3.4
            1e
            NULL
            """)
    void parse_answersEmptyForBlanksAndGarbage(String text) {
        assertThat(Money.parse(text)).isEmpty();
    }

    @Test
    void of_refusesGarbageLoudly() {
        assertThatThrownBy(() -> Money.of("not money")).isInstanceOf(NumberFormatException.class);
        assertThat(Money.of(new BigDecimal("928700"))).isEqualByComparingTo("928700.00").hasScaleOf(2);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1300180    | 1,300,180.00
            557220.005 | 557,220.01
            0.5        | 0.50
            999.994    | 999.99
            -1234.5    | -1,234.50
            0          | 0.00
            -0.004     | 0.00
            -0.005     | -0.01
            999.995    | 1,000.00
            99999.999  | 100,000.00
            100        | 100.00
            1000       | 1,000.00
            12         | 12.00
            -999999.99 | -999,999.99
            123456789012.345 | 123,456,789,012.35
            """)
    void format_showsThousandsSeparatorsAndTwoDecimals(BigDecimal amount, String shown) {
        assertThat(Money.format(amount)).isEqualTo(shown);
    }

    /** Issue 20: built from the digits, the text is what {@code "%,.2f"} of the rounded amount always gave. */
    @Test
    void format_equalsTheFormatPatternItReplaced() {
        java.util.Random random = new java.util.Random(20);
        for (int i = 0; i < 5_000; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(5));
            assertThat(Money.format(amount)).as(amount.toPlainString())
                    .isEqualTo(String.format(Locale.ROOT, "%,.2f", Money.of(amount)));
        }
    }

    @Test
    void format_ofNothing_isEmpty() {
        assertThat(Money.format(null)).isEmpty();
    }

    @Test
    void format_doesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Money.format(new BigDecimal("1234567.891"))).isEqualTo("1,234,567.89");
        } finally {
            Locale.setDefault(before);
        }
    }

    /**
     * R-REPORT-COUNT: 万元 are HALF_UP to 2 decimals. A half at the third decimal after an even digit is where
     * HALF_EVEN (banker's rounding) would round down instead.
     */
    @ParameterizedTest(name = "{0} 元 → {1} 万元")
    @CsvSource(textBlock = """
            50.00,        0.01
            49.99,        0.00
            250.00,       0.03
            150.00,       0.02
            1234450.00,   123.45
            1234550.00,   123.46
            14030000.00,  1403.00
            14030049.99,  1403.00
            14030050.00,  1403.01
            0.00,         0.00
            -250.00,      -0.03
            -49.99,       0.00
            """)
    void toWan_roundsHalfUpNotHalfEven(BigDecimal yuan, BigDecimal wan) {
        assertThat(Money.toWan(yuan)).isEqualByComparingTo(wan).hasScaleOf(2);
        assertThat(Money.formatWan(yuan)).isEqualTo(String.format(Locale.ROOT, "%,.2f", wan));
    }

    @Test
    void formatWan_ofNothing_isEmpty() {
        assertThat(Money.formatWan(null)).isEmpty();
        assertThat(Money.formatWan(new BigDecimal("123456789.00"))).isEqualTo("12,345.68");
    }

    /** Issue 19's fuzzing: rounding such a number to the fen would build a billion digits; it is no amount. */
    @org.junit.jupiter.api.Test
    void anAbsurdExponent_isNoAmount_butALargeOneIsParsedForTheLimitCheck() {
        assertThat(Money.parse("1e999999999")).isEmpty();
        assertThat(Money.parse("1e-999999999")).isEmpty();
        assertThat(Money.parse("1e1000")).isPresent();
        assertThat(Money.parse("1e309")).hasValueSatisfying(n -> assertThat(ColumnLimits.amountFits(n)).isFalse());
        assertThat(ColumnLimits.amountFits(new java.math.BigDecimal("9999999999999999.994"))).isTrue();
        assertThat(ColumnLimits.amountFits(new java.math.BigDecimal("9999999999999999.995"))).isFalse();
        assertThat(ColumnLimits.percentFits(new java.math.BigDecimal("99999.99994"))).isTrue();
        assertThat(ColumnLimits.percentFits(new java.math.BigDecimal("99999.99995"))).isFalse();
    }
}
