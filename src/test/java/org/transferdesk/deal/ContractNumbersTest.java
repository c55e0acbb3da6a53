package org.transferdesk.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract number a new deal is offered (issue 24). */
class ContractNumbersTest {
    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            HT-2026-0001;HT-2026-0002;HT-2026-0005 | 2026 | HT-2026-0006
            HT-2026-0025;HT-2025-0107;XK-7          | 2026 | HT-2026-0026
            HT-2025-0107;HT-2024-0300               | 2026 | HT-2026-0001
            JS2026-12;JS2026-9                      | 2026 | JS2026-13
            ''                                      | 2026 | HT-2026-0001
            HT-2027-0004;HT-2026-0009               | 2026 | HT-2026-0010
            """)
    void nextNumber_followsTheYearsHighest_leavingGaps(String taken, int year, String next) {
        List<String> numbers = Arrays.stream(taken.split(";")).filter(s -> !s.isBlank()).toList();
        assertThat(ContractNumbers.next(numbers, year)).isEqualTo(next);
    }
}
