package org.transferdesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;

/**
 * The app's logging, set up in code: the same as {@code logback.xml} ({@code LogConfigurationTest} holds them
 * equal), without logback's XML configuration, which loaded about 545 classes on the start's main thread before
 * JavaFX or the database began (issue 20). Found by logback through {@code META-INF/services}; it steps aside, and
 * logback reads its XML as before, when a configuration file is named ({@code -Dlogback.configurationFile}, as the
 * tests' child processes do) or the classpath has a {@code logback-test.xml} (the tests' console logging).
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogConfiguration.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context, logDir());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The launcher sets transferdesk.logdir to the data folder's logs before the first log line. */
    static String logDir() {
        return System.getProperty("transferdesk.logdir", System.getProperty("java.io.tmpdir") + "/transferdesk-logs");
    }

    static void apply(LoggerContext context, String logDir) {
        OwnerOnlyLogFile file = new OwnerOnlyLogFile();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(logDir + "/transferdesk.log");

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(logDir + "/transferdesk.%d{yyyy-MM-dd}.%i.log");
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(30);
        rolling.setTotalSizeCap(FileSize.valueOf("200MB"));
        rolling.start();
        file.setRollingPolicy(rolling);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern(PATTERN);
        encoder.start();
        file.setEncoder(encoder);
        file.start();

        context.getLogger("org.jooq").setLevel(Level.WARN);
        context.getLogger("org.flywaydb").setLevel(Level.INFO);
        context.getLogger("h2database").setLevel(Level.WARN);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
    }
}
