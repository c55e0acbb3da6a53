package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.I18n;

/**
 * {@code benchmark save} end to end on a tiny generated database: it saves the deals it says, and prints the save, the
 * due list's refresh and the full derive it compares them with. Its figures are reported, never asserted.
 */
class SaveBenchmarkCommandTest {
    private static final String NUMBER = "([\\d,]+(?:\\.\\d)?)";
    private static final Pattern BACKGROUND = Pattern.compile("A save's background work \\(save and refresh\\): median "
            + NUMBER + " ms, worst " + NUMBER + " ms \\(((?:[\\d.,]+ ?)+)\\)");
    private static final Pattern RECORDS = Pattern.compile("([\\d,]+) deals; ([\\d,]+) open due items\\.");

    @AfterEach
    void chineseAgain() {
        I18n.setLocale(I18n.CHINESE);
    }

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
