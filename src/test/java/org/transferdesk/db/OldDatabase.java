package org.transferdesk.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/** Database files as an older TransferDesk left them: migrated only up to a version, opened without the guard. */
public final class OldDatabase {
    private OldDatabase() {
    }

    /** Migrates a new file database at {@code base} up to {@code schemaVersion} and adds one person (T001). */
    public static void create(Path base, String schemaVersion) {
        Flyway.configure().dataSource(url(base), "sa", "").locations("classpath:db/migration")
                .target(schemaVersion).load().migrate();
        execute(base, "insert into person (staff_no, name) values ('T001', '张三')");
    }

    /** {@link #create} of a database named "old" in {@code folder}; returns its base path. */
    public static Path createIn(Path folder, String schemaVersion) {
        Path base = folder.resolve("old");
        create(base, schemaVersion);
        return base;
    }

    /** Applies the pending migrations as plain Flyway would, without the app's upgrade guard and backup. */
    public static void migrateToLatest(Path base) {
        Flyway.configure().dataSource(url(base), "sa", password(base))
                .locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
    }

    public static void execute(Path base, String sql) {
        try (Connection c = DriverManager.getConnection(url(base), "sa", password(base)); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** The first column of the first row of {@code sql}, null when there is none. */
    public static String query(Path base, String sql) {
        try (Connection c = DriverManager.getConnection(url(base), "sa", password(base));
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** The schema version Flyway recorded last. */
    public static String schemaVersion(Path base) {
        return query(base, "select version from flyway_schema_history where success "
                + "order by installed_rank desc limit 1");
    }

    /** The empty password of a database made before issue 22, until the new code opened it and wrote db.key. */
    private static String password(Path base) {
        return java.nio.file.Files.exists(H2Key.keyFile(base)) ? H2Key.folderPassword(base) : "";
    }

    private static String url(Path base) {
        return "jdbc:h2:file:" + base.toAbsolutePath() + Database.OPTIONS;
    }
}
