package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.calendar.CalendarDay;

/** {@code calendar import} and {@code calendar years}; the warnings of {@code due} when a year is missing. */
class CalendarCommandTest {
    /** A made-up 2027 in holiday-cn format (not the official arrangements). */
    private static final String MADE_UP_2027 = """
            {"year": 2027, "papers": [], "days": [
              {"name": "春节", "date": "2027-02-08", "isOffDay": true},
              {"name": "春节", "date": "2027-02-20", "isOffDay": false}
            ]}""";

    @TempDir
    Path tmp;

    private Path json(String text) throws IOException {
        Path f = tmp.resolve("2027.json");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private List<CalendarDay> days2027(Path data) {
        try (AppContext context = AppContext.open(DataFolder.resolve(data), TestDatabase.CLOCK)) {
            return context.calendar().daysOf(2027);
        }
    }

    @Test
    void import_showsTheChanges_dryRunSavesNothing_thenSaves() throws IOException {
        Path data = tmp.resolve("data");
        Path file = json(MADE_UP_2027);
        CliRunner dry = new CliRunner();
        assertThat(dry.run("--data-dir", data.toString(), "calendar", "import", file.toString(), "--dry-run")).isZero();
        assertThat(dry.out.toString()).contains("2027 年：新增 2 天，修改 0 天，删除 0 天", "+ 2027-02-08 放假 春节",
                "+ 2027-02-20 调休上班 春节", "试运行");
        assertThat(days2027(data)).isEmpty();

        CliRunner real = new CliRunner();
        assertThat(real.run("--data-dir", data.toString(), "calendar", "import", file.toString())).isZero();
        assertThat(real.out.toString()).contains("已导入并保存");
        assertThat(days2027(data)).extracting(CalendarDay::date)
                .containsExactly(LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 20));

        CliRunner again = new CliRunner();
        assertThat(again.run("--data-dir", data.toString(), "calendar", "import", file.toString())).isZero();
        assertThat(again.out.toString()).contains("无需更改", "未做任何更改");
    }

    @Test
    void import_ofABrokenFile_exitsTwoWithEveryProblem_andSavesNothing() throws IOException {
        Path data = tmp.resolve("data");
        Path file = json("""
                {"year": 2027, "papers": [], "days": [{"name": "春节", "date": "2027-02-8", "isOffDay": 1}]}""");
        CliRunner cli = new CliRunner();
        assertThat(cli.run("--data-dir", data.toString(), "calendar", "import", file.toString())).isEqualTo(2);
        assertThat(cli.err.toString()).contains("days 第 1 项的日期", "2027-02-8", "isOffDay 应为 true");
        assertThat(days2027(data)).isEmpty();
    }

    @Test
    void years_warnsOnStandardErrorWithExitThree_whenTheComingMonthsReachAYearWithoutArrangements() {
        Path data = tmp.resolve("data");
        CliRunner december = new CliRunner(TestDatabase.clockOn(LocalDate.of(2026, 12, 6)));
        assertThat(december.run("--data-dir", data.toString(), "calendar", "years")).isEqualTo(3);
        assertThat(december.out.toString()).contains("2020, 2021", "2026", "2027 年：尚未录入放假安排");
        assertThat(december.err.toString()).contains("2027 年的节假日安排尚未录入");

        CliRunner summer = new CliRunner(TestDatabase.clockOn(LocalDate.of(2026, 6, 30)));
        assertThat(summer.run("--data-dir", data.toString(), "calendar", "years")).isZero();
        assertThat(summer.err.toString()).isEmpty();
    }

    @Test
    void due_printsTheCalendarWarningOnStandardError_keepingItsJsonClean() {
        Path data = tmp.resolve("data");
        CliRunner cli = new CliRunner(TestDatabase.clockOn(LocalDate.of(2026, 12, 21)));
        assertThat(cli.run("--data-dir", data.toString(), "due", "--format", "json")).isZero();
        assertThat(cli.out.toString()).startsWith("{").doesNotContain("节假日安排");
        assertThat(cli.err.toString()).contains("2027 年的节假日安排尚未录入");

        CliRunner within = new CliRunner(TestDatabase.clockOn(LocalDate.of(2026, 12, 21)));
        assertThat(within.run("--data-dir", data.toString(), "due", "--within", "10")).isZero();
        assertThat(within.err.toString()).as("ten days stay in 2026").isEmpty();
    }
}
