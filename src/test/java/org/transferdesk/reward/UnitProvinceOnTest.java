package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.StatementCounter;
import org.transferdesk.TestDatabase;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Province;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;
import org.junit.jupiter.api.Tag;

/**
 * Issue 20: the unit's province on a day, as the annual report reads it (R-REPORT-MORE 本地转化), is the dated
 * profile's province — null before it is set and after it is cleared — in one statement instead of the profile's four.
 */
@Tag(TestDatabase.TAG)
class UnitProvinceOnTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "2023-12-31, -",
            "2024-01-01, SHANXI",
            "2024-12-31, SHANXI",
            "2025-01-01, BEIJING",
            "2025-12-31, BEIJING",
            "2026-01-01, -",
            "2030-12-31, -",
    })
    void unitProvinceOn_isTheDatedProfilesProvince_inOneStatement(LocalDate day, Province expected) {
        try (Database db = TestDatabase.fresh()) {
            RewardPolicyService writer = new RewardPolicyService(
                    new OfficeSettings(new PolicySettingRepository(db.dsl())), TestDatabase.CLOCK);
            writer.setUnitProfile(LocalDate.of(2024, 1, 1), new UnitProfile("某某大学", "", true, Province.SHANXI));
            writer.setUnitProfile(LocalDate.of(2025, 1, 1), new UnitProfile("某某大学", "", false, Province.BEIJING));
            writer.setUnitProfile(LocalDate.of(2026, 1, 1), new UnitProfile("某某大学", "", false, null));
            StatementCounter counter = new StatementCounter();
            RewardPolicyService reader = new RewardPolicyService(
                    new OfficeSettings(new PolicySettingRepository(counter.on(db.dsl()))), TestDatabase.CLOCK);

            Province province = reader.unitProvinceOn(day);

            assertThat(province).isEqualTo(expected);
            assertThat(counter.count()).as("statements").isEqualTo(1);
            assertThat(writer.unitProfileOn(day).province()).isEqualTo(expected);
        }
    }
}
