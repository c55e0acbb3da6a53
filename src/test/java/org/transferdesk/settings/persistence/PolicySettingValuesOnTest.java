package org.transferdesk.settings.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.StatementCounter;
import org.transferdesk.TestDatabase;
import org.transferdesk.db.Database;
import org.junit.jupiter.api.Tag;

/**
 * Issue 20: the values of several keys on a day in one statement are the values each key's own read gives — the
 * latest date of effect on or before the day, a key not yet set absent, other keys left out.
 */
@Tag(TestDatabase.TAG)
class PolicySettingValuesOnTest {
    private static final List<String> KEYS = List.of("report.a", "report.b", "report.c");

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "2019-12-31, -,  -,  -",
            "2020-01-01, a1, -,  -",
            "2020-12-31, a1, b1, -",
            "2021-06-30, a1, b1, -",
            "2021-07-01, a2, b1, -",
            "2024-01-01, a2, b1, -",
            "2024-01-02, a2, b1, c1",
            "2030-01-01, a3, b1, c1",
    })
    void valuesOn_isEachKeysValueOnTheDay(LocalDate day, String a, String b, String c) {
        try (Database db = TestDatabase.fresh()) {
            PolicySettingRepository repository = new PolicySettingRepository(db.dsl());
            repository.put("report.a", LocalDate.of(2021, 7, 1), "a2");
            repository.put("report.a", LocalDate.of(2020, 1, 1), "a1");
            repository.put("report.a", LocalDate.of(2030, 1, 1), "a3");
            repository.put("report.b", LocalDate.of(2020, 12, 31), "b1");
            repository.put("report.c", LocalDate.of(2024, 1, 2), "c1");
            repository.put("other.key", LocalDate.of(2000, 1, 1), "x");
            Map<String, String> expected = new HashMap<>();
            put(expected, "report.a", a);
            put(expected, "report.b", b);
            put(expected, "report.c", c);
            StatementCounter counter = new StatementCounter();

            Map<String, String> values = new PolicySettingRepository(counter.on(db.dsl())).valuesOn(KEYS, day);

            assertThat(values).isEqualTo(expected);
            assertThat(counter.count()).as("statements").isEqualTo(1);
            for (String key : KEYS) {
                assertThat(repository.valueOn(key, day).orElse(null)).as(key).isEqualTo(values.get(key));
            }
        }
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
