package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;

/**
 * The app's logging is {@code logback.xml}'s: its levels, one owner-only file in the data folder's logs, rolled by
 * size and day, kept 30 days and 200 MB, one UTF-8 line per event.
 */
class LogConfigurationTest {
    @TempDir
    Path tmp;

    private final List<LoggerContext> contexts = new ArrayList<>();

    @AfterEach
    void stop() {
        contexts.forEach(LoggerContext::stop);
    }

    private LoggerContext fromXml(Path logDir) throws JoranException {
        LoggerContext context = new LoggerContext();
        // what logback's SLF4J provider gives the app's context
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        contexts.add(context);
        context.putProperty("transferdesk.logdir", logDir.toString());
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(context);
        joran.doConfigure(LogConfigurationTest.class.getResource("/logback.xml"));
        return context;
    }

    private static OwnerOnlyLogFile file(LoggerContext context) {
        return (OwnerOnlyLogFile) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE");
    }

    private static Object field(Object owner, Class<?> declaring, String name) throws ReflectiveOperationException {
        Field field = declaring.getDeclaredField(name);
        field.setAccessible(true);
        return String.valueOf(field.get(owner));
    }

    @ParameterizedTest
    @CsvSource({"ROOT, INFO", "org.jooq, WARN", "org.flywaydb, INFO", "h2database, WARN", "org.transferdesk, ",
            "org.jooq.tools, "})
    void theLevels(String logger, String level) throws JoranException {
        Level expected = level == null ? null : Level.toLevel(level);

        assertThat(fromXml(tmp).getLogger(logger).getLevel()).isEqualTo(expected);
    }

    @Test
    void theFileAndItsRolling() throws Exception {
        OwnerOnlyLogFile xml = file(fromXml(tmp));

        assertThat(xml.getFile()).isEqualTo(tmp + "/transferdesk.log");
        assertThat(xml.isStarted()).isTrue();
        var rolling = (SizeAndTimeBasedRollingPolicy<?>) xml.getRollingPolicy();
        assertThat(rolling.getFileNamePattern()).isEqualTo(tmp + "/transferdesk.%d{yyyy-MM-dd}.%i.log");
        assertThat(rolling.getMaxHistory()).isEqualTo(30);
        assertThat(field(rolling, SizeAndTimeBasedRollingPolicy.class, "maxFileSize")).isEqualTo("10 MB");
        assertThat(field(rolling, rolling.getClass().getSuperclass(), "totalSizeCap")).isEqualTo("200 MB");
        assertThat(xml.getTriggeringPolicy()).isSameAs(rolling);
        var encoder = (PatternLayoutEncoder) xml.getEncoder();
        assertThat(encoder.getPattern())
                .isEqualTo("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        assertThat(encoder.getCharset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aLine_inAnOwnerOnlyFile() throws Exception {
        fromXml(tmp).getLogger("org.transferdesk.x.Thing").info("合同 {} saved", 7);
        contexts.forEach(LoggerContext::stop);

        String line = Files.readString(tmp.resolve("transferdesk.log"), StandardCharsets.UTF_8);
        // the time stamp is the first 23 characters
        assertThat(line.substring(23)).isEqualTo(" INFO  [main] org.transferdesk.x.Thing - 合同 7 saved\n");
        assertThat(line).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} (?s).*");
        if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(tmp.resolve("transferdesk.log")))).isEqualTo("rw-------");
        }
    }

    /** The app's classpath (no logback-test.xml): a command's log lands in the data folder's log, owner-only. */
    @Test
    void theAppsStart_logsIntoTheDataFolder() throws Exception {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        Path out = tmp.resolve("out.txt");
        Path data = tmp.resolve("data");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-cp", classpath, Launcher.class.getName(),
                "info", "--data-dir", data.toString()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String loaded = Files.readString(out, StandardCharsets.UTF_8);

        assertThat(p.exitValue()).as(loaded).isZero();
        assertThat(loaded).contains("org.transferdesk.app.OwnerOnlyLogFile ");
        Path log = data.resolve("logs").resolve("transferdesk.log");
        assertThat(Files.readString(log, StandardCharsets.UTF_8))
                .matches("(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} [A-Z]+ +\\[.*");
        if (Files.getFileStore(log).supportsFileAttributeView("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(log)))
                    .isEqualTo("rw-------");
        }
    }
}
