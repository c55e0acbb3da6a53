package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The benchmark runs end to end on tiny data, the list's part in fresh JVMs (child processes); its figures are
 * reported, never asserted.
 */
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
                "heap used after load",
                // issue 20: measured in fresh JVMs, sorted, against baselines
                "(fresh JVM, ", "service: first chunk", "ratio first rows / service's first chunk",
                "filter, sorted by title", "plain Java filter", "before issue 20", "ratio sorted worst / plain worst")
                .doesNotContain("=firstRows=", "=sortedMax=");
        assertThat(new CommandLine(new BenchmarkCommand()).execute("--results", "40", "--data-dir", dir.toString()))
                .isEqualTo(1);
    }
}
