package org.transferdesk.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transferdesk.common.OwnerOnly;
import org.transferdesk.common.UserFacingException;

/**
 * Writes a file through a temporary file in the same folder, moved into place at the end: a failed or
 * cancelled export leaves the old file (or none), never half a file. The file is readable by its user only.
 */
public final class AtomicFile {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFile.class);
    /** What {@link #write(Path, Content)} logs when the caller does not say how many rows it wrote. */
    private static final long ROWS_UNKNOWN = -1;

    /** The content writer; it must not close the stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path file, Content content) {
        write(file, ROWS_UNKNOWN, content);
    }

    /** As {@link #write(Path, Content)}, the support log saying how many data rows the file holds. */
    public static void write(Path file, long rows, Content content) {
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            Path folder = target.getParent();
            Files.createDirectories(folder);
            tmp = folder.resolve("." + target.getFileName() + "." + System.nanoTime() + ".tmp");
            // Issue 19: exports name people, their rewards and often ID numbers, so they are the user's only (600
            // on POSIX) from the first byte; the user widens a file's permissions to share it on purpose.
            OwnerOnly.newFile(tmp);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            logWritten(target, rows);
        } catch (IOException e) {
            String name = String.valueOf(target.getFileName());
            throw error("ledger.export.failed", e, name, e.getMessage());
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * Every export ends here, so this is the one "export written" line support needs. The folder, kind and size but
     * not the file's name: the clerk names files, often after the person they are about (PIPL, DOMAIN §6).
     */
    private static void logWritten(Path target, long rows) throws IOException {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String kind = dot < 0 ? "(no extension)" : name.substring(dot + 1);
        if (rows == ROWS_UNKNOWN) {
            LOG.info("Export written: {} file in {} ({} bytes)", kind, target.getParent(), Files.size(target));
        } else {
            LOG.info("Export written: {} file in {} ({} rows, {} bytes)", kind, target.getParent(), rows,
                    Files.size(target));
        }
    }

    /** Named error(…) with the key first, so the bundle consistency check finds the key. */
    private static UserFacingException error(String key, Throwable cause, Object... args) {
        return new UserFacingException(key, args, cause);
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // a stray temp file is harmless; the export's own outcome is what matters
        }
    }
}
