package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.io.File;
import java.io.IOException;
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
 * Issue 20: the logging set up in code ({@link LogConfiguration}) is {@code logback.xml}'s, without its ~545
 * classes of XML configuration on the start's main thread.
 */
class LogConfigurationTest {
    @TempDir
    Path tmp;

    private final List<LoggerContext> contexts = new ArrayList<>();

    @AfterEach
    void stop() {
        contexts.forEach(LoggerContext::stop);
        System.clearProperty("logback.configurationFile");
    }

    private LoggerContext context() {
        LoggerContext context = new LoggerContext();
        // what logback's SLF4J provider gives the app's context
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        contexts.add(context);
        return context;
    }

    private LoggerContext fromXml(Path logDir) throws JoranException {
        LoggerContext context = context();
        context.putProperty("transferdesk.logdir", logDir.toString());
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(context);
        joran.doConfigure(LogConfigurationTest.class.getResource("/logback.xml"));
        return context;
    }

    private LoggerContext fromCode(Path logDir) {
        LoggerContext context = context();
        LogConfiguration.apply(context, logDir.toString());
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
    void theLevels_areTheXmls(String logger, String level) throws JoranException {
        Level expected = level == null ? null : Level.toLevel(level);

        assertThat(fromCode(tmp.resolve("a")).getLogger(logger).getLevel()).isEqualTo(expected);
        assertThat(fromXml(tmp.resolve("b")).getLogger(logger).getLevel()).isEqualTo(expected);
    }

    @Test
    void theFileAndItsRolling_areTheXmls() throws Exception {
        OwnerOnlyLogFile code = file(fromCode(tmp));
        OwnerOnlyLogFile xml = file(fromXml(tmp));

        assertThat(code.getFile()).isEqualTo(xml.getFile()).isEqualTo(tmp + "/transferdesk.log");
        assertThat(code.isStarted()).isEqualTo(xml.isStarted()).isTrue();
        var codeRolling = (SizeAndTimeBasedRollingPolicy<?>) code.getRollingPolicy();
        var xmlRolling = (SizeAndTimeBasedRollingPolicy<?>) xml.getRollingPolicy();
        assertThat(codeRolling.getFileNamePattern()).isEqualTo(xmlRolling.getFileNamePattern())
                .isEqualTo(tmp + "/transferdesk.%d{yyyy-MM-dd}.%i.log");
        assertThat(codeRolling.getMaxHistory()).isEqualTo(xmlRolling.getMaxHistory()).isEqualTo(30);
        assertThat(field(codeRolling, SizeAndTimeBasedRollingPolicy.class, "maxFileSize"))
                .isEqualTo(field(xmlRolling, SizeAndTimeBasedRollingPolicy.class, "maxFileSize"))
                .isEqualTo("10 MB");
        assertThat(field(codeRolling, codeRolling.getClass().getSuperclass(), "totalSizeCap"))
                .isEqualTo(field(xmlRolling, xmlRolling.getClass().getSuperclass(), "totalSizeCap"))
                .isEqualTo("200 MB");
        assertThat(code.getTriggeringPolicy()).isSameAs(codeRolling);
        var codeEncoder = (PatternLayoutEncoder) code.getEncoder();
        var xmlEncoder = (PatternLayoutEncoder) xml.getEncoder();
        assertThat(codeEncoder.getPattern()).isEqualTo(xmlEncoder.getPattern());
        assertThat(codeEncoder.getCharset()).isEqualTo(xmlEncoder.getCharset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aLine_readsAsTheXmlsLine_inAnOwnerOnlyFile() throws Exception {
        Path a = tmp.resolve("code");
        Path b = tmp.resolve("xml");
        fromCode(a).getLogger("org.transferdesk.x.Thing").info("合同 {} saved", 7);
        fromXml(b).getLogger("org.transferdesk.x.Thing").info("合同 {} saved", 7);
        contexts.forEach(LoggerContext::stop);

        String code = Files.readString(a.resolve("transferdesk.log"), StandardCharsets.UTF_8);
        String xml = Files.readString(b.resolve("transferdesk.log"), StandardCharsets.UTF_8);
        // the same line but for the time stamp (the first 23 characters)
        assertThat(code.substring(23)).isEqualTo(xml.substring(23))
                .isEqualTo(" INFO  [main] org.transferdesk.x.Thing - 合同 7 saved\n");
        assertThat(code).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} (?s).*");
        if (Files.getFileStore(a).supportsFileAttributeView("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(a.resolve("transferdesk.log")))).isEqualTo("rw-------");
        }
    }

    @ParameterizedTest
    @CsvSource({"true, INVOKE_NEXT_IF_ANY", "false, INVOKE_NEXT_IF_ANY"})
    void aNamedConfigurationFileOrTheTestsXml_isLeftToLogback(boolean named, String status) {
        if (named) {
            System.setProperty("logback.configurationFile", tmp.resolve("other.xml").toString());
        }
        LoggerContext context = new LoggerContext();
        contexts.add(context);

        // the test classpath has logback-test.xml: the code configuration steps aside either way here
        assertThat(new LogConfiguration().configure(context)).isEqualTo(Configurator.ExecutionStatus.valueOf(status));
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }

    /**
     * The app's classpath (no logback-test.xml): a command's log lands in the data folder's log as before, and
     * logback's XML configuration (Joran) is never loaded.
     */
    @Test
    void theAppsStart_logsIntoTheDataFolder_withoutLoadingJoran() throws Exception {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        Path out = tmp.resolve("out.txt");
        Path data = tmp.resolve("data");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-Xshare:off", "-cp", classpath, Launcher.class.getName(),
                "info", "--data-dir", data.toString()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String loaded = Files.readString(out, StandardCharsets.UTF_8);

        assertThat(p.exitValue()).as(loaded).isZero();
        assertThat(loaded).contains("org.transferdesk.app.LogConfiguration ")
                .contains("org.transferdesk.app.OwnerOnlyLogFile ")
                // only the exception logback's start-up declares, none of the XML configuration's classes
                .doesNotContain("ch.qos.logback.classic.joran.");
        assertThat(loaded.lines().filter(line -> line.contains("ch.qos.logback.core.joran."))
                .map(line -> line.replaceAll(".*\\] (\\S+) source.*", "$1")))
                .containsOnly("ch.qos.logback.core.joran.spi.JoranException");
        assertThat(data.resolve("logs").resolve("transferdesk.log")).exists();
        assertThat(Files.readString(data.resolve("logs").resolve("transferdesk.log"), StandardCharsets.UTF_8))
                .matches("(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} [A-Z]+ +\\[.*");
    }
}
