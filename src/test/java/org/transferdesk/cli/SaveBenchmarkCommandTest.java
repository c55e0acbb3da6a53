package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.bootstrap.DataFolder;

/**
 * {@code benchmark save} end to end on a tiny generated database: it saves the deals it says, and prints the save, the
 * due list's refresh and the full derive it compares them with. Its figures are reported, never asserted.
 */
class SaveBenchmarkCommandTest {
    private static final String NUMBER = "([\\d,]+(?:\\.\\d)?)";
    private static final Pattern BACKGROUND = Pattern.compile("A save's background work \\(save and refresh\\): median "
            + NUMBER + " ms, worst " + NUMBER + " ms \\(((?:[\\d.,]+ ?)+)\\)");
    private static final Pattern FIRST = Pattern.compile("The first save's background work: " + NUMBER
            + " ms \\(save [\\d.,]+ ms, refresh [\\d.,]+ ms\\); the 3 later saves: median [\\d.,]+ ms, worst [\\d.,]+ ms\\.");
    private static final Pattern RECORDS = Pattern.compile("([\\d,]+) deals; ([\\d,]+) open due items\\.");

    @Test
    void tinyDatabase_printsEachSaveAgainstTheFullDerive() {
        CliRunner cli = new CliRunner();

        int code = cli.run("benchmark", "save", "--results", "40", "--people", "10", "--saves", "4", "--lang", "en");

        String out = cli.out.toString();
        assertThat(code).as(out + cli.err).isZero();
        Matcher records = RECORDS.matcher(out);
        assertThat(records.find()).as(out).isTrue();
        assertThat(Integer.parseInt(records.group(1).replace(",", ""))).isPositive();
        assertThat(out).contains("Baseline, the full derive of every deadline", "The save itself: median",
                "The due list's refresh after it (badge and home screen, one shared derive): median",
                "× the full derive", "Target: worst save under 300 ms:",
                "reading every deal with its parts:", "in one statement per table");
        Matcher background = BACKGROUND.matcher(out);
        assertThat(background.find()).as(out).isTrue();
        // one figure per save, and the worst is no smaller than the median
        assertThat(background.group(3).trim().split(" ")).hasSize(4);
        // the app's warm-up ran before the saves, and the first save is reported apart from the three after it
        assertThat(out).contains("The save's warm-up the desktop app runs once in the background")
                .doesNotContain("No save warm-up");
        Matcher first = FIRST.matcher(out);
        assertThat(first.find()).as(out).isTrue();
        assertThat(first.group(1)).isEqualTo(background.group(3).trim().split(" ")[0]);
        assertThat(Double.parseDouble(background.group(2).replace(",", "")))
                .isGreaterThanOrEqualTo(Double.parseDouble(background.group(1).replace(",", "")));
    }

    /** --on measures a folder that holds a database already, generates nothing and keeps the folder. */
    @Test
    void on_measuresAnExistingFolder_andKeepsIt(@TempDir Path tmp) {
        assertThat(new CliRunner().run("demo", "--data-dir", tmp.toString(), "--results", "30", "--people", "8"))
                .isZero();
        CliRunner cli = new CliRunner();

        int code = cli.run("benchmark", "save", "--on", tmp.toString(), "--saves", "2", "--lang", "en");

        String out = cli.out.toString();
        assertThat(code).as(out + cli.err).isZero();
        assertThat(out).contains("2 deal save(s) on the data folder " + tmp).doesNotContain("Generated and written");
        assertThat(BACKGROUND.matcher(out).find()).as(out).isTrue();
        assertThat(new DataFolder(tmp).databaseFile()).exists();
    }

    /** --no-warm-up leaves the app's warm-up out and says so; one save is the first save alone. */
    @Test
    void noWarmUp_leavesTheWarmUpOut_andOneSaveIsReportedAsTheFirst(@TempDir Path tmp) {
        assertThat(new CliRunner().run("demo", "--data-dir", tmp.toString(), "--results", "30", "--people", "8"))
                .isZero();
        CliRunner cli = new CliRunner();

        int code = cli.run("benchmark", "save", "--on", tmp.toString(), "--saves", "1", "--no-warm-up", "--lang", "en");

        String out = cli.out.toString();
        assertThat(code).as(out + cli.err).isZero();
        assertThat(out).contains("No save warm-up (--no-warm-up): the first save pays the save path's first use.")
                .doesNotContain("The save's warm-up the desktop app runs")
                .containsPattern("The first save's background work: [\\d.,]+ ms \\(save [\\d.,]+ ms, refresh [\\d.,]+ ms\\)\\.")
                .doesNotContain("later saves");
    }

    @Test
    void on_aFolderWithoutADatabase_isRefused(@TempDir Path tmp) {
        CliRunner cli = new CliRunner();

        int code = cli.run("benchmark", "save", "--on", tmp.toString(), "--lang", "en");

        assertThat(code).isNotZero();
        assertThat(cli.err.toString()).contains("No TransferDesk database in " + tmp);
    }

    @Test
    void noSaves_isRefused() {
        CliRunner cli = new CliRunner();

        int code = cli.run("benchmark", "save", "--saves", "0", "--lang", "en");

        assertThat(code).isNotZero();
        assertThat(cli.err.toString()).contains("--results, --people and --saves must be at least 1.");
    }
}
