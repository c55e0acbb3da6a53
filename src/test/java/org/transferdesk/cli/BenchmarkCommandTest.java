package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The benchmark runs end to end on tiny data; its figures are reported, never asserted. */
class BenchmarkCommandTest {
    @TempDir
    Path dir;

    @Test
    void reportsEveryFigure_andRefusesAFolderWithADatabase() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new BenchmarkCommand());
        cli.setOut(new PrintWriter(out));
        int rc = cli.execute("--results", "40", "--people", "15", "--data-dir", dir.toString(), "--lang", "en");

        assertThat(rc).isZero();
        assertThat(out.toString()).contains("list: first rows", "list: all 40 rows", "filter as you type",
                "heap used after load");
        assertThat(new CommandLine(new BenchmarkCommand()).execute("--results", "40", "--data-dir", dir.toString()))
                .isEqualTo(1);
    }
}
