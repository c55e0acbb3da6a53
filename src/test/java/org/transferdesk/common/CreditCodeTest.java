package org.transferdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-ID-USCC (GB 32100-2015), with the DOMAIN examples of E9. */
class CreditCodeTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            91350100M000100Y43     | true
            121100004000001232     | true
            91330106MA2B3C4D5D     | true
            91350100m000100y43     | true
            ' 91350100M000100Y43 ' | true
            '9135 0100 M000 100Y43' | true
            91350100M000100Y44     | false
            91350100M000100Y4      | false
            91350100M000100Y433    | false
            121100004000001231     | false
            91330106MA2B3C4D5E     | false
            91330106MA2B3C4D5I     | false
            9I350100M000100Y43     | false
            9O350100M000100Y43     | false
            9Z350100M000100Y43     | false
            9S350100M000100Y43     | false
            9V350100M000100Y43     | false
            91350100-000100Y43     | false
            ''                     | false
            NULL                   | false
            """)
    void checkCharacter_followsGb32100(String input, boolean valid) {
        assertThat(CreditCode.isValid(input)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            91330106ma2b3c4d5d     | 91330106MA2B3C4D5D
            ' 9133 0106MA2B3C4D5D' | 91330106MA2B3C4D5D
            NULL                   | ''
            """)
    void normalise_upperCasesAndDropsSpaces(String input, String expected) {
        assertThat(CreditCode.normalise(input)).isEqualTo(expected);
    }
}
