package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Office rules change from a date of effect; earlier dates keep the earlier value; bad values are refused. */
class SettingCommandTest {
    @TempDir
    Path dir;

    private String run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new SettingCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        cli.setExecutionExceptionHandler(new CliErrors());
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dir.toString();
        all[args.length + 2] = "--lang";
        all[args.length + 3] = "en";
        assertThat(cli.execute(all)).as(out.toString()).isEqualTo(expectedExit);
        return out.toString();
    }

    @Test
    void newValueAppliesFromItsDate_only() {
        assertThat(run(0, "price.publicity.days", "--on", "2026-01-01")).contains("price.publicity.days = 15");
        run(0, "price.publicity.days", "20", "--from", "2026-03-01");
        assertThat(run(0, "price.publicity.days", "--on", "2026-02-28")).contains("= 15");
        assertThat(run(0, "price.publicity.days", "--on", "2026-03-01")).contains("= 20");
    }

    /** Issue 22: a setting changed on the command line is audited like one changed in the app's windows. */
    @Test
    void aChangedSetting_isAudited() {
        run(0, "price.publicity.days", "20", "--from", "2026-03-01");
        try (org.transferdesk.db.Database db = org.transferdesk.db.Database.openFile(
                new org.transferdesk.bootstrap.DataFolder(dir).database())) {
            assertThat(db.dsl().fetchValue("select changes from audit_log where entity = 'policy_setting'"))
                    .asString().contains("price.publicity.days", "20");
        }
    }

    @Test
    void badValuesAndUnknownKeys_areRefused() {
        assertThat(run(1, "approval.tiers", "lots:of;nonsense", "--from", "2026-01-01")).contains("not a valid value");
        assertThat(run(1, "price.publicity.days", "0", "--from", "2026-01-01")).contains("not a valid value");
        assertThat(run(1, "no.such.key")).contains("There is no setting");
        assertThat(run(1, "price.publicity.days", "15")).contains("--from");
    }

    @Test
    void patentFeeSettings_areKnown_andChecked() {
        assertThat(run(0, "patent.fee.reduction", "--on", "2026-01-01"))
                .contains("patent.fee.reduction = SOLE:85;JOINT:70;YEARS:10;ELIGIBLE:true");
        // R-PAT-FEE: the seeded version before 财税〔2018〕37号
        assertThat(run(0, "patent.fee.reduction", "--on", "2018-07-31"))
                .contains("patent.fee.reduction = SOLE:85;JOINT:70;YEARS:6;ELIGIBLE:true");
        run(0, "patent.fee.UTILITY_MODEL", "1-3:650;4-5:900;6-8:1200;9-10:2000", "--from", "2027-01-01");
        assertThat(run(0, "patent.fee.UTILITY_MODEL", "--on", "2027-01-01")).contains("= 1-3:650;");
        assertThat(run(1, "patent.fee.DESIGN", "1-3:600;4-5:900", "--from", "2027-01-01")).contains("not a valid value");
        assertThat(run(1, "patent.fee.reduction", "SOLE:85", "--from", "2027-01-01")).contains("not a valid value");
    }

    @Test
    void dueSettings_areKnown_andChecked() {
        assertThat(run(0, "due.reminder.days", "--on", "2026-01-01")).contains("due.reminder.days = 90,60,30,7");
        assertThat(run(0, "report.deadline", "--on", "2026-01-01")).contains("report.deadline = 03-30");
        run(0, "report.deadline", "04-15", "--from", "2027-01-01");
        assertThat(run(0, "report.deadline", "--on", "2027-02-01")).contains("= 04-15");
        run(0, "due.remindFrom", "2025-01-01", "--from", "2000-01-01");
        assertThat(run(1, "due.remindFrom", "2025-13-01", "--from", "2000-01-01")).contains("not a valid value");
        assertThat(run(1, "report.deadline", "02-30", "--from", "2027-01-01")).contains("not a valid value");
        assertThat(run(1, "due.reminder.days", "90,-1", "--from", "2027-01-01")).contains("not a valid value");
    }
}
