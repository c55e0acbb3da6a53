package org.transferdesk.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * Documents kept in the data folder (deals' diligence files, pilot cases' step documents). A file is
 * copied under a unique name, hashed with SHA-256 while copying, checked and only then moved into place,
 * so no half-copied file is ever recorded; stored paths are relative to the data folder with '/'.
 */
public final class FileStore implements AttachmentStore {
    public static final String ATTACHMENTS = "attachments";

    private final Path dataRoot;

    public FileStore(Path dataRoot) {
        this.dataRoot = dataRoot.toAbsolutePath().normalize();
    }

    /** Copies {@code source} into {@code attachments/<folder>/}; refused with a clerk's message on failure. */
    @Override
    public StoredFile store(Path source, String folder) {
        String fileName = sourceName(source);
        Path dir = dataRoot.resolve(ATTACHMENTS).resolve(folder);
        String storedName = storedName(fileName);
        Path target = dir.resolve(storedName);
        Path temp = dir.resolve("." + storedName + ".part");
        try {
            Files.createDirectories(dir);
            long expected = Files.size(source);
            String sha256 = copyHashing(source, temp);
            long size = Files.size(temp);
            if (size != expected || !sha256.equals(sha256(temp))) {
                throw new IOException("copy of " + source + " does not match the original");
            }
            move(temp, target);
            return new StoredFile(fileName, ATTACHMENTS + "/" + folder + "/" + storedName, sha256, size);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UserFacingException("diligenceFile.error.copyFailed", new Object[] {fileName, e.getMessage()}, e);
        }
    }

    /** Re-hashes a stored file: intact, changed since it was stored, or gone. */
    @Override
    public AttachmentCheck verify(String storedPath, String sha256, long sizeBytes) {
        Path file = resolve(storedPath);
        try {
            return sha256(file).equals(sha256) && Files.size(file) == sizeBytes ? AttachmentCheck.INTACT
                    : AttachmentCheck.CHANGED;
        } catch (NoSuchFileException e) {
            return AttachmentCheck.FILE_MISSING;
        } catch (IOException e) {
            return Files.exists(file) ? AttachmentCheck.CHANGED : AttachmentCheck.FILE_MISSING;
        }
    }

    /** Where a stored file lives; a path leading out of the data folder is refused. */
    @Override
    public Path resolve(String storedPath) {
        Path p = dataRoot.resolve(storedPath).normalize();
        if (!p.startsWith(dataRoot)) {
            throw new UserFacingException("diligenceFile.error.sourceMissing", storedPath);
        }
        return p;
    }

    @Override
    public void delete(String storedPath) {
        deleteQuietly(resolve(storedPath));
    }

    /** The SHA-256 of a file as 64 lower-case hex digits, read as a stream. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String copyHashing(Path source, Path temp) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
             OutputStream out = Files.newOutputStream(temp)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target);
        }
    }

    /** The name of the file to keep a copy of; refused with a clerk's message when {@code source} is no file. */
    public static String sourceName(Path source) {
        if (source == null || !Files.isRegularFile(source)) {
            throw new UserFacingException("diligenceFile.error.sourceMissing", String.valueOf(source));
        }
        return source.getFileName().toString();
    }

    /** A new, unique name for the copy of {@code fileName}, with its extension when that is plain. */
    public static String storedName(String fileName) {
        return UUID.randomUUID() + extension(fileName);
    }

    /** The original extension when it is short and plain (".pdf"), else none. */
    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || dot == fileName.length() - 1) {
            return "";
        }
        String ext = fileName.substring(dot + 1);
        return ext.matches("[A-Za-z0-9]{1,10}") ? "." + ext.toLowerCase(Locale.ROOT) : "";
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A leftover file does no harm: it is not recorded.
        }
    }
}
