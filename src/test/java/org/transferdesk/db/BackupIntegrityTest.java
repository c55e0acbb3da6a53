package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.PersonRepository;

/** Issue 19: a damaged backup is refused before anything is swapped, never restored as different data. */
class BackupIntegrityTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZONE);

    @TempDir
    static Path shared;
    private static Path backup;
    private static String originalDump;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeABackup() {
        Path base = shared.resolve("source/transferdesk");
        try (Database db = Database.openFile(base)) {
            PersonRepository people = new PersonRepository(db.dsl());
            for (int i = 0; i < 40; i++) {
                people.save(Person.create(String.format("T%04d", i), "教师" + i), "test", LocalDateTime.of(2026, 1, 1, 9, 0));
            }
            originalDump = dump(db);
            backup = new BackupService(shared.resolve("backups"), CLOCK).backup(db, "test");
        }
    }

    /** Every table's rows as text, ordered, so two databases with the same data give the same text. */
    private static String dump(Database db) {
        StringBuilder out = new StringBuilder();
        for (var table : db.dsl().fetch("select table_name from information_schema.tables"
                + " where lower(table_schema) = 'public' and table_type = 'BASE TABLE' order by table_name")) {
            String name = table.get(0, String.class);
            if (name.equals("flyway_schema_history")) {
                continue; // its installed_on/execution_time differ run to run; the schema version is compared apart
            }
            List<String> rows = new ArrayList<>();
            db.dsl().fetch("select * from \"" + name + "\"").forEach(r -> rows.add(Arrays.toString(r.intoArray())));
            rows.sort(null);
            out.append(name).append(rows).append('\n');
        }
        return out.append(db.schemaVersion()).toString();
    }

    private static Path copyWith(Path from, Path to, java.util.function.UnaryOperator<byte[]> change) throws IOException {
        return Files.write(to, change.apply(Files.readAllBytes(from)));
    }

    private static String key(Throwable e) {
        return ((UserFacingException) e).key();
    }

    @Test
    void theManifestRecordsTheChecksumAndTheRowsOfEveryTable() throws IOException {
        Properties manifest = new Properties();
        try (ZipFile zip = new ZipFile(backup.toFile()); InputStream in = zip.getInputStream(zip.getEntry(BackupService.MANIFEST))) {
            manifest.load(in);
        }
        assertThat(manifest.getProperty(BackupService.FORMAT)).isEqualTo("2");
        assertThat(manifest.getProperty(BackupService.SHA256)).matches("[0-9a-f]{64}");
        assertThat(manifest.getProperty("rows.person")).isEqualTo("40");
        assertThat(manifest.getProperty("rows.app_meta")).isNotNull();
    }

    /**
     * One flipped bit at 240 spread positions (every part of the zip: headers, manifest, compressed database,
     * central directory): each is refused with the live database byte for byte as it was, or restores the
     * very data that was backed up.
     */
    @Test
    void everySingleBitFlip_isRefusedOrRestoresTheSameData() throws IOException {
        Path live = dir.resolve("live/transferdesk");
        try (Database db = Database.openFile(live)) {
            new PersonRepository(db.dsl()).save(Person.create("LIVE", "现用"), "test", LocalDateTime.of(2026, 2, 1, 9, 0));
        }
        Path liveFile = dir.resolve("live/transferdesk.mv.db");
        byte[] liveBytes = Files.readAllBytes(liveFile);
        byte[] original = Files.readAllBytes(backup);
        int positions = 240;
        int refused = 0;
        int restored = 0;
        for (int i = 0; i < positions; i++) {
            int at = (int) ((long) i * (original.length - 1) / (positions - 1));
            byte[] flipped = original.clone();
            flipped[at] ^= (byte) (1 << (i % 8));
            Path bad = Files.write(dir.resolve("flip.tdbackup"), flipped);
            try {
                BackupService.restore(bad, live);
            } catch (BackupRefusedException e) {
                assertThat(e.key()).as("byte %d", at).isIn("error.backupDamaged", "error.restoreNotBackup");
                assertThat(Files.readAllBytes(liveFile)).as("live database after flip at byte %d", at).isEqualTo(liveBytes);
                assertThat(dir.resolve("live/transferdesk.mv.db.before-restore")).doesNotExist();
                refused++;
                continue;
            }
            try (Database db = Database.openFile(live)) {
                assertThat(dump(db)).as("data restored from a flip at byte %d", at).isEqualTo(originalDump);
            }
            Files.write(liveFile, liveBytes);
            Files.delete(dir.resolve("live/transferdesk.mv.db.before-restore"));
            restored++;
        }
        assertThat(refused + restored).isEqualTo(positions);
        // The database is nearly all of the file, so nearly every flip must be caught.
        assertThat(refused).isGreaterThan(positions * 9 / 10);
    }

    /** A flip the zip does not protect (the central directory's time of the database entry) restores the same rows. */
    @Test
    void aFlipInWhatTheZipDoesNotCheck_restoresTheSameData() throws IOException {
        byte[] bytes = Files.readAllBytes(backup);
        byte[] central = {'P', 'K', 1, 2};
        byte[] name = BackupService.DB_ENTRY.getBytes(StandardCharsets.UTF_8);
        int at = -1;
        for (int i = indexOf(bytes, central, 0); i >= 0; i = indexOf(bytes, central, i + 1)) {
            if (indexOf(bytes, name, i) == i + 46) {
                at = i;
            }
        }
        assertThat(at).as("the database's central directory record").isNotNegative();
        bytes[at + 12] ^= 0x01; // last modification time
        Path flipped = Files.write(dir.resolve("time.tdbackup"), bytes);

        BackupService.restore(flipped, dir.resolve("transferdesk"));

        try (Database db = Database.openFile(dir.resolve("transferdesk"))) {
            assertThat(dump(db)).isEqualTo(originalDump);
        }
    }

    @ParameterizedTest(name = "cut to {0} of its bytes")
    @CsvSource({"0", "22", "100", "0.5", "-1", "-22"})
    void aTruncatedBackup_isRefused_andNothingChanges(String cut) throws IOException {
        long size = Files.size(backup);
        double n = Double.parseDouble(cut);
        int keep = (int) (n < 0 ? size + n : n < 1 && n > 0 ? size * n : n);
        Path bad = copyWith(backup, dir.resolve("cut.tdbackup"), b -> Arrays.copyOf(b, keep));
        Path live = dir.resolve("transferdesk");

        assertThatThrownBy(() -> BackupService.restore(bad, live))
                .isInstanceOf(BackupRefusedException.class)
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.backupDamaged"));
        assertThatThrownBy(() -> BackupService.verify(bad)).isInstanceOf(BackupRefusedException.class);
        assertThat(dir.resolve("transferdesk.mv.db")).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left).as("no staging folder left (the lock file stays: see DataFolderLock)")
                    .allMatch(p -> p.equals(bad) || p.getFileName().toString().equals("transferdesk.restore.lock"));
        }
    }

    /** A backup whose database is intact but whose manifest counts another number of rows was not the one made. */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"rows.person, 39", "rows.person, 41", "rows.nonexistent, 0", "rows.person, ''"})
    void rowCountsThatDifferFromTheManifest_areRefused(String key, String value) throws IOException {
        Path bad = rewriteManifest(backup, dir.resolve("counts.tdbackup"), m -> {
            if (value.isEmpty()) {
                m.remove(key);
            } else {
                m.setProperty(key, value);
            }
        });

        assertThatThrownBy(() -> BackupService.restore(bad, dir.resolve("transferdesk")))
                .isInstanceOf(BackupRefusedException.class)
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.backupDamaged"))
                .satisfies(e -> assertThat(e.getLocalizedMessage()).contains("counts.tdbackup"));
        assertThat(dir.resolve("transferdesk.mv.db")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sha256", "dbSize"})
    void aChecksumOrSizeThatDiffers_isRefusedBeforeTheCopyIsOpened(String key) throws IOException {
        Path bad = rewriteManifest(backup, dir.resolve("sum.tdbackup"), m -> m.setProperty(key,
                key.equals("dbSize") ? "1" : "0".repeat(64)));

        assertThatThrownBy(() -> BackupService.restore(bad, dir.resolve("transferdesk")))
                .isInstanceOf(BackupRefusedException.class)
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.backupDamaged"));
    }

    @Test
    void aBackupFromBeforeChecksums_stillRestores_afterAFullRead() throws IOException {
        Path old = rewriteManifest(backup, dir.resolve("old.tdbackup"), m -> {
            m.remove(BackupService.FORMAT);
            m.remove(BackupService.SHA256);
            m.stringPropertyNames().stream().filter(k -> k.startsWith("rows.")).forEach(m::remove);
        });
        BackupService.restore(old, dir.resolve("transferdesk"));
        try (Database db = Database.openFile(dir.resolve("transferdesk"))) {
            assertThat(dump(db)).isEqualTo(originalDump);
        }
    }

    /**
     * Without a checksum in the manifest, the zip's CRC alone must catch a flip that changes the database. A flip in
     * the deflate stream can also decode to the very same bytes (a back-reference moved inside a run of zeros): then
     * the restored data must be the original, never something else.
     */
    @Test
    void aBackupFromBeforeChecksums_withAFlippedBit_isRefusedByTheZipCrc_orRestoresTheSameData() throws IOException {
        Path old = rewriteManifest(backup, dir.resolve("old.tdbackup"), m -> {
            m.remove(BackupService.FORMAT);
            m.remove(BackupService.SHA256);
        });
        byte[] original = Files.readAllBytes(old);
        int data = indexOf(original, BackupService.DB_ENTRY.getBytes(StandardCharsets.UTF_8), 0)
                + BackupService.DB_ENTRY.length();
        int end = indexOf(original, new byte[] {'P', 'K', 1, 2}, data);
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            byte[] flipped = original.clone();
            int at = data + 64 + i * (end - data - 128) / 40;
            flipped[at] ^= (byte) (1 << (i % 8));
            Path bad = Files.write(dir.resolve("old-flip.tdbackup"), flipped);
            Path target = dir.resolve("old-" + i + "/transferdesk");
            try {
                BackupService.restore(bad, target);
            } catch (BackupRefusedException e) {
                assertThat(key(e)).as("flip at byte %d", at).isEqualTo("error.backupDamaged");
                assertThat(target.resolveSibling("transferdesk.mv.db")).as("flip at byte %d", at).doesNotExist();
                refused++;
                continue;
            }
            try (Database db = Database.openFile(target)) {
                assertThat(dump(db)).as("data restored from a flip at byte %d", at).isEqualTo(originalDump);
            }
        }
        assertThat(refused).isGreaterThanOrEqualTo(36);
    }

    private static Path rewriteManifest(Path from, Path to, java.util.function.Consumer<Properties> change)
            throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            Properties manifest = new Properties();
            try (InputStream m = in.getInputStream(in.getEntry(BackupService.MANIFEST))) {
                manifest.load(m);
            }
            change.accept(manifest);
            out.putNextEntry(new ZipEntry(BackupService.MANIFEST));
            manifest.store(out, null);
            out.closeEntry();
            out.putNextEntry(new ZipEntry(BackupService.DB_ENTRY));
            try (InputStream db = in.getInputStream(in.getEntry(BackupService.DB_ENTRY))) {
                db.transferTo(out);
            }
            out.closeEntry();
        }
        return to;
    }

    /**
     * A database whose pages are damaged where only a full read goes (the people's rows, not the tables opening
     * and migrating read) opens, but is not copied into a backup that would not restore.
     */
    @Test
    void aDatabaseWithADamagedPage_isNotBackedUp() throws IOException {
        Path base = dir.resolve("transferdesk");
        try (Database db = Database.openFile(base)) {
            PersonRepository people = new PersonRepository(db.dsl());
            for (int i = 0; i < 400; i++) {
                people.save(Person.create(String.format("D%04d", i), "损坏页测试" + "甲".repeat(40) + i), "test",
                        LocalDateTime.of(2026, 1, 1, 9, 0));
            }
        }
        damagePeoplePages(dir.resolve("transferdesk.mv.db"));
        BackupService backups = new BackupService(dir.resolve("backups"), CLOCK);

        try (Database db = Database.openFile(base)) {
            assertThatThrownBy(() -> backups.backup(db, "test"))
                    .isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.backupSourceDamaged"));
        }
        try (var left = Files.list(dir.resolve("backups"))) {
            assertThat(left).as("neither a backup nor a partial copy is left (the lock file stays)")
                    .allMatch(p -> p.getFileName().toString().equals(BackupService.WRITE_LOCK));
        }
    }

    /**
     * Overwrites the staff numbers D0200–D0209 wherever they are in the file. H2 keeps no checksum of a page's
     * content, but its page reader notices these (MVStoreException "Unable to read the page"); opening and
     * migrating read none of the people's pages, so only a full read finds the damage.
     */
    private static void damagePeoplePages(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int hits = 0;
        for (int k = 200; k < 210; k++) {
            byte[] staffNo = String.format("D%04d", k).getBytes(StandardCharsets.UTF_8);
            for (int at = indexOf(bytes, staffNo, 0); at >= 0; at = indexOf(bytes, staffNo, at + 1)) {
                Arrays.fill(bytes, at, at + staffNo.length, (byte) 0xA5);
                hits++;
            }
        }
        assertThat(hits).as("the people's rows are in the file").isPositive();
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes);
        }
    }

    private static int indexOf(byte[] bytes, byte[] what, int from) {
        outer:
        for (int i = from; i <= bytes.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
