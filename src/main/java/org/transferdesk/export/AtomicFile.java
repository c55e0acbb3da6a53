package org.transferdesk.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.transferdesk.common.OwnerOnly;
import org.transferdesk.common.UserFacingException;

/**
 * Writes a file through a temporary file in the same folder, moved into place at the end: a failed or
 * cancelled export leaves the old file (or none), never half a file. The file is readable by its user only.
 */
public final class AtomicFile {

    /** The content writer; it must not close the stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path file, Content content) {
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
        } catch (IOException e) {
            String name = String.valueOf(target.getFileName());
            throw error("ledger.export.failed", e, name, e.getMessage());
        } finally {
            deleteQuietly(tmp);
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
