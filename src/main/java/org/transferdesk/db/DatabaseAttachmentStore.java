package org.transferdesk.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import org.transferdesk.common.AttachmentCheck;
import org.transferdesk.common.AttachmentStore;
import org.transferdesk.common.FileStore;
import org.transferdesk.common.UserFacingException;

/**
 * Attached documents kept in the shared database (issue 21, table {@code attachment_content}): every colleague opens
 * the same document, whichever PC attached it. The content is hashed as it is read from the file, and refused when it
 * changed while being stored; when it is opened it is written to a cache folder on this PC and checked against the
 * recorded SHA-256 first, so a damaged copy is never shown as the document.
 */
public final class DatabaseAttachmentStore implements AttachmentStore {
    private final Database database;
    private final Path cache;

    public DatabaseAttachmentStore(Database database, Path cache) {
        this.database = database;
        this.cache = cache.toAbsolutePath().normalize();
    }

    @Override
    public StoredFile store(Path source, String folder) {
        String fileName = FileStore.sourceName(source);
        String storedPath = FileStore.ATTACHMENTS + "/" + folder + "/" + FileStore.storedName(fileName);
        try {
            String sha256 = FileStore.sha256(source);
            long size = Files.size(source);
            put(storedPath, source, sha256, size);
            return new StoredFile(fileName, storedPath, sha256, size);
        } catch (IOException | org.jooq.exception.DataAccessException e) {
            throw new UserFacingException("diligenceFile.error.copyFailed", new Object[] {fileName, e.getMessage()}, e);
        }
    }

    /**
     * Stores {@code file} as {@code storedPath}, checking while it is read that it is still the document hashed as
     * {@code sha256} ({@code db copy} brings a data folder's documents over under their own paths).
     */
    public void put(String storedPath, Path file, String sha256, long size) throws IOException {
        MessageDigest digest = newDigest();
        try {
            insert(storedPath, file, sha256, size, digest);
        } catch (org.jooq.exception.DataAccessException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    private void insert(String storedPath, Path file, String sha256, long size, MessageDigest digest) {
        database.dsl().connection(c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
                 PreparedStatement insert = c.prepareStatement("insert into attachment_content "
                         + "(stored_path, sha256, size_bytes, content) values (?, ?, ?, ?)")) {
                insert.setString(1, storedPath);
                insert.setString(2, sha256);
                insert.setLong(3, size);
                insert.setBinaryStream(4, in, size);
                insert.executeUpdate();
                if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
                    // the file changed between hashing and storing: nothing of it is kept
                    c.rollback();
                    throw new IOException(file + " changed while it was being stored");
                }
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        });
    }

    @Override
    public AttachmentCheck verify(String storedPath, String sha256, long sizeBytes) {
        MessageDigest digest = newDigest();
        long[] read = {-1};
        boolean found = readRow("content", storedPath, rs -> {
            try (InputStream in = new DigestInputStream(rs.getBinaryStream(1), digest)) {
                read[0] = in.transferTo(OutputStream.nullOutputStream());
            }
        });
        if (!found) {
            return AttachmentCheck.FILE_MISSING;
        }
        return read[0] == sizeBytes && HexFormat.of().formatHex(digest.digest()).equals(sha256)
                ? AttachmentCheck.INTACT : AttachmentCheck.CHANGED;
    }

    @Override
    public Path resolve(String storedPath) {
        Path target = cache.resolve(storedPath).normalize();
        if (!target.startsWith(cache)) {
            throw new UserFacingException("diligenceFile.error.sourceMissing", storedPath);
        }
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
            MessageDigest digest = newDigest();
            String[] expected = new String[1];
            boolean found = readRow("sha256, content", storedPath, rs -> {
                expected[0] = rs.getString(1);
                try (InputStream in = new DigestInputStream(rs.getBinaryStream(2), digest);
                     OutputStream out = Files.newOutputStream(temp)) {
                    in.transferTo(out);
                }
            });
            if (!found) {
                throw new UserFacingException("diligenceFile.error.sourceMissing", storedPath);
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(expected[0].strip())) {
                throw new UserFacingException("attachment.error.damaged", storedPath);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UserFacingException("diligenceFile.error.copyFailed", new Object[] {storedPath, e.getMessage()},
                    e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover part file in the cache does no harm
            }
        }
    }

    /** Reads the stored file's row ({@code columns} of it) with {@code reader}, if there is one: whether there was. */
    private boolean readRow(String columns, String storedPath, RowReader reader) {
        boolean[] found = {false};
        database.dsl().connection(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "select " + columns + " from attachment_content where stored_path = ?")) {
                q.setString(1, storedPath);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        found[0] = true;
                        reader.read(rs);
                    }
                }
            }
        });
        return found[0];
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException, IOException;
    }

    @Override
    public void delete(String storedPath) {
        database.dsl().execute("delete from attachment_content where stored_path = ?", storedPath);
    }

    /** How many documents the database holds (the copy's check). */
    public int count() {
        return database.dsl().fetchOne("select count(*) from attachment_content").get(0, Integer.class);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
