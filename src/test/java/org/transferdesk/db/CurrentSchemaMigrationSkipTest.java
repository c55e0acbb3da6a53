package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;

/**
 * Issue 20: an open of a database whose schema is already the newest skips Flyway's scan and validation, decided by
 * one query of the history; at any doubt Flyway runs as before.
 */
class CurrentSchemaMigrationSkipTest {
    private static final AtomicInteger NAMES = new AtomicInteger();

    @TempDir
    Path dir;

    @Test
    void newestShippedMigration_isTheHighestScriptVersion() {
        assertThat(Database.newestShippedMigration(DbVendor.H2)).hasValue(Integer.parseInt(TestDatabase.latestVersion()));
    }

    /** As installed: the scripts in a jar, whose folder entry ends in a slash (the first build missed them all). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "V1__a.sql;V3__c.sql;V2__b.sql | 3",
        "V1__a.sql;V12__l.sql          | 12",
        "V1__a.sql;R__views.sql        | -1",
        "notes.txt                     | -1",
    })
    void newestShippedMigration_readsTheJar(String scripts, int newest) throws Exception {
        Path jar = dir.resolve("app.jar");
        try (var out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("db/migration/"));
            out.closeEntry();
            for (String script : scripts.split(";")) {
                out.putNextEntry(new java.util.jar.JarEntry("db/migration/" + script));
                out.write("select 1;".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            assertThat(Database.newestShippedMigration(loader, DbVendor.H2)).isEqualTo(
                    newest < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(newest));
        }
    }

    /**
     * A vendor's own scripts count with the shared ones (issue 21), its own vendor's only: the H2 jar's newest
     * version is the one in {@code db/vendor/h2}, whatever {@code db/vendor/postgresql} holds.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "H2         | 16",
        "POSTGRESQL | 17",
    })
    void newestShippedMigration_countsItsVendorsFolder(DbVendor vendor, int newest) throws Exception {
        Path jar = dir.resolve("vendors.jar");
        try (var out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar))) {
            for (String entry : List.of("db/migration/", "db/migration/V1__a.sql", "db/migration/V15__o.sql",
                    "db/vendor/h2/", "db/vendor/h2/V16__p.sql", "db/vendor/postgresql/",
                    "db/vendor/postgresql/V17__q.sql")) {
                out.putNextEntry(new java.util.jar.JarEntry(entry));
                if (!entry.endsWith("/")) {
                    out.write("select 1;".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            assertThat(Database.newestShippedMigration(loader, vendor)).hasValue(newest);
        }
    }

    /** The history as Flyway left it, then changed by {@code change}: whether the open may skip Flyway. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "as migrated                | select 1                                                                | true",
        "newest failed              | update flyway_schema_history set success = false where version = '@'   | false",
        "an older one failed        | update flyway_schema_history set success = false where version = '1'   | false",
        "newest missing (older db)  | delete from flyway_schema_history where version = '@'                  | false",
        "a newer schema             | insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) values (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'sa', current_timestamp, 1, true) | false",
        "a repeatable migration row | insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) values (98, null, 'views', 'SQL', 'R__views.sql', 0, 'sa', current_timestamp, 1, true) | false",
        "a version not a number     | insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) values (97, '1.5', 'minor', 'SQL', 'V1.5__minor.sql', 0, 'sa', current_timestamp, 1, true) | false",
        "no history at all          | drop table flyway_schema_history                                         | false",
    })
    void currentWithoutFlyway_onlyWhenEveryShippedMigrationSucceededAndNothingElse(String state, String change,
                                                                                 boolean skips) {
        String newest = TestDatabase.latestVersion();
        try (Database db = Database.openInMemory("skip" + NAMES.incrementAndGet())) {
            db.executeRaw(change.replace("@", newest));

            assertThat(db.currentWithoutFlyway()).as(state).isEqualTo(
                    skips ? java.util.Optional.of(newest) : java.util.Optional.empty());
        }
    }

    @Test
    void reopeningACurrentDatabase_tellsTheGuardNothingIsPending_andRecordsNoMigration() {
        Path base = dir.resolve("transferdesk");
        Database.openFile(base).close();
        List<UpgradeGuard.Schema> seen = new ArrayList<>();
        List<String> after = new ArrayList<>();
        UpgradeGuard guard = new UpgradeGuard() {
            @Override
            public void beforeMigrate(Database unmigrated, Schema schema) {
                seen.add(schema);
            }

            @Override
            public void afterMigrate(Database migrated) {
                after.add("after");
            }
        };

        try (Database db = Database.openFile(base, guard)) {
            assertThat(db.createdByThisOpen()).isFalse();
            assertThat(db.schemaVersion()).isEqualTo(TestDatabase.latestVersion());
        }

        assertThat(seen).containsExactly(new UpgradeGuard.Schema(TestDatabase.latestVersion(), List.of(), false));
        assertThat(after).containsExactly("after");
        assertThat(OldDatabase.query(base, "select count(*) from flyway_schema_history where version is not null"))
                .isEqualTo(String.valueOf(TestDatabase.migrationFiles()));
    }

    /**
     * Shows that Flyway did not run: its validation would refuse a history whose checksum no longer matches the
     * script. (Shipped migrations are never edited, so the one-query check has no checksums to compare.)
     */
    @Test
    void reopeningACurrentDatabase_doesNotRunFlyway() {
        Path base = dir.resolve("transferdesk");
        Database.openFile(base).close();
        OldDatabase.execute(base, "update flyway_schema_history set checksum = checksum + 1 where version = '1'");

        try (Database db = Database.openFile(base)) {
            assertThat(db.currentWithoutFlyway()).hasValue(TestDatabase.latestVersion());
        }
    }

    @Test
    void anOlderSchema_isStillMigratedByFlyway_withThePendingVersionsForTheGuard() {
        Path base = OldDatabase.createIn(dir, "13");
        List<UpgradeGuard.Schema> seen = new ArrayList<>();
        UpgradeGuard guard = new UpgradeGuard() {
            @Override
            public void beforeMigrate(Database unmigrated, Schema schema) {
                seen.add(schema);
            }
        };

        try (Database db = Database.openFile(base, guard)) {
            assertThat(db.schemaVersion()).isEqualTo(TestDatabase.latestVersion());
        }

        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).version()).isEqualTo("13");
        assertThat(seen.get(0).pending()).isNotEmpty().last().isEqualTo(TestDatabase.latestVersion());
    }
}
