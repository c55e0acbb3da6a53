package org.transferdesk.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.transferdesk.common.UserFacingException;

/**
 * Writes a file through a temporary file in the same folder, moved into place at the end: a failed or
 * cancelled export leaves the old file (or none), never half a file.
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
            // Not createTempFile: its owner-only permissions would stick to the user's exported file.
            tmp = folder.resolve("." + target.getFileName() + "." + System.nanoTime() + ".tmp");
            Files.createFile(tmp);
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
