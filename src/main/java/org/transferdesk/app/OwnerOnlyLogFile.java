package org.transferdesk.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.transferdesk.common.OwnerOnly;

/**
 * The log's rolling file appender, its files the user's only (600 on POSIX). Issue 19: a log line may name a
 * person or a contract, and the files were created with the process's umask (644). {@code logback.xml} names this
 * class; logback opens the file at start and again after every rollover, both through {@link #openFile(String)}.
 */
public class OwnerOnlyLogFile extends RollingFileAppender<ILoggingEvent> {

    @Override
    public void openFile(String fileName) throws IOException {
        Path file = Path.of(fileName).toAbsolutePath();
        // created owner-only before logback opens it, so no line is ever in a file others can read
        if (Files.isDirectory(file.getParent()) && !Files.exists(file)) {
            OwnerOnly.newFile(file);
        }
        super.openFile(fileName);
        // a file an earlier version left 644, or one logback made together with its missing folder
        OwnerOnly.file(file);
    }
}
