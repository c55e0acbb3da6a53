package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.app.PosixModes.mode;
import static org.transferdesk.app.PosixModes.setMode;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: the log files are the user's only (600 on POSIX) — the first one, one an earlier version left 644, and
 * every file a rollover starts — and logback.xml uses this appender.
 */
class OwnerOnlyLogFileTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void posixOnly() throws IOException {
        PosixModes.assumePosix(tmp);
    }

    private static OwnerOnlyLogFile appender(LoggerContext context, Path file) {
        OwnerOnlyLogFile appender = new OwnerOnlyLogFile();
        appender.setContext(context);
        appender.setFile(file.toString());
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(file.getParent().resolve("td.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("1KB"));
        trigger.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n");
        encoder.start();
        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }

    @Test
    void theLogAndEveryRolledFile_areTheUsersOnly() throws IOException {
        Path logs = Files.createDirectories(tmp.resolve("logs"));
        Path file = logs.resolve("transferdesk.log");
        LoggerContext context = new LoggerContext();
        OwnerOnlyLogFile appender = appender(context, file);
        Logger logger = context.getLogger("test");
        logger.addAppender(appender);

        assertThat(mode(file)).isEqualTo("rw-------");
        for (int i = 0; i < 200; i++) {
            logger.warn("line {} {}", i, "x".repeat(40));
            appender.rollover();
        }
        appender.stop();

        List<Path> files;
        try (Stream<Path> all = Files.list(logs)) {
            files = all.toList();
        }
        assertThat(files).hasSizeGreaterThan(1);
        for (Path f : files) {
            assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------");
        }
    }

    @Test
    void aLogAnEarlierVersionLeftOpen_isMadeTheUsersOnly_andKeepsItsLines() throws IOException {
        Path file = Files.createDirectories(tmp.resolve("logs")).resolve("transferdesk.log");
        Files.writeString(file, "old line\n");
        setMode(file, "rw-r--r--");

        OwnerOnlyLogFile appender = appender(new LoggerContext(), file);
        appender.stop();

        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(Files.readString(file)).startsWith("old line");
    }

    @Test
    void theAppsLoggingConfiguration_usesThisAppender() throws IOException {
        try (var in = OwnerOnlyLogFileTest.class.getResourceAsStream("/logback.xml")) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("class=\"org.transferdesk.app.OwnerOnlyLogFile\"")
                    .doesNotContain("class=\"ch.qos.logback.core.rolling.RollingFileAppender\"");
        }
    }
}
