package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: opening a database whose schema is current leaves Flyway's ~360 classes unloaded, the start's log line
 * with the schema version and a command that prints it included (the version comes from the open's own check).
 * The first open creates the schema and so runs Flyway; the second must not.
 */
class OpenWithoutFlywayTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondOpen_ofACurrentSchema_printsItsVersionWithoutLoadingFlyway() throws Exception {
        Path data = tmp.resolve("data");
        String first = run(data, tmp.resolve("first.txt"));
        assertThat(first).contains("org.flywaydb.core.Flyway ");

        String second = run(data, tmp.resolve("second.txt"));

        assertThat(second).doesNotContain("org.flywaydb.core.Flyway ");
        assertThat(Files.readString(data.resolve("logs").resolve("transferdesk.log"), StandardCharsets.UTF_8))
                .contains("schema " + org.transferdesk.TestDatabase.latestVersion());
    }

    private static String run(Path data, Path out) throws Exception {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-Xshare:off", "-cp", classpath, Launcher.class.getName(),
                "info", "--data-dir", data.toString()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String loaded = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(loaded).isZero();
        return loaded;
    }
}
