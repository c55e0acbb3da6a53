package org.transferdesk;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.transferdesk.db.Database;

/**
 * A fresh database migrated by the real Flyway scripts, one per test: an in-memory H2, or, in the PostgreSQL run of
 * the database tests (issue 21, system property {@code transferdesk.test.db=postgresql}), a new database on the test
 * server ({@link PostgresTestServer}).
 */
public final class TestDatabase {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    /** The JUnit tag of test classes that use {@link #fresh()}: the PostgreSQL run runs them again on the server. */
    public static final String TAG = "database";

    private TestDatabase() {
    }

    /** A clock fixed at 10:00 in Shanghai on {@code day}. */
    public static Clock clockOn(java.time.LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(CLOCK.getZone()).toInstant(), CLOCK.getZone());
    }

    public static Database fresh() {
        if (PostgresTestServer.requested()) {
            return PostgresTestServer.fresh();
        }
        return Database.openInMemory("test-" + UUID.randomUUID());
    }

    /**
     * A second {@link Database} (its own pool, its own sessions) on the database {@code first} opened, the way a
     * second PC opens the office's shared database (issue 21): on PostgreSQL by its address, on H2 the in-memory
     * database of the same name, which this JVM shares between opens. Close it before {@code first}: closing a
     * fresh PostgreSQL database drops it.
     */
    public static Database secondConnection(Database first) {
        if (onPostgres()) {
            return Database.openServer(first.url(), null, null, org.transferdesk.db.UpgradeGuard.NONE);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("jdbc:h2:mem:([^;]+);.*").matcher(first.url());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an in-memory test database: " + first.url());
        }
        // a statement waits for rows another session holds as long as on the app's file database and on PostgreSQL
        // (ten seconds), not H2's in-memory default of one: twenty PCs saving at once queue for longer than that
        return Database.openInMemory(m.group(1) + ";LOCK_TIMEOUT=10000");
    }

    /**
     * A new, empty database on the PostgreSQL test server, as a clerk writes its address
     * ({@code postgresql://host:port/name?sslmode=disable}: the test server has no TLS) and its login; for the tests of
     * {@code db init} and {@code db copy}. Only in the PostgreSQL run.
     */
    public static ServerDatabase emptyServerDatabase() {
        String jdbc = PostgresTestServer.emptyDatabaseUrl();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("jdbc:(postgresql://[^?]+)(?:\\?(.*))?").matcher(jdbc);
        if (!m.matches()) {
            throw new IllegalStateException(jdbc);
        }
        String user = m.group(2) == null ? null : java.util.Arrays.stream(m.group(2).split("&"))
                .filter(p -> p.startsWith("user=")).map(p -> p.substring(5)).findFirst().orElse(null);
        return new ServerDatabase(m.group(1) + "?sslmode=disable", user, jdbc);
    }

    /** An empty server database: its address for {@code --db}, the login for {@code --db-user}, the JDBC URL. */
    public record ServerDatabase(String address, String user, String jdbcUrl) {
    }

    /** Whether {@link #fresh()} gives PostgreSQL databases in this run. */
    public static boolean onPostgres() {
        return PostgresTestServer.requested();
    }

    /**
     * The schema version of a fresh database: the highest V number shipped (versions are handed out per branch, so
     * there may be gaps and it need not be {@link #migrationFiles()}).
     */
    public static String latestVersion() {
        return String.valueOf(scripts().mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max()
                .orElseThrow());
    }

    /** How many Flyway migration files are shipped for this run's database (the rows its history gets). */
    public static int migrationFiles() {
        return (int) scripts().count();
    }

    private static java.util.stream.Stream<String> scripts() {
        String vendor = onPostgres() ? "postgresql" : "h2";
        java.util.List<String> names = new java.util.ArrayList<>();
        for (String folder : java.util.List.of("src/main/resources/db/migration",
                "src/main/resources/db/vendor/" + vendor)) {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
                    java.nio.file.Path.of(folder))) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                        .forEach(names::add);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return names.stream();
    }
}
