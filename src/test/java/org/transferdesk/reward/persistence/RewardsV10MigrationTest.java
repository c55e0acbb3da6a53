package org.transferdesk.reward.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.Percent;
import org.transferdesk.db.Database;
import org.transferdesk.db.OldDatabase;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.reward.RewardPolicyCodec;
import org.transferdesk.reward.RewardPolicyService;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;

/**
 * Schema V10 on a database an older TransferDesk left: stored reward policies get the new settings' defaults
 * written out (the technical-contract rate of each version is that version's transfer/licence rate, R-KEY
 * applies, no unit split), distributions may be of the kind TECH_CONTRACT, and old distributions have no
 * unit lines.
 */
class RewardsV10MigrationTest {
    private static final String OLD_BEIJING = "preset=BEIJING;transferLicense=0.8;equity=0.7;self=0.05;selfYears=5;"
            + "key=0.5;deductible=TAX,MAINTENANCE;publicityDays=15;publicityCalendar=WORKING_DAYS;"
            + "leaderEquity=WAIVE_AND_REDISTRIBUTE;transferStaff=0;inventionBonus=4000.00;otherPatentBonus=1500.00";
    private static final String OLD_NATIONAL = "preset=NATIONAL;transferLicense=0.5;equity=0.5;self=0.05;selfYears=3;"
            + "key=0.5;deductible=;publicityDays=15;publicityCalendar=WORKING_DAYS;"
            + "leaderEquity=CONVERT_TO_CASH;transferStaff=0;inventionBonus=4000.00;otherPatentBonus=1500.00";

    @TempDir
    Path folder;

    @Test
    void storedPoliciesGetTheNewDefaults_andTechContractDistributionsAreAllowed() {
        Path base = OldDatabase.createIn(folder, "7");
        OldDatabase.execute(base, "insert into policy_setting (setting_key, effective_from, setting_value) values "
                + "('reward.policy', date '2019-01-01', '" + OLD_NATIONAL + "'), "
                + "('reward.policy', date '2022-01-01', '" + OLD_BEIJING + "')");
        OldDatabase.execute(base, "insert into distribution (kind, basis_date, policy_preset, key_minimum, gross, "
                + "deducted, net, rate, pool, university_part) values ('CASH', date '2023-05-01', 'BEIJING', 0.5, "
                + "100.00, 0, 100.00, 0.8, 80.00, 20.00)");

        try (Database db = Database.openFile(base)) {
            assertThat(db.schemaVersion()).isEqualTo(org.transferdesk.TestDatabase.latestVersion());
            assertThat(db.dsl().fetchValue("select setting_value from policy_setting where setting_key = "
                    + "'reward.policy' and effective_from = date '2022-01-01'"))
                    .isEqualTo(OLD_BEIJING + ";techContract=0.8;techKey=true;unitUniversity=0;unitSchool=0;unitOffice=0");
            RewardPolicyService policies = new RewardPolicyService(
                    new OfficeSettings(new PolicySettingRepository(db.dsl())), TestDatabase.CLOCK);
            RewardPolicy national = policies.policyOn(LocalDate.of(2021, 12, 31));
            assertThat(national.techContracts()).isEqualTo(new RewardPolicy.TechContracts(Percent.ofPercent("50"), true));
            assertThat(national.leaderEquity()).isEqualTo(RewardPolicy.LeaderEquity.CONVERT_TO_CASH);
            RewardPolicy beijing = policies.policyOn(LocalDate.of(2022, 1, 1));
            assertThat(beijing.techContracts().rate()).isEqualTo(Percent.ofPercent("80"));
            assertThat(beijing.unitShares()).isEqualTo(RewardPolicy.UnitShares.NONE);
            assertThat(RewardPolicyCodec.decode(OLD_BEIJING)).isEqualTo(beijing);

            DistributionRepository distributions = new DistributionRepository(db.dsl());
            assertThat(distributions.findWhere(2023, null)).singleElement()
                    .satisfies(d -> assertThat(d.unitParts()).isEmpty());
            db.executeRaw("insert into distribution (kind, basis_date, policy_preset, key_minimum, gross, deducted, "
                    + "net, rate, pool, university_part) values ('TECH_CONTRACT', date '2024-05-01', 'BEIJING', 0, "
                    + "100.00, 0, 100.00, 0.3, 30.00, 70.00)");
            assertThat(distributions.findWhere(2024, null)).singleElement()
                    .satisfies(d -> assertThat(d.kind()).isEqualTo(DistributionKind.TECH_CONTRACT));
        }
    }
}
