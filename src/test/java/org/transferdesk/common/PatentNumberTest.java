package org.transferdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-ID-PATENT (ZC 0006-2003), with the DOMAIN examples of E9. */
class PatentNumberTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            202310123456.6        | 202310123456.6
            200710308494.X        | 200710308494.X
            95115608.X            | 95115608.X
            CN202310123456.6      | 202310123456.6
            ZL202310123456.6      | 202310123456.6
            zl 2023 1012 3456.6   | 202310123456.6
            'CN 2007 1030 8494.x' | 200710308494.X
            2023101234566         | 202310123456.6
            95115608X             | 95115608.X
            202310123456。6        | 202310123456.6
            '　202220456789.1 '   | 202220456789.1
            """)
    void validNumbers_areAcceptedAndCanonicalised(String input, String canonical) {
        PatentNumber.Check check = PatentNumber.check(input);

        assertThat(check.valid()).isTrue();
        assertThat(check.canonical()).contains(canonical);
        assertThat(check.problemKey()).isEmpty();
        assertThat(PatentNumber.isValid(input)).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            202310123456.7    | validation.patent.checkDigit
            200710308494.0    | validation.patent.checkDigit
            95115608.1        | validation.patent.checkDigit
            CN202220456789.X  | validation.patent.checkDigit
            20231012345.6     | validation.patent.format
            2023101234567.6   | validation.patent.format
            202310123456.     | validation.patent.format
            202310123456.66   | validation.patent.format
            US202310123456.6  | validation.patent.format
            2023A0123456.6    | validation.patent.format
            abc               | validation.patent.format
            ''                | validation.patent.format
            '   '             | validation.patent.format
            NULL              | validation.patent.format
            """)
    void invalidNumbers_areRejectedWithTheMatchingProblem(String input, String problemKey) {
        PatentNumber.Check check = PatentNumber.check(input);

        assertThat(check.valid()).isFalse();
        assertThat(check.canonical()).isEmpty();
        assertThat(check.problemKey()).isEqualTo(problemKey);
    }

    @ParameterizedTest(name = "{0} → type {1}")
    @CsvSource(textBlock = """
            202310123456.6, 1
            202220456789.1, 2
            202330112233.0, 3
            95115608.X,     1
            93100001.7,     1
            """)
    void typeDigit_isReadFromTheNewAndTheOldForm(String canonical, char digit) {
        assertThat(PatentNumber.isValid(canonical)).isTrue();
        assertThat(PatentNumber.typeDigit(canonical)).isEqualTo(digit);
    }
}
