package org.transferdesk.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.Percent;

/** A person's share as typed on an editor's share table: a number or not, kept as typed. */
class ShareRowTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "25    | 25",
        "33.5  | 33.5",
        "100   | 100",
        "0     | 0",
        "abc   | null",
        "''    | null",
    })
    void typedShare_isThePercentWhenANumber(String typed, String percent) {
        ShareRow row = new ShareRow(7L, "T001", "张三", typed);
        assertThat(row.typedShare()).isEqualTo(percent == null ? java.util.Optional.empty()
                : Percent.parsePercent(percent));
        assertThat(row.shareIsNumber()).isEqualTo(percent != null);
        assertThat(row.shareProperty().get()).isEqualTo(typed);
        assertThat(row.personId()).isEqualTo(7L);
        assertThat(row.staffNo()).isEqualTo("T001");
        assertThat(row.name()).isEqualTo("张三");
    }
}
