package org.transferdesk.ip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpFilterTest {
    private static final IpListRow PATENT = IpListRow.of(1, 10, "R-2024-0001", "一种高效锂电池正极材料",
            IpType.INVENTION_PATENT, "202310123456.6", null, LocalDate.of(2023, 1, 5), null, IpStatus.FILED, "本校");

    @ParameterizedTest(name = "\"{0}\" matches: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            202310123456.6      | true
            CN202310123456.6    | true
            cn 202310123456.6   | true
            ZL202310123456.6    | true
            ZL 2023101234566    | true
            2023101234566       | true
            20231012            | true
            202310123456.7      | false
            锂电池 本校          | true
            锂电池 外校          | false
            r-2024              | true
            cn                  | false
            """)
    void text_findsNumbersWithOrWithoutPrefixAndDot(String text, boolean matches) {
        assertThat(new IpFilter(text, null, null, null).predicate().test(PATENT)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "type {0}, status {1}, year {2}: {3}")
    @CsvSource(textBlock = """
            INVENTION_PATENT, ,           ,     true
            UTILITY_MODEL,    ,           ,     false
            ,                 FILED,      ,     true
            ,                 GRANTED,    ,     false
            ,                 ,           2023, true
            ,                 ,           2024, false
            """)
    void facets_mustAllMatch(IpType type, IpStatus status, Integer year, boolean matches) {
        assertThat(new IpFilter("", type, status, year).predicate().test(PATENT)).isEqualTo(matches);
    }
}
