package org.transferdesk;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.transferdesk.db.Database;
import org.transferdesk.db.UpgradeGuard;

/**
 * The PostgreSQL run of the database tests (issue 21): each {@link TestDatabase#fresh()} is a new database on the
 * server named by {@code TRANSFERDESK_TEST_PG_URL} (a JDBC URL to its maintenance database, e.g. the one
 * {@code .ci/postgres-start} prints), copied from a template migrated once per JVM, and dropped when closed. Without
 * the URL the tests are skipped with a message on the console, unless {@code TRANSFERDESK_REQUIRE_PG=1} (CI), where
 * a missing server fails the build.
 */
final class PostgresTestServer {
    static final String PROPERTY = "transferdesk.test.db";
    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$");
    /** Test databases left open at once before the oldest is dropped anyway (tests that never close theirs). */
    private static final int KEEP_UNCLOSED = 40;

    private static String template;
    private static boolean warned;
    private static final Deque<String> live = new ArrayDeque<>();
    private static final Set<String> made = new HashSet<>();

    private PostgresTestServer() {
    }

    static boolean requested() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    /** The server's maintenance URL, or the test is skipped (failed in CI) when there is none. */
    static String serverUrl() {
        String url = System.getenv("TRANSFERDESK_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("TRANSFERDESK_REQUIRE_PG"))) {
                throw new IllegalStateException("TRANSFERDESK_REQUIRE_PG=1 but TRANSFERDESK_TEST_PG_URL is not set");
            }
            synchronized (PostgresTestServer.class) {
                if (!warned) {
                    warned = true;
                    System.err.println("*** PostgreSQL tests SKIPPED: no server. Start one with "
                            + "eval \"$(.ci/postgres-start)\" (sets TRANSFERDESK_TEST_PG_URL) and run mvn verify again.");
                }
            }
            Assumptions.abort("no PostgreSQL server (TRANSFERDESK_TEST_PG_URL)");
        }
        return url;
    }

    /** {@code serverUrl} with its database name replaced by {@code database}. */
    static String urlOf(String serverUrl, String database) {
        Matcher m = URL.matcher(serverUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + serverUrl);
        }
        return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
    }

    static synchronized Database fresh() {
        String server = serverUrl();
        String name = "td_" + UUID.randomUUID().toString().replace("-", "");
        execute(server, "CREATE DATABASE " + name + " TEMPLATE " + template(server));
        made.add(name);
        live.addLast(name);
        while (live.size() > KEEP_UNCLOSED) {
            drop(server, live.removeFirst());
        }
        Database db = Database.openServer(urlOf(server, name), null, null, UpgradeGuard.NONE);
        db.afterClose(() -> {
            synchronized (PostgresTestServer.class) {
                if (live.remove(name)) {
                    drop(server, name);
                }
            }
        });
        return db;
    }

    /** A new, empty database on the server (for tests of what an empty server database does), dropped at exit. */
    static synchronized String emptyDatabaseUrl() {
        String server = serverUrl();
        String name = "td_empty_" + UUID.randomUUID().toString().replace("-", "");
        execute(server, "CREATE DATABASE " + name + " TEMPLATE template0");
        made.add(name);
        return urlOf(server, name);
    }

    private static String template(String server) {
        if (template == null) {
            String name = "td_template_" + ProcessHandle.current().pid();
            execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            execute(server, "CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
            made.add(name);
            Database.openServer(urlOf(server, name), null, null, UpgradeGuard.NONE).close();
            template = name;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                synchronized (PostgresTestServer.class) {
                    made.forEach(db -> drop(server, db));
                }
            }, "drop-test-databases"));
        }
        return template;
    }

    private static void drop(String server, String name) {
        try {
            execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (RuntimeException e) {
            System.err.println("could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static void execute(String server, String sql) {
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
