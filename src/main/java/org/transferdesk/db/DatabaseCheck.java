package org.transferdesk.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads every row of every table of a database file. H2 has no {@code CHECK} command and checks a page only
 * when it reads it, and {@code count(*)} answers from the table's
 * counter without touching a page: a damaged page shows only when something reads it, so this reads them all.
 * Opens the file without migrating it, so a backup's counts are compared with the rows as they were written.
 */
public final class DatabaseCheck {
    private DatabaseCheck() {
    }

    /** Rows per table (lower-case name), or {@link Damaged} when the file cannot be read through. */
    static Map<String, Long> rowCounts(Path base, H2Key key) {
        try (Connection c = key.connect(base, ";AUTO_SERVER=FALSE")) {
            return rowCounts(c);
        } catch (SQLException | RuntimeException e) {
            throw new Damaged(e);
        }
    }

    /** The names of the app's tables (of the schema {@code public}), in order. */
    public static List<String> appTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_name from information_schema.tables"
                     + " where lower(table_schema) = 'public' and table_type = 'BASE TABLE' order by table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static Map<String, Long> rowCounts(Connection c) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : appTables(c)) {
            String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
            long read = readAll(c, quoted);
            long counted;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + quoted)) {
                rs.next();
                counted = rs.getLong(1);
            }
            if (read != counted) {
                // The counter and the pages disagree: rows were lost or made up below SQL.
                throw new SQLException("table " + table + " holds " + read + " rows but counts " + counted);
            }
            counts.put(table.toLowerCase(java.util.Locale.ROOT), read);
        }
        return counts;
    }

    private static long readAll(Connection c, String quoted) throws SQLException {
        long rows = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select * from " + quoted)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                rows++;
                // getObject decodes the value from its page; the schema has no LOB columns, whose pages a
                // Clob/Blob would read only when its stream is.
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
            }
        }
        return rows;
    }

    /** The database file could not be read through; the cause says where H2 stopped. */
    static final class Damaged extends RuntimeException {
        Damaged(Throwable cause) {
            super(String.valueOf(cause.getMessage()), cause);
        }
    }
}
