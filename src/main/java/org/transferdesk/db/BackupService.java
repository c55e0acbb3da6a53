package org.transferdesk.db;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transferdesk.common.I18n;
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
    /** Manifest keys of a checked backup: older backups have none and rely on the zip's CRC alone. */
    static final String FORMAT = "format";
    static final String CHECKED_FORMAT = "2";
    static final String SHA256 = "sha256";
    static final String SIZE = "dbSize";
    static final String ROWS = "rows.";
    /** Whether the backup's database file is encrypted with the user's file password (issue 22). */
    static final String ENCRYPTED = "encrypted";
    /** Held in the backups folder while a backup is written (see {@link #write}). */
    static final String WRITE_LOCK = ".backup.lock";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

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
            prune(target);
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
        // One backup at a time per folder, across processes: while this lock is held, every h2-*.zip, *.part and
        // check-* here is a leftover of a backup that was killed, never one another process is still writing.
        try (DataFolderLock writing = DataFolderLock.acquire(backupDir.resolve(WRITE_LOCK), null, "error.backupFailed")) {
            removeLeftovers();
            return writeLocked(db, suffix, manifest);
        }
    }

    /**
     * Deletes the full database copies interrupted backups leave (issue 19: never cleaned up). Only names this
     * class makes are touched; the caller holds {@link #WRITE_LOCK}.
     */
    private void removeLeftovers() throws IOException {
        try (Stream<Path> files = Files.list(backupDir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith("h2-") && name.endsWith(".zip") || name.endsWith(EXTENSION + ".part")) {
                    Files.deleteIfExists(p);
                } else if (name.startsWith("check-") && Files.isDirectory(p)) {
                    deleteQuietly(p);
                }
            }
        }
    }

    private Path writeLocked(Database db, String suffix, Map<String, String> manifest) throws IOException {
        LocalDateTime now = LocalDateTime.now(clock);
        Path target = uniqueTarget("transferdesk-" + STAMP.format(now) + suffix);
        Path raw = Files.createTempFile(backupDir, "h2-", ".zip");
        Files.delete(raw);
        Path partial = backupDir.resolve(target.getFileName() + ".part");
        Path staging = Files.createTempDirectory(backupDir, "check-");
        try {
            Map<String, String> anchor = auditAnchor(db); // read before the copy, so the copy holds its row
            db.executeRaw("BACKUP TO '" + raw.toAbsolutePath().toString().replace("'", "''") + "'");
            Path copy = staging.resolve(DB_ENTRY);
            try (ZipFile in = new ZipFile(raw.toFile())) {
                ZipEntry entry = in.getEntry(DB_ENTRY);
                if (entry == null) {
                    throw new IOException("H2 backup has no " + DB_ENTRY);
                }
                copyChecked(in, entry, copy);
            }
            // Issue 20: BACKUP copies the live file with all its dead chunks (a 20k-result ledger: 196 MB, 8.7× its
            // data). The private copy can be compacted whatever the live file's users do, so the backup holds the
            // data only. Then the copy, not the live file, is what gets restored: it is the one that must read through.
            // Issue 22: BACKUP copies the file's bytes, so an encrypted database's copy stays encrypted with the same
            // file password. The copy gets a password restore knows: the folder's own stays in the folder.
            Map<String, Long> rows;
            Path stagedBase = staging.resolve("transferdesk");
            H2Key key = db.key() != null ? db.key() : new H2Key("", null); // in memory: the empty password
            H2Key backupKey = key.withUserPassword(H2Key.BACKUP_PASSWORD);
            try {
                key.changeUserPassword(stagedBase, H2Key.BACKUP_PASSWORD);
                DatabaseCompactor.compactPrivateCopy(stagedBase, backupKey);
            } catch (java.sql.SQLException e) {
                throw new UserFacingException("error.backupSourceDamaged", new Object[] {e.getMessage()}, e);
            }
            try {
                rows = DatabaseCheck.rowCounts(stagedBase, backupKey);
            } catch (DatabaseCheck.Damaged e) {
                throw new UserFacingException("error.backupSourceDamaged", new Object[] {e.getMessage()}, e);
            }
            Map<String, String> described = new java.util.HashMap<>(withAuditAnchor(anchor, manifest));
            described.put(ENCRYPTED, Boolean.toString(key.encrypted()));
            writeBackup(copy, partial, db.schemaVersion(), described, rows, now);
            readChecked(partial, null);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            OwnerOnly.file(target); // a copy of all personal data (issue 19)
            LOG.info("Backup written and verified: {} ({} bytes, schema {})", target, Files.size(target),
                    db.schemaVersion());
        } finally {
            Files.deleteIfExists(raw);
            Files.deleteIfExists(partial);
            deleteQuietly(staging);
        }
        return target;
    }

    /**
     * Issue 22: the audit chain's latest place and hash as the manifest records them ({@code auditSeq},
     * {@code auditHash}; read back by {@code audit verify --against}); none before V19 made the chain.
     */
    private static Map<String, String> auditAnchor(Database db) {
        try {
            org.jooq.Record2<Long, String> head = db.dsl().resultQuery(
                    "select seq, row_hash from audit_chain_head where id = 1").coerce(
                    DSL.field("seq", Long.class), DSL.field("row_hash", String.class)).fetchOne();
            return head == null ? Map.of() : Map.of("auditSeq", String.valueOf(head.value1()), "auditHash", head.value2());
        } catch (DataAccessException e) {
            return Map.of(); // a database from before V19 (the upgrade's own backup) has no chain yet
        }
    }

    private static Map<String, String> withAuditAnchor(Map<String, String> anchor, Map<String, String> manifest) {
        Map<String, String> all = new java.util.LinkedHashMap<>(anchor);
        all.putAll(manifest);
        return all;
    }

    /**
     * A backup on exit, at most one a day (pre-upgrade backups do not count: they hold the day before). "Today" is
     * what the backups' manifests record, not their file names, like {@link #prune}.
     */
    public boolean backupIfNoneToday(Database db, String appVersion) {
        java.time.LocalDate today = LocalDateTime.now(clock).toLocalDate();
        boolean done = rotating().stream()
                .anyMatch(p -> createdAt(p).map(at -> at.toLocalDate().equals(today)).orElse(false));
        if (!done) {
            backup(db, appVersion);
        }
        return !done;
    }

    /** Newest first by the time each manifest records; files that are no readable backup last, by name. */
    public List<Path> list() {
        if (!Files.isDirectory(backupDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backupDir)) {
            record Dated(Path file, LocalDateTime createdAt) {
            }
            return files.filter(p -> p.getFileName().toString().endsWith(EXTENSION))
                    .map(p -> new Dated(p, createdAt(p).orElse(LocalDateTime.MIN)))
                    .sorted(Comparator.comparing(Dated::createdAt)
                            .thenComparing(d -> d.file().getFileName().toString()).reversed())
                    .map(Dated::file)
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

    /**
     * Keeps {@code justMade} and the newest {@value #KEEP} − 1 other rotating backups by the creation time their
     * manifests record: a file name only says what the clock said, and a clock set back would make the new
     * backup the "oldest". Files whose manifest cannot be read are not counted and not deleted.
     */
    private void prune(Path justMade) throws IOException {
        record Dated(Path file, LocalDateTime createdAt) {
        }
        List<Dated> others = new java.util.ArrayList<>();
        for (Path p : rotating()) {
            if (p.equals(justMade)) {
                continue;
            }
            createdAt(p).ifPresent(at -> others.add(new Dated(p, at)));
        }
        others.sort(Comparator.comparing(Dated::createdAt).thenComparing(d -> d.file().getFileName().toString())
                .reversed());
        for (Dated old : others.subList(Math.min(KEEP - 1, others.size()), others.size())) {
            Files.deleteIfExists(old.file());
        }
    }

    /** When the manifest says the backup was made; empty when the file is no readable backup. */
    static java.util.Optional<LocalDateTime> createdAt(Path backupFile) {
        try (ZipFile zip = new ZipFile(backupFile.toFile())) {
            ZipEntry entry = zip.getEntry(MANIFEST);
            if (entry == null) {
                return java.util.Optional.empty();
            }
            Properties manifest = new Properties();
            try (InputStream in = zip.getInputStream(entry)) {
                manifest.load(in);
            }
            return java.util.Optional.of(LocalDateTime.parse(manifest.getProperty("createdAt", "")));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static void writeBackup(Path dbFile, Path target, String schemaVersion, Map<String, String> extra,
                                    Map<String, Long> rows, LocalDateTime at) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            Properties manifest = new Properties();
            manifest.setProperty("application", "TransferDesk");
            manifest.setProperty("schemaVersion", schemaVersion);
            manifest.setProperty("createdAt", at.toString());
            manifest.setProperty(FORMAT, CHECKED_FORMAT);
            manifest.setProperty(SHA256, sha256(dbFile));
            manifest.setProperty(SIZE, Long.toString(Files.size(dbFile)));
            rows.forEach((table, n) -> manifest.setProperty(ROWS + table, Long.toString(n)));
            extra.forEach(manifest::setProperty);
            out.putNextEntry(new ZipEntry(MANIFEST));
            manifest.store(out, "TransferDesk backup");
            out.closeEntry();
            out.putNextEntry(new ZipEntry(DB_ENTRY));
            Files.copy(dbFile, out);
            out.closeEntry();
        }
    }

    /**
     * Replaces the database at {@code dbBase} (no {@code .mv.db}) with the backup. The database must be
     * closed. Nothing changes unless the backup is a TransferDesk backup that opens and migrates
     * cleanly; the replaced file is kept as {@code transferdesk.mv.db.before-restore}. The swap is crash-safe:
     * see {@link RestoreJournal}.
     */
    public static void restore(Path backupFile, Path dbBase) {
        restore(backupFile, dbBase, null, RestoreJournal.Hook.NONE);
    }

    /**
     * As {@link #restore(Path, Path)}; an encrypted backup is opened with {@code filePassword}, else with the file
     * password this process holds for {@code dbBase} (issue 22). The restored database keeps the backup's encryption.
     */
    public static void restore(Path backupFile, Path dbBase, String filePassword) {
        restore(backupFile, dbBase, filePassword, RestoreJournal.Hook.NONE);
    }

    static void restore(Path backupFile, Path dbBase, RestoreJournal.Hook hook) {
        restore(backupFile, dbBase, null, hook);
    }

    static void restore(Path backupFile, Path dbBase, String filePassword, RestoreJournal.Hook hook) {
        Path dbFile = RestoreJournal.live(dbBase);
        Path lockFile = DataFolderLock.dataFolderLockFile(dbBase);
        try {
            StagingFolder staging;
            try (DataFolderLock folder = DataFolderLock.acquire(lockFile, DataFolderLock.OPEN_WAIT, "error.restoreInUse")) {
                // Made and claimed under the data-folder lock: a cleanup (which runs under it) then never sees
                // this folder unclaimed and delete it while the backup is being staged.
                OwnerOnly.folder(dbFile.getParent());
                staging = new StagingFolder(dbFile.getParent(), "error.restoreInUse");
            }
            try (staging) {
                restoreStaged(backupFile, dbBase, filePassword, hook, staging);
            }
            LOG.info("Restored {} ({} bytes, verified) into {}", backupFile, Files.size(backupFile), dbFile);
        } catch (IOException e) {
            throw new UserFacingException("error.restoreFailed", new Object[] {e.getMessage()}, e);
        }
    }

    /** Unpacks, checks and swaps in the backup through {@code staging}: the slow part outside the folder lock. */
    private static void restoreStaged(Path backupFile, Path dbBase, String filePassword, RestoreJournal.Hook hook,
                                      StagingFolder staging) throws IOException {
        // The slow part (unpack, verify, migrate a copy) runs outside the data-folder lock: openers wait only
        // for the renames below.
        Path stagedBase = staging.path().resolve("transferdesk");
        Path staged = staging.path().resolve(DB_ENTRY);
        Properties manifest = readChecked(backupFile, staged);
        String password = filePassword != null ? filePassword : H2Key.remembered(dbBase);
        H2Key key = stagedKey(stagedBase, password);
        verifyStaged(backupFile, stagedBase, manifest, key);
        try {
            key.changeUserPassword(stagedBase, H2Key.folderPassword(dbBase));
        } catch (java.sql.SQLException e) {
            throw damaged(backupFile, String.valueOf(e.getMessage()), e);
        }
        // Issue 19: the "in use" check and the swap under one lock, which every opener takes too, so no
        // import can open the old file between them and write into what becomes .before-restore.
        try (DataFolderLock folder = DataFolderLock.acquire(DataFolderLock.dataFolderLockFile(dbBase),
                DataFolderLock.OPEN_WAIT, "error.restoreInUse")) {
            // A restore cut short before is completed first, so what goes to .before-restore below is a whole
            // database, never a missing or empty one.
            RestoreJournal.recover(dbBase);
            ensureNotInUse(dbBase);
            hook.reached(RestoreJournal.Point.LOCKED_AND_CHECKED);
            staging.journal(dbBase, staged);
            hook.reached(RestoreJournal.Point.JOURNALLED);
            try {
                RestoreJournal.swap(dbBase, staged, hook);
                staging.finish(dbBase);
            } catch (IOException e) {
                // Past the journal there is no way back, only forward: the next open completes the swap.
                throw new UserFacingException("error.restoreInterrupted", new Object[] {e.getMessage()}, e);
            }
            RestoreJournal.removeLeftovers(dbBase);
            H2Key.remember(dbBase, key.encrypted() ? password : null);
        }
    }

    /** Checks a file is a TransferDesk backup this version can open, without touching the database. */
    public static void verify(Path backupFile) {
        verify(backupFile, null);
    }

    /** As {@link #verify(Path)}; an encrypted backup is opened with {@code filePassword} (issue 22). */
    public static void verify(Path backupFile, String filePassword) {
        Path staging = null;
        try {
            staging = Files.createTempDirectory("transferdesk-verify-");
            OwnerOnly.folder(staging);
            Properties manifest = readChecked(backupFile, staging.resolve(DB_ENTRY));
            Path stagedBase = staging.resolve("transferdesk");
            verifyStaged(backupFile, stagedBase, manifest, stagedKey(stagedBase, filePassword));
        } catch (IOException e) {
            throw new UserFacingException("error.restoreFailed", new Object[] {e.getMessage()}, e);
        } finally {
            deleteQuietly(staging);
        }
    }

    /**
     * Reads a backup through, checking each entry against its zip CRC and size ({@link ZipFile} checks neither)
     * and the database against the manifest's SHA-256, and writes the database to {@code dbTarget} (null: only
     * check). Nothing is opened before the bytes are known to be the ones written.
     */
    static Properties readChecked(Path backupFile, Path dbTarget) throws IOException {
        if (!Files.isRegularFile(backupFile)) {
            throw new UserFacingException("error.restoreNotFound", backupFile);
        }
        Properties manifest = new Properties();
        try (ZipFile zip = new ZipFile(backupFile.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            ZipEntry dbEntry = zip.getEntry(DB_ENTRY);
            if (manifestEntry == null || dbEntry == null) {
                throw new BackupRefusedException("error.restoreNotBackup", backupFile.getFileName());
            }
            ByteArrayOutputStream manifestBytes = new ByteArrayOutputStream();
            copyChecked(zip, manifestEntry, manifestBytes);
            manifest.load(new ByteArrayInputStream(manifestBytes.toByteArray()));
            if (!"TransferDesk".equals(manifest.getProperty("application"))) {
                throw new BackupRefusedException("error.restoreNotBackup", backupFile.getFileName());
            }
            Path target = dbTarget != null ? dbTarget : Files.createTempFile("transferdesk-check-", ".mv.db");
            try {
                String digest = copyChecked(zip, dbEntry, target);
                if (CHECKED_FORMAT.equals(manifest.getProperty(FORMAT))
                        && !(digest.equals(manifest.getProperty(SHA256))
                        && Long.toString(Files.size(target)).equals(manifest.getProperty(SIZE)))) {
                    throw damaged(backupFile, I18n.t("error.backupDamaged.checksum"), null);
                }
            } finally {
                if (dbTarget == null) {
                    Files.deleteIfExists(target);
                }
            }
        } catch (java.util.zip.ZipException | java.io.EOFException | IllegalArgumentException e) {
            // Unreadable zip structure or inflate data, or a manifest that is no properties file.
            throw damaged(backupFile, String.valueOf(e.getMessage()), e);
        }
        return manifest;
    }

    private static String copyChecked(ZipFile zip, ZipEntry entry, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            return copyChecked(zip, entry, out);
        }
    }

    /** Copies an entry, returning its SHA-256; a CRC or size that differs from the zip's record is a ZipException. */
    private static String copyChecked(ZipFile zip, ZipEntry entry, OutputStream out) throws IOException {
        CRC32 crc = new CRC32();
        MessageDigest sha = sha256();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
                size += n;
            }
        }
        if (crc.getValue() != entry.getCrc() || size != entry.getSize()) {
            throw new java.util.zip.ZipException("entry " + entry.getName() + ": CRC or size differs");
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static BackupRefusedException damaged(Path backupFile, String reason, Throwable cause) {
        return new BackupRefusedException("error.backupDamaged", new Object[] {backupFile.getFileName(), reason}, cause);
    }

    /**
     * The staged copy must read through and hold the rows the manifest counted, as it was written; then it must
     * open and migrate as this version's database and read through again.
     */
    /**
     * As {@link #verify(Path)} for a restore into {@code dbBase}: an encrypted backup is opened with the file
     * password this process holds for that database (the desktop app's, typed at its start).
     */
    public static void verifyFor(Path backupFile, Path dbBase) {
        verify(backupFile, H2Key.remembered(dbBase));
    }

    /** Whether {@code backupFile} holds an encrypted database (issue 22): its manifest says so. */
    public static boolean isEncrypted(Path backupFile) {
        try (ZipFile zip = new ZipFile(backupFile.toFile())) {
            ZipEntry entry = zip.getEntry(MANIFEST);
            if (entry == null) {
                return false;
            }
            Properties manifest = new Properties();
            try (InputStream in = zip.getInputStream(entry)) {
                manifest.load(in);
            }
            return Boolean.parseBoolean(manifest.getProperty(ENCRYPTED));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The key a backup's staged copy opens with: the backup password (older backups: the empty one) and, when the
     * copy is encrypted, {@code filePassword}. A missing or wrong file password says so, not that the backup is
     * damaged.
     */
    private static H2Key stagedKey(Path stagedBase, String filePassword) {
        boolean encrypted = H2Key.isEncrypted(stagedBase);
        if (encrypted && filePassword == null) {
            throw new UserFacingException("error.backupPasswordNeeded");
        }
        H2Key key = new H2Key(H2Key.BACKUP_PASSWORD, encrypted ? filePassword : null);
        for (H2Key candidate : List.of(key, key.withUserPassword(""))) {
            try (java.sql.Connection c = candidate.connect(stagedBase, ";AUTO_SERVER=FALSE;IFEXISTS=TRUE")) {
                return candidate;
            } catch (java.sql.SQLException e) {
                if (e.getErrorCode() == H2Key.WRONG_FILE_PASSWORD) {
                    throw new UserFacingException("error.backupPasswordWrong", new Object[0], e);
                }
                if (e.getErrorCode() != H2Key.WRONG_PASSWORD) {
                    break; // not a password matter: the checks below say what is wrong with the file
                }
            }
        }
        return key;
    }

    private static void verifyStaged(Path backupFile, Path stagedBase, Properties manifest, H2Key key) {
        Map<String, Long> rows;
        try {
            rows = DatabaseCheck.rowCounts(stagedBase, key);
        } catch (DatabaseCheck.Damaged e) {
            throw damaged(backupFile, e.getMessage(), e);
        }
        if (CHECKED_FORMAT.equals(manifest.getProperty(FORMAT))) {
            java.util.Set<String> tables = new java.util.TreeSet<>(rows.keySet());
            manifest.stringPropertyNames().stream().filter(k -> k.startsWith(ROWS))
                    .forEach(k -> tables.add(k.substring(ROWS.length())));
            for (String table : tables) {
                String recorded = manifest.getProperty(ROWS + table);
                Long found = rows.get(table);
                if (recorded == null || found == null || !recorded.equals(found.toString())) {
                    throw damaged(backupFile, I18n.t("error.backupDamaged.rows", table,
                            found == null ? "-" : found, recorded == null ? "-" : recorded), null);
                }
            }
        }
        try (Database staged = Database.open(stagedBase, key, "")) {
            String app = staged.dsl().fetchOptional("select meta_value from app_meta where meta_key = 'application'")
                    .map(r -> r.get(0, String.class)).orElse("");
            if (!"TransferDesk".equals(app)) {
                throw new BackupRefusedException("error.restoreNotBackup", backupFile.getFileName());
            }
        } catch (DataAccessException | org.flywaydb.core.api.FlywayException e) {
            throw damaged(backupFile, String.valueOf(e.getMessage()), e);
        }
        try {
            DatabaseCheck.rowCounts(stagedBase, key);
        } catch (DatabaseCheck.Damaged e) {
            throw damaged(backupFile, e.getMessage(), e);
        }
    }

    static void ensureNotInUse(Path dbBase) {
        if (Database.isOpenHere(dbBase)) {
            throw new UserFacingException("error.restoreInUse");
        }
        if (!Files.exists(dbBase.resolveSibling(dbBase.getFileName() + ".mv.db"))) {
            return;
        }
        // H2 holds a lock on the file while any process has it open (its auto-server host); the lock, unlike an
        // exclusive open, needs no password, so an encrypted database whose password is forgotten can be restored.
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(RestoreJournal.live(dbBase),
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock = ch.tryLock();
            if (lock == null) {
                throw new UserFacingException("error.restoreInUse");
            }
            lock.release();
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            throw new UserFacingException("error.restoreInUse", new Object[0], e);
        }
    }

    private static void deleteQuietly(Path dir) {
        RestoreJournal.deleteTree(dir);
    }
}
