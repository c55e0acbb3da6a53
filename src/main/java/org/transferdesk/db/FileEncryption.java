package org.transferdesk.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transferdesk.common.OwnerOnly;
import org.transferdesk.common.UserFacingException;

/**
 * Turns the H2 file's encryption on or off (issue 22: {@code db encrypt}, {@code db decrypt}, Settings). The database
 * must be closed. H2's {@link org.h2.tools.ChangeFileEncryption} rewrites a <em>copy</em> in a staging folder; the copy
 * is read through and must hold the same rows, and only then is it swapped in the way a restore is
 * ({@link RestoreJournal}: crash-safe, rolled forward by the next open). A failure before the swap changes nothing.
 * The replaced file is deleted afterwards: after an encryption it is the plain copy the user wants gone.
 */
public final class FileEncryption {
    private static final Logger LOG = LoggerFactory.getLogger(FileEncryption.class);
    private static final String EXCLUSIVE = ";AUTO_SERVER=FALSE;IFEXISTS=TRUE";

    private FileEncryption() {
    }

    /** Encrypts the plain database at {@code base} (no {@code .mv.db}) with {@code password}. */
    public static void encrypt(Path base, String password) {
        if (H2Key.isEncrypted(base)) {
            throw new UserFacingException("error.encrypt.already");
        }
        change(base, null, password);
    }

    /** Decrypts the encrypted database at {@code base} whose file password is {@code password}. */
    public static void decrypt(Path base, String password) {
        if (!H2Key.isEncrypted(base)) {
            throw new UserFacingException("error.encrypt.notEncrypted");
        }
        change(base, password, null);
    }

    private static void change(Path base, String from, String to) {
        if (!Files.exists(RestoreJournal.live(base))) {
            throw new UserFacingException("error.encrypt.noDatabase", base.toAbsolutePath().getParent());
        }
        try (DataFolderLock folder = DataFolderLock.acquire(DataFolderLock.dataFolderLockFile(base),
                DataFolderLock.OPEN_WAIT, "error.encrypt.inUse")) {
            RestoreJournal.recover(base);
            RestoreJournal.removeLeftovers(base);
            if (Database.isOpenHere(base)) {
                throw new UserFacingException("error.encrypt.inUse");
            }
            try {
                BackupService.ensureNotInUse(base);
            } catch (UserFacingException e) {
                throw new UserFacingException("error.encrypt.inUse", new Object[0], e);
            }
            H2Key current = new H2Key(H2Key.folderPassword(base), from);
            // checks the password (a wrong one says so) and switches a database from before issue 22 to its key
            try (Connection c = current.connectAdopting(base, EXCLUSIVE)) {
                c.isValid(2);
            } catch (SQLException e) {
                throw Database.translate(e);
            }
            Map<String, Long> rows = DatabaseCheck.rowCounts(base, current);
            try (StagingFolder staging = new StagingFolder(base.toAbsolutePath().getParent(),
                    "error.encrypt.inUse")) {
                OwnerOnly.folder(staging.path());
                Path stagedBase = staging.path().resolve(base.getFileName().toString());
                Path staged = RestoreJournal.live(stagedBase);
                Files.copy(RestoreJournal.live(base), staged, StandardCopyOption.COPY_ATTRIBUTES);
                OwnerOnly.file(staged);
                org.h2.tools.ChangeFileEncryption.execute(staging.path().toString(), base.getFileName().toString(),
                        "AES", from == null ? null : from.toCharArray(), to == null ? null : to.toCharArray(), true);
                H2Key changed = current.withFilePassword(to);
                if (H2Key.isEncrypted(stagedBase) != changed.encrypted()
                        || !DatabaseCheck.rowCounts(stagedBase, changed).equals(rows)) {
                    throw new UserFacingException("error.encrypt.failed", "the converted copy differs");
                }
                staging.journal(base, staged);
                RestoreJournal.swap(base, staged, RestoreJournal.Hook.NONE);
                staging.finish(base);
            }
            Files.deleteIfExists(RestoreJournal.previous(base));
            H2Key.remember(base, to);
            LOG.info("Database {} {}", base, to == null ? "decrypted" : "encrypted (AES)");
        } catch (IOException | SQLException e) {
            throw new UserFacingException("error.encrypt.failed", new Object[] {e.getMessage()}, e);
        } catch (DatabaseCheck.Damaged e) {
            throw new UserFacingException("error.encrypt.failed", new Object[] {e.getMessage()}, e);
        }
    }
}
