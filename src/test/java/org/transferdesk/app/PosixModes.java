package org.transferdesk.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** Issue 19's owner-only tests: file modes as {@code ls} writes them ("rw-------"), where the file system has them. */
final class PosixModes {
    private PosixModes() {
    }

    /** Skips the test where {@code dir}'s file system has no POSIX permissions (there nothing is changed). */
    static void assumePosix(Path dir) throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
    }

    static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** Gives {@code path} a mode, as an earlier version or the user's umask may have left it. */
    static void setMode(Path path, String mode) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    }
}
