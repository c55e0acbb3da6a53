package org.transferdesk.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * What H2 alone does with the same data, for the import benchmark's ratios (issue 20): its own bulk load of the
 * ledger's CSV files, and the size of a database file once compacted. Plain JDBC on purpose: no schema, no checks,
 * no application code between the rows and the file.
 */
public final class H2Baselines {
    private static final String APP_OPTIONS = ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private H2Baselines() {
    }

    /**
     * Loads every CSV file of {@code csvFolder} into a new table of a new database at {@code databaseBase}
     * ({@code CREATE TABLE … AS SELECT * FROM CSVREAD(…)}, one statement per file) and answers the milliseconds the
     * loads took and the rows loaded.
     */
    public static Load bulkLoad(Path csvFolder, Path databaseBase) {
        List<Path> files;
        try (Stream<Path> list = Files.list(csvFolder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + databaseBase.toAbsolutePath(), "sa", "")) {
            long start = System.nanoTime();
            long rows = 0;
            for (int i = 0; i < files.size(); i++) {
                // A literal, not a parameter: H2 plans CREATE TABLE … AS when it parses it.
                String file = files.get(i).toAbsolutePath().toString().replace("'", "''");
                try (Statement load = c.createStatement()) {
                    load.execute("CREATE TABLE sheet_" + i + " AS SELECT * FROM CSVREAD('" + file
                            + "', NULL, 'charset=UTF-8')");
                }
                try (Statement count = c.createStatement();
                        var rs = count.executeQuery("SELECT COUNT(*) FROM sheet_" + i)) {
                    rs.next();
                    rows += rs.getLong(1);
                }
            }
            return new Load((System.nanoTime() - start) / 1e6, rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Milliseconds of H2's bulk load and the rows it loaded. */
    public record Load(double millis, long rows) {
    }

    /**
     * The size in bytes the closed database file {@code mvDb} ({@code ….mv.db}) has once compacted: a copy in
     * {@code workDir} is opened and closed with {@code SHUTDOWN COMPACT}; the original is not touched.
     */
    public static long compactedSize(Path mvDb, Path workDir) {
        try {
            Files.createDirectories(workDir);
            Path copy = workDir.resolve("copy.mv.db");
            Files.copy(mvDb, copy);
            String base = copy.toAbsolutePath().toString();
            base = base.substring(0, base.length() - ".mv.db".length());
            // The app's own URL settings (Database.OPTIONS): the file holds lower-case names that need them.
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + APP_OPTIONS + ";IFEXISTS=TRUE",
                    "sa", "");
                    Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            return Files.size(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
