package org.transferdesk.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Issue 19: the data folder was created 755 and the database 644, so every account on the machine could read
 * ID numbers and rewards. Folders and files holding personal data are made readable by their user only (700/600)
 * where the file system has POSIX permissions; elsewhere (Windows, FAT, some network shares) the user profile's
 * own access rules apply and nothing is changed.
 */
public final class OwnerOnly {
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /**
     * Creates {@code folder} (and missing parents) and makes the folder itself owner-only, also when it existed
     * already (a folder made by an earlier version). Parents are left as they are: they are the user's.
     */
    public static Path folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        restrict(folder, FOLDER);
        return folder;
    }

    /** Makes an existing {@code file} owner-only; a missing file is left missing. */
    public static Path file(Path file) throws IOException {
        if (Files.exists(file)) {
            restrict(file, FILE);
        }
        return file;
    }

    /** Creates an empty owner-only file, so its content is never readable by others, not even for a moment. */
    public static Path newFile(Path file) throws IOException {
        if (posix(file.toAbsolutePath().getParent())) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        }
        return Files.createFile(file);
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean posix(Path path) throws IOException {
        return Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class);
    }
}
