package org.transferdesk.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.transferdesk.db.DatabaseCheck;

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

    /**
     * The fair baseline of the import (issue 20): H2's own bulk load of the rows the import wrote into the app's own
     * tables. Every table that has rows in the imported database {@code importedBase} and none in the freshly
     * migrated, empty one {@code freshBase} (both closed; paths without {@code .mv.db}) is dumped with
     * {@code CSVWRITE} to {@code csvFolder}, then loaded into {@code freshBase} with {@code INSERT INTO t SELECT * FROM
     * CSVREAD(…)}, one statement per table, parents first, in one transaction: the same rows (audit rows included),
     * the same schema, every key, constraint and index. Only the load is timed. Fails unless both databases then hold
     * the same rows per table.
     */
    public static AppLoad appTablesLoad(Path importedBase, Path freshBase, Path csvFolder) {
        try {
            Files.createDirectories(csvFolder);
            Map<String, Long> imported;
            List<String> order;
            try (Connection fresh = open(freshBase)) {
                Map<String, Long> empty = counts(fresh);
                try (Connection c = open(importedBase)) {
                    imported = counts(c);
                    imported.keySet().removeIf(t -> imported.get(t) == 0 || empty.getOrDefault(t, 0L) != 0);
                    order = parentsFirst(c, imported.keySet());
                    for (String table : order) {
                        try (Statement dump = c.createStatement()) {
                            dump.execute("CALL CSVWRITE('" + csv(csvFolder, table) + "', 'SELECT * FROM " + table
                                    + " ORDER BY 1', 'charset=UTF-8')");
                        }
                    }
                }
                fresh.setAutoCommit(false);
                long start = System.nanoTime();
                for (String table : order) {
                    try (Statement load = fresh.createStatement()) {
                        load.execute("INSERT INTO " + table + " SELECT * FROM CSVREAD('" + csv(csvFolder, table)
                                + "', NULL, 'charset=UTF-8')");
                    }
                }
                fresh.commit();
                double millis = (System.nanoTime() - start) / 1e6;
                Map<String, Long> loaded = counts(fresh);
                long rows = 0;
                for (String table : order) {
                    if (!imported.get(table).equals(loaded.get(table))) {
                        throw new IllegalStateException("H2 loaded " + loaded.get(table) + " rows of " + table
                                + ", the import wrote " + imported.get(table));
                    }
                    rows += imported.get(table);
                }
                return new AppLoad(millis, rows, order.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Milliseconds of the load into the app's tables, the rows loaded and the tables they are in. */
    public record AppLoad(double millis, long rows, int tables) {
    }

    private static Connection open(Path base) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath() + APP_OPTIONS + ";IFEXISTS=TRUE",
                "sa", org.transferdesk.db.H2Key.toolPassword(base)); // issue 22: the folder's own password
    }

    private static String csv(Path folder, String table) {
        return folder.resolve(table + ".csv").toAbsolutePath().toString().replace("'", "''");
    }

    /** Rows per table of the app's schema. */
    private static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : DatabaseCheck.appTables(c)) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    /** {@code tables} ordered so that every table comes after the tables its foreign keys refer to. */
    private static List<String> parentsFirst(Connection c, Set<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new TreeMap<>();
        tables.forEach(t -> parents.put(t, new HashSet<>()));
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT child.table_name, parent.table_name"
                        + " FROM information_schema.referential_constraints r"
                        + " JOIN information_schema.table_constraints child ON child.constraint_name = r.constraint_name"
                        + " AND child.constraint_schema = r.constraint_schema"
                        + " JOIN information_schema.table_constraints parent"
                        + " ON parent.constraint_name = r.unique_constraint_name"
                        + " AND parent.constraint_schema = r.unique_constraint_schema")) {
            while (rs.next()) {
                if (parents.containsKey(rs.getString(1)) && !rs.getString(1).equals(rs.getString(2))) {
                    parents.get(rs.getString(1)).add(rs.getString(2));
                }
            }
        }
        List<String> order = new ArrayList<>();
        while (order.size() < parents.size()) {
            String next = parents.keySet().stream().filter(t -> !order.contains(t))
                    .filter(t -> parents.get(t).stream().allMatch(p -> order.contains(p) || !parents.containsKey(p)))
                    .findFirst().orElseThrow(() -> new IllegalStateException("foreign keys in a cycle: " + parents));
            order.add(next);
        }
        return order;
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
                    "sa", org.transferdesk.db.H2Key.toolPassword(mvDb.resolveSibling("transferdesk")));
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
