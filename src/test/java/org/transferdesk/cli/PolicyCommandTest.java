package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code policy show} and {@code policy set PRESET}: the version in force by date; below-floor policies refused. */
class PolicyCommandTest {
    @TempDir
    Path dir;

    private String run(int expectedExit, String lang, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new TransferDeskCommand(start -> 0));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        cli.setExecutionExceptionHandler(new CliErrors());
        String[] all = new String[args.length + 5];
        all[0] = "policy";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--data-dir";
        all[args.length + 2] = dir.toString();
        all[args.length + 3] = "--lang";
        all[args.length + 4] = lang;
        assertThat(cli.execute(all)).as(out.toString()).isEqualTo(expectedExit);
        return out.toString();
    }

    @Test
    void show_withNothingRecorded_printsTheNationalFloor() {
        String out = run(0, "en", "show", "--on", "2026-01-01");
        assertThat(out).contains("Reward policy in force on 2026-01-01", "Jurisdiction: National floor",
                "Transfer and licence reward rate: 50%", "Key contributors' minimum share: 50%",
                "Deductible costs: Taxes, Maintenance fees", "Invention patent grant bonus (yuan): 4000.00 yuan",
                "non-profit: yes", "none yet: the national floor applies");
    }

    @Test
    void set_appliesFromItsDate_withOverriddenRates() {
        run(0, "en", "set", "zhejiang", "--from", "2026-03-01", "--key", "80%", "--self-years", "4",
                "--leader-equity", "cash", "--publicity-calendar", "calendar", "--deductible", "税费,维护费",
                "--invention-bonus", "5000", "--other-bonus", "2000", "--transfer-staff", "6", "--equity", "75",
                "--transfer-license", "72", "--self", "12", "--publicity-days", "20");
        assertThat(run(0, "en", "show", "--on", "2026-02-28")).contains("Jurisdiction: National floor");
        String after = run(0, "en", "show", "--on", "2026-03-01");
        assertThat(after).contains("Jurisdiction: Zhejiang", "Transfer and licence reward rate: 72%",
                "Equity reward rate: 75%", "Own implementation reward rate: 12%", "4 years",
                "Key contributors' minimum share: 80%", "Share of the pool for technology-transfer staff: 6%",
                "Deductible costs: Taxes, Maintenance fees\n", "(days): 20 (Calendar days)", "Converted to a cash reward",
                "5000.00 yuan", "2000.00 yuan", "2026-03-01  Zhejiang  transfer/licence 72%");
    }

    /** R-BONUS: bonuses not given are the floors in force on the version's date; given ones are checked by it. */
    @org.junit.jupiter.params.ParameterizedTest(name = "from {0} {1} → exit {2}, invention bonus {3}")
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            2024-01-19, '',      0, 3000.00
            2024-01-20, '',      0, 4000.00
            2024-01-19, 2999.99, 1, ''
            2024-01-20, 3999.99, 1, ''
            2024-01-20, 4000.00, 0, 4000.00
            """)
    void set_bonusFloorIsTheOneOfTheVersionsDate(String from, String invention, int exit, String shown) {
        String out = invention.isEmpty() ? run(exit, "en", "set", "national", "--from", from)
                : run(exit, "en", "set", "national", "--from", from, "--invention-bonus", invention);
        if (exit == 0) {
            assertThat(run(0, "en", "show", "--on", from))
                    .contains("Invention patent grant bonus (yuan): " + shown + " yuan");
        } else {
            assertThat(out).contains("The reward policy was not saved:", "Patent grant bonuses cannot be below");
        }
    }

    @Test
    void set_technicalContractsAndUnitShares_areShownFromTheirDate() {
        run(0, "en", "set", "national", "--from", "2019-01-01", "--transfer-license", "80", "--unit-university", "10",
                "--unit-school", "10%", "--tech-contract", "30", "--tech-key", "no");
        String out = run(0, "en", "show", "--on", "2019-01-01");
        assertThat(out).contains("Technical development, consulting and service reward rate: 30%",
                "Key contributors get at least their minimum share (R-KEY): does not apply",
                "学校 share of net income (transfer, licence): 10%", "学院 share of net income (the result's school): 10%",
                "Technology-transfer office share of net income: 0%",
                "2019-01-01  National floor  transfer/licence 80%", ", technical contracts 30%",
                ", 学校 10% / 学院 10% / transfer office 0% of net income");
        assertThat(run(0, "en", "show", "--on", "2018-12-31"))
                .contains("Technical development, consulting and service reward rate: 50%",
                        "Key contributors get at least their minimum share (R-KEY): applies",
                        "学校 share of net income (transfer, licence): 0%");
    }

    @Test
    void set_withoutATechnicalRate_followsTheTransferLicenceRateGiven() {
        String out = run(0, "zh", "set", "山东", "--from", "2024-01-01", "--transfer-license", "85", "--unit-office", "10",
                "--tech-key", "是");
        assertThat(out).contains("技术开发、咨询、服务奖酬比例: 85%", "主要贡献人员须获得不低于最低份额的奖酬: 适用",
                "技术转移机构所得（占净收入）: 10%");
    }

    @Test
    void unitSharesTooHigh_orAboveShandongsCeiling_areRefused() {
        String out = run(1, "en", "set", "shandong", "--from", "2024-01-01", "--transfer-license", "80",
                "--unit-school", "10", "--unit-office", "10.5");
        assertThat(out).contains("The reward policy was not saved",
                "The team rate 80% and the unit shares 20.5% together exceed 100% of net income.",
                "The technology-transfer office may get at most 10% of net income in this jurisdiction.");
        assertThat(run(1, "en", "set", "beijing", "--tech-contract", "0"))
                .contains("The technical-contract reward rate must be above 0%");
        assertThat(run(1, "en", "set", "beijing", "--tech-key", "maybe")).contains("not one of yes, no");
        assertThat(run(1, "en", "set", "beijing", "--unit-school", "some")).contains("Option --unit-school");
    }

    @Test
    void chinesePresetNames_andChineseOutput() {
        String out = run(0, "zh", "set", "浙江", "--from", "2026-01-01");
        assertThat(out).contains("已记录奖励政策（浙江），自 2026-01-01 起施行", "主要贡献人员最低份额: 70%");
        assertThat(run(0, "zh", "show")).contains("适用地区: 浙江", "2026-01-01  浙江");
    }

    @Test
    void belowTheFloor_exitsWith1_listingEveryProblem_andStoresNothing() {
        String out = run(1, "en", "set", "zhejiang", "--from", "2026-01-01", "--key", "50", "--transfer-license", "60",
                "--self-years", "7");
        assertThat(out).contains("The reward policy was not saved",
                "\"Transfer and licence reward rate\" cannot be below the floor of its jurisdiction, 70%",
                "\"Key contributors' minimum share\" cannot be below the floor of its jurisdiction, 70%",
                "3 to 5 years");
        assertThat(run(0, "en", "show", "--on", "2026-06-01")).contains("Jurisdiction: National floor");
    }

    @Test
    void badInput_isRefusedByName() {
        assertThat(run(1, "en", "set", "guangdong")).contains("There is no preset \"guangdong\"");
        assertThat(run(1, "en", "set", "beijing", "--key", "lots")).contains("Option --key: \"lots\" is not a percentage");
        assertThat(run(1, "en", "set", "beijing", "--leader-equity", "keep")).contains("not one of waive, cash");
        assertThat(run(1, "en", "set", "beijing", "--deductible", "TAX,bribes")).contains("\"bribes\"");
    }

    @Test
    void unitKeys_areAcceptedBySettingCommand() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new TransferDeskCommand(start -> 0));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        cli.setExecutionExceptionHandler(new CliErrors());
        String data = dir.toString();
        assertThat(cli.execute("setting", "unit.creditCode", "12100000400000624D", "--from", "2026-01-01",
                "--data-dir", data, "--lang", "en")).isZero();
        assertThat(cli.execute("setting", "unit.nonProfit", "maybe", "--from", "2026-01-01", "--data-dir", data,
                "--lang", "en")).isEqualTo(1);
        assertThat(cli.execute("setting", "unit.creditCode", "12345", "--from", "2026-01-01", "--data-dir", data,
                "--lang", "en")).isEqualTo(1);
        assertThat(cli.execute("setting", "unit.name", "Some University", "--from", "2026-01-01", "--data-dir", data,
                "--lang", "en")).isZero();
        assertThat(run(0, "en", "show", "--on", "2026-02-01")).contains("Unit: Some University, credit code 12100000400000624D");
    }
}
