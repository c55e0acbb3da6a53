package org.transferdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-ID-PERSON (GB 11643-1999), with the DOMAIN example of E9. */
class PersonIdNumberTest {
    private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 22);

    @ParameterizedTest(name = "born {0}, today {1} → ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            20261122 | 2026-11-22 | ''
            20261123 | 2026-11-22 | validation.idNumber.birthDate
            20261123 | 2026-11-23 | ''
            20280229 | 2028-02-28 | validation.idNumber.birthDate
            20280229 | 2028-02-29 | ''
            """)
    void birthDate_isCheckedAgainstTheClocksToday_bornTodayIsAccepted(String birth, java.time.LocalDate today,
                                                                      String expectedKey) {
        String first17 = "110105" + birth + "002";
        String valid = java.util.stream.Stream.of("0123456789X".split(""))
                .map(c -> first17 + c).filter(id -> PersonIdNumber.problemKey(id, java.time.LocalDate.MAX).isEmpty())
                .findFirst().orElseThrow();
        assertThat(PersonIdNumber.problemKey(valid, today)).isEqualTo(expectedKey);
    }

    @ParameterizedTest(name = "{0} → ''{1}''")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            11010519491231002X   | ''
            11010519491231002x   | ''
            ' 110105 19491231002X' | ''
            310104198506121230   | ''
            440106199001010013   | ''
            110105200002290021   | ''
            110105194912310021   | validation.idNumber.checkDigit
            310104198506121231   | validation.idNumber.checkDigit
            110105194902300020   | validation.idNumber.birthDate
            110105194902290029   | validation.idNumber.birthDate
            110105194913010020   | validation.idNumber.birthDate
            110105189912310020   | validation.idNumber.birthDate
            110105299912310020   | validation.idNumber.birthDate
            11010519491231002    | validation.idNumber.format
            11010519491231002XX  | validation.idNumber.format
            1101051949123100AX   | validation.idNumber.format
            ''                   | validation.idNumber.format
            NULL                 | validation.idNumber.format
            """)
    void problemKey_namesTheFirstProblem(String input, String expectedKey) {
        assertThat(PersonIdNumber.problemKey(input, TODAY)).isEqualTo(expectedKey);
        assertThat(PersonIdNumber.isValid(input, TODAY)).isEqualTo(expectedKey.isEmpty());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            11010519491231002X | 110105********002X
            11010519491231002x | 110105********002X
            123456789          | *********
            ''                 | ''
            NULL               | ''
            """)
    void mask_hidesTheBirthDate(String input, String masked) {
        assertThat(PersonIdNumber.mask(input)).isEqualTo(masked);
        if (input != null && input.length() == 18) {
            assertThat(PersonIdNumber.mask(input)).doesNotContain("19491231");
        }
    }
}
