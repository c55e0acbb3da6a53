package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.fees.FeeSettings;
import org.transferdesk.fees.OwnerKind;
import org.transferdesk.ip.IpType;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;

/**
 * V9 (R-PAT-FEE, 财税〔2018〕37号) on databases an older TransferDesk left: V6 stored the 6-year reduction from
 * 2000-01-01 in every database, and a stored value wins over the app's default, so V9 adds the 10-year version
 * from 2018-08-01 where V6's text is in force that day, turns V6's text re-saved later by the rules dialog into
 * the 10-year one, and leaves every reduction the office typed itself alone.
 */
class FeeReductionMigrationTest {
    private static final String SIX = "SOLE:85;JOINT:70;YEARS:6;ELIGIBLE:true";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            the seed only                              | null                                                  | 2000-01-01=6/true, 2018-08-01=10/true
            the seed re-saved by the dialog in 2024    | 2024-03-01=SOLE:85;JOINT:70;YEARS:6;ELIGIBLE:true     | 2000-01-01=6/true, 2018-08-01=10/true, 2024-03-01=10/true
            the seed re-saved the day before 37号      | 2018-07-31=SOLE:85;JOINT:70;YEARS:6;ELIGIBLE:true     | 2000-01-01=6/true, 2018-07-31=6/true, 2018-08-01=10/true
            an office not eligible from 2015           | 2015-01-01=SOLE:85;JOINT:70;YEARS:6;ELIGIBLE:false    | 2000-01-01=6/true, 2015-01-01=6/false
            an office's own period from 2020           | 2020-01-01=SOLE:80;JOINT:60;YEARS:8;ELIGIBLE:true     | 2000-01-01=6/true, 2018-08-01=10/true, 2020-01-01=8/true
            an office's own value on 2018-08-01        | 2018-08-01=SOLE:85;JOINT:70;YEARS:12;ELIGIBLE:true    | 2000-01-01=6/true, 2018-08-01=12/true
            """)
    void v9_addsTheTenYearVersion_onlyOverV6sText(String office, String recorded, String expected) {
        Path base = dir.resolve("transferdesk");
        OldDatabase.create(base, "7");
        if (recorded != null) {
            String[] dateValue = recorded.split("=", 2);
            OldDatabase.execute(base, "insert into policy_setting (setting_key, effective_from, setting_value) values "
                    + "('patent.fee.reduction', DATE '" + dateValue[0] + "', '" + dateValue[1] + "')");
        }
        assertThat(OldDatabase.query(base, "select setting_value from policy_setting where setting_key = "
                + "'patent.fee.reduction' and effective_from = DATE '2000-01-01'")).isEqualTo(SIX);

        try (Database db = Database.openFile(base)) {
            OfficeSettings settings = new OfficeSettings(new PolicySettingRepository(db.dsl()));
            String history = settings.history(FeeSettings.REDUCTION).stream()
                    .sorted(java.util.Comparator.comparing(org.transferdesk.settings.DatedValue::effectiveFrom))
                    .map(v -> v.effectiveFrom() + "=" + years(v.value()))
                    .collect(Collectors.joining(", "));
            assertThat(history).as(office).isEqualTo(expected);
        }
    }

    /** After V9 the 2027 plan of E10's year 9 is 300.00 again on a database the old version created. */
    @ParameterizedTest(name = "fee due {0} → {1}")
    @CsvSource(textBlock = """
            2018-07-31, 6
            2018-08-01, 10
            2027-07-14, 10
            """)
    void afterV9_theRulesOfAnOldDatabase_followTheLaw(LocalDate due, int reducedYears) {
        Path base = dir.resolve("old");
        OldDatabase.create(base, "7");
        try (Database db = Database.openFile(base)) {
            FeeSettings rules = new FeeSettings(new OfficeSettings(new PolicySettingRepository(db.dsl())));
            assertThat(rules.on(due).reducedYears()).isEqualTo(reducedYears);
            assertThat(rules.snapshot().on(due).reducedYears()).isEqualTo(reducedYears);
            assertThat(org.transferdesk.fees.PatentFees.years(IpType.INVENTION_PATENT, LocalDate.of(2019, 7, 15),
                    LocalDate.of(2022, 3, 8), d -> OwnerKind.SOLE, rules).stream().filter(y -> y.year() == 9)
                    .findFirst().orElseThrow().payable()).isEqualByComparingTo("300.00");
        }
    }

    private static String years(String reduction) {
        var t = FeeSettings.parse(java.util.Map.of(), reduction);
        return t.reducedYears() + "/" + t.eligible();
    }
}
