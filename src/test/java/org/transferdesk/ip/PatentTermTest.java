package org.transferdesk.ip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** R-PAT-TERM (专利法 第四十二条) with R-DATE for the last day. */
class PatentTermTest {

    @ParameterizedTest(name = "{0} filed {1} → {2} years, last day {3}")
    @CsvSource(textBlock = """
            INVENTION_PATENT, 2019-07-15, 20, 2039-07-14
            INVENTION_PATENT, 2023-01-05, 20, 2043-01-04
            INVENTION_PATENT, 2020-02-29, 20, 2040-02-28
            INVENTION_PATENT, 2020-01-01, 20, 2039-12-31
            UTILITY_MODEL,    2019-07-15, 10, 2029-07-14
            UTILITY_MODEL,    2024-03-01, 10, 2034-02-28
            DESIGN,           2021-05-31, 10, 2031-05-30
            DESIGN,           2021-06-01, 15, 2036-05-31
            DESIGN,           2015-03-10, 10, 2025-03-09
            """)
    void term_runsFromFilingToTheDayBeforeTheAnniversary(IpType type, LocalDate filedOn, int years, LocalDate lastDay) {
        assertThat(PatentTerm.years(type, filedOn)).contains(years);
        assertThat(PatentTerm.termEnd(type, filedOn)).contains(lastDay);
    }

    @ParameterizedTest
    @EnumSource(value = IpType.class, names = {"SOFTWARE_COPYRIGHT", "IC_LAYOUT", "PLANT_VARIETY", "OTHER"})
    void nonPatents_haveNoPatentTerm(IpType type) {
        LocalDate filed = LocalDate.of(2022, 4, 1);

        assertThat(PatentTerm.years(type, filed)).isEmpty();
        assertThat(PatentTerm.termEnd(type, filed)).isEmpty();
        assertThat(new IpAsset(null, type, "2022SR0123456", null, filed, null, IpStatus.REGISTERED, null).termEnd())
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = IpType.class, names = {"INVENTION_PATENT", "UTILITY_MODEL", "DESIGN"})
    void noFilingDate_meansNoTermEnd(IpType type) {
        assertThat(PatentTerm.termEnd(type, null)).isEmpty();
    }
}
