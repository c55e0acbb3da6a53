package org.transferdesk.deal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.FreshDatabaseResolver;
import org.transferdesk.TestDatabase;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Counterparty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 20: the duplicate lookup asks the name key and the credit code one at a time (each on its unique index)
 * and answers as the single OR query did: a match on either, the older of two, none for a blank code.
 */
@Tag(TestDatabase.TAG)
@ExtendWith(FreshDatabaseResolver.class)
class CounterpartyLookupTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);
    private CounterpartyRepository repository;

    @BeforeEach
    void setUp(Database db) {
        repository = new CounterpartyRepository(db.dsl());
        // #1 older, #2 newer
        save(db, "甲科技有限公司", "91110000000000001A");
        save(db, "乙科技有限公司", "91110000000000002B");
        save(db, "丙科技有限公司", null);
    }

    private static void save(Database db, String name, String code) {
        CounterpartyRepository.save(db.dsl(), new Counterparty(null, name, code, null, null, null, null, null, null, 0),
                "test", NOW);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            // name, code, except (by name), expected (name or -)
            "甲科技有限公司, -, -, 甲科技有限公司",
            "甲科技有限公司, '  ', -, 甲科技有限公司",
            "丁公司, 91110000000000002B, -, 乙科技有限公司",
            "乙科技有限公司, 91110000000000001A, -, 甲科技有限公司",
            "甲科技有限公司, 91110000000000002B, -, 甲科技有限公司",
            "甲科技有限公司, 91110000000000002B, 甲科技有限公司, 乙科技有限公司",
            "乙科技有限公司, 91110000000000001A, 甲科技有限公司, 乙科技有限公司",
            "甲科技有限公司, -, 甲科技有限公司, -",
            "丁公司, 91110000000000009Z, -, -",
            "丁公司, -, -, -",
            "丙科技有限公司, 91110000000000009Z, -, 丙科技有限公司"})
    void findDuplicate_matchesNameOrCode_olderFirst(String name, String code, String except, String expected) {
        Long exceptId = except == null ? null : repository.findDuplicate(except, null, null).orElseThrow().id();

        assertThat(repository.findDuplicate(name, code, exceptId).map(Counterparty::name).orElse(null))
                .isEqualTo(expected);
    }
}
