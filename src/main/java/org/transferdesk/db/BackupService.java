package org.transferdesk.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jooq.exception.DataAccessException;
import org.transferdesk.common.OwnerOnly;
import org.transferdesk.common.UserFacingException;

/**
 * Single-file backups ({@code backups/transferdesk-YYYYMMDD-HHMMSS.tdbackup}, {@code …-before-<version>} before
 * an upgrade): a zip holding a manifest and H2's online copy of the database. Restore checks the file is a
 * TransferDesk backup that this version can open, and swaps the database file in only after the copy has been verified.
 */
public final class BackupService {
    public static final String EXTENSION = ".tdbackup";
    public static final int KEEP = 30;
    static final String MANIFEST = "transferdesk-backup.properties";
    static final String DB_ENTRY = "transferdesk.mv.db";
    /** Marks a pre-upgrade backup's file name; {@link #prune} leaves those alone. */
    static final String BEFORE = "-before-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path backupDir;
    private final Clock clock;

    public BackupService(Path backupDir, Clock clock) {
        this.backupDir = backupDir;
        this.clock = clock;
    }

    /** Backs up the open database to a new file and keeps only the newest {@value #KEEP} rotating ones. */
    public Path backup(Database db, String appVersion) {
        try {
            Path target = write(db, "", Map.of("appVersion", appVersion));
            prune();
            return target;
        } catch (IOException e) {
            throw new UserFacingException("error.backupFailed", new Object[] {e.getMessage()}, e);
        }
    }

    /**
     * Backs up a database about to be migrated ({@code transferdesk-YYYYMMDD-HHMMSS-before-<to>.tdbackup}).
     * Never pruned: it is the way back to the old version. Fails with {@code error.upgradeBackupFailed}.
     *
     * @param fromVersion the app version that last opened the database, null when that is not known
     */
    public Path backupBeforeUpgrade(Database db, String fromVersion, String toVersion) {
        try {
            return write(db, BEFORE + toVersion.replaceAll("[^A-Za-z0-9._-]", "_"), Map.of(
                    "appVersion", fromVersion == null ? "unknown" : fromVersion,
                    "reason", "upgrade",
                    "upgradeTo", toVersion));
        } catch (IOException | DataAccessException e) {
            String reason = e instanceof FileSystemException ? e.getClass().getSimpleName() + ": " + e.getMessage()
                    : e.getMessage();
            throw new UserFacingException("error.upgradeBackupFailed", new Object[] {reason}, e);
        }
    }

    private Path write(Database db, String suffix, Map<String, String> manifest) throws IOException {
        OwnerOnly.folder(backupDir);
        LocalDateTime now = LocalDateTime.now(clock);
        Path target = uniqueTarget("transferdesk-" + STAMP.format(now) + suffix);
        Path raw = Files.createTempFile(backupDir, "h2-", ".zip");
        Files.delete(raw);
        Path partial = backupDir.resolve(target.getFileName() + ".part");
        try {
            db.executeRaw("BACKUP TO '" + raw.toAbsolutePath().toString().replace("'", "''") + "'");
            writeBackup(raw, partial, db.schemaVersion(), manifest, now);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            OwnerOnly.file(target); // a copy of all personal data (issue 19)
        } finally {
            Files.deleteIfExists(raw);
            Files.deleteIfExists(partial);
        }
        return target;
    }

    /** A backup on exit, at most one a day (pre-upgrade backups do not count: they hold the day before). */
    public boolean backupIfNoneToday(Database db, String appVersion) {
        String today = STAMP.format(LocalDateTime.now(clock)).substring(0, 8);
        boolean done = rotating().stream().anyMatch(p -> p.getFileName().toString().startsWith("transferdesk-" + today));
        if (!done) {
            backup(db, appVersion);
        }
        return !done;
    }

    /** Newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(backupDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backupDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(EXTENSION))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> rotating() {
        return list().stream().filter(p -> !p.getFileName().toString().contains(BEFORE)).toList();
    }

    private Path uniqueTarget(String base) {
        Path target = backupDir.resolve(base + EXTENSION);
        for (int i = 2; Files.exists(target); i++) {
            target = backupDir.resolve(base + "-" + i + EXTENSION);
        }
        return target;
    }

    private void prune() throws IOException {
        List<Path> all = rotating();
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static void writeBackup(Path h2Zip, Path target, String schemaVersion, Map<String, String> extra,
                                    LocalDateTime at) throws IOException {
        try (ZipFile in = new ZipFile(h2Zip.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            Properties manifest = new Properties();
            manifest.setProperty("application", "TransferDesk");
            manifest.setProperty("schemaVersion", schemaVersion);
            manifest.setProperty("createdAt", at.toString());
            extra.forEach(manifest::setProperty);
            out.putNextEntry(new ZipEntry(MANIFEST));
            manifest.store(out, "TransferDesk backup");
            out.closeEntry();
            ZipEntry db = in.getEntry(DB_ENTRY);
            if (db == null) {
                throw new IOException("H2 backup has no " + DB_ENTRY);
            }
            out.putNextEntry(new ZipEntry(DB_ENTRY));
            try (InputStream data = in.getInputStream(db)) {
                data.transferTo(out);
            }
            out.closeEntry();
        }
    }

    /**
     * Replaces the database at {@code dbBase} (no {@code .mv.db}) with the backup. The database must be
     * closed. Nothing changes unless the backup is a TransferDesk backup that opens and migrates
     * cleanly; the replaced file is kept as {@code transferdesk.mv.db.before-restore}.
     */
    public static void restore(Path backupFile, Path dbBase) {
        Path dbFile = dbBase.resolveSibling(dbBase.getFileName() + ".mv.db");
        Path staging = null;
        try {
            staging = Files.createTempDirectory(dbFile.toAbsolutePath().getParent(), "restore-");
            Path stagedBase = staging.resolve("transferdesk");
            extract(backupFile, staging.resolve(DB_ENTRY));
            verifyStaged(stagedBase);
            ensureNotInUse(dbBase);
            Path previous = dbFile.resolveSibling(dbFile.getFileName() + ".before-restore");
            if (Files.exists(dbFile)) {
                Files.move(dbFile, previous, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(staging.resolve(DB_ENTRY), dbFile, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (Files.exists(previous)) {
                    Files.move(previous, dbFile, StandardCopyOption.REPLACE_EXISTING);
                }
                throw e;
            }
        } catch (IOException e) {
            throw new UserFacingException("error.restoreFailed", new Object[] {e.getMessage()}, e);
        } finally {
            deleteQuietly(staging);
        }
    }

    /** Checks a file is a TransferDesk backup this version can open, without touching the database. */
    public static void verify(Path backupFile) {
        Path staging = null;
        try {
            staging = Files.createTempDirectory("transferdesk-verify-");
            extract(backupFile, staging.resolve(DB_ENTRY));
            verifyStaged(staging.resolve("transferdesk"));
        } catch (IOException e) {
            throw new UserFacingException("error.restoreFailed", new Object[] {e.getMessage()}, e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private static void extract(Path backupFile, Path dbTarget) throws IOException {
        if (!Files.isRegularFile(backupFile)) {
            throw new UserFacingException("error.restoreNotFound", backupFile);
        }
        try (ZipFile zip = new ZipFile(backupFile.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            ZipEntry dbEntry = zip.getEntry(DB_ENTRY);
            if (manifestEntry == null || dbEntry == null) {
                throw new UserFacingException("error.restoreNotBackup", backupFile.getFileName());
            }
            Properties manifest = new Properties();
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest.load(in);
            }
            if (!"TransferDesk".equals(manifest.getProperty("application"))) {
                throw new UserFacingException("error.restoreNotBackup", backupFile.getFileName());
            }
            try (InputStream in = zip.getInputStream(dbEntry); OutputStream out = Files.newOutputStream(dbTarget)) {
                in.transferTo(out);
            }
        } catch (java.util.zip.ZipException e) {
            throw new UserFacingException("error.restoreNotBackup", new Object[] {backupFile.getFileName()}, e);
        }
    }

    /** Opens the staged copy on its own: it must be a TransferDesk database this version can migrate. */
    private static void verifyStaged(Path stagedBase) {
        try (Database staged = Database.open("jdbc:h2:file:" + stagedBase.toAbsolutePath() + Database.OPTIONS)) {
            String app = staged.dsl().fetchOptional("select meta_value from app_meta where meta_key = 'application'")
                    .map(r -> r.get(0, String.class)).orElse("");
            if (!"TransferDesk".equals(app)) {
                throw new UserFacingException("error.restoreNotBackup", stagedBase.getFileName());
            }
        } catch (DataAccessException e) {
            throw new UserFacingException("error.restoreNotBackup", new Object[] {stagedBase.getFileName()}, e);
        }
    }

    private static void ensureNotInUse(Path dbBase) {
        if (Database.isOpenHere(dbBase)) {
            throw new UserFacingException("error.restoreInUse");
        }
        if (!Files.exists(dbBase.resolveSibling(dbBase.getFileName() + ".mv.db"))) {
            return;
        }
        // An exclusive open fails while TransferDesk (or the CLI) holds the database.
        String url = "jdbc:h2:file:" + dbBase.toAbsolutePath() + Database.OPTIONS + ";AUTO_SERVER=FALSE";
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "")) {
            c.isValid(1);
        } catch (java.sql.SQLException e) {
            throw new UserFacingException("error.restoreInUse", new Object[0], e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a leftover staging folder holds nothing the user needs
        }
    }
}
