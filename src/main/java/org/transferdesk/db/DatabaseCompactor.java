package org.transferdesk.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.transferdesk.common.UserFacingException;

/**
 * Shrinks the H2 file to its data (issue 20). Why it grows: MVStore never overwrites a page in place; every
 * commit (the import commits per sheet batch, autocommit per statement elsewhere) writes new chunks at the end of
 * the file, and the space of replaced chunks may not be reused for {@code RETENTION_TIME} (45 s by default), so a
 * bulk import that rewrites the same B-tree pages thousands of times a minute leaves the file 8–12× its live data.
 * H2 only compacts for {@code MAX_COMPACT_TIME} (200 ms) when the last connection closes, and its background
 * rewrite stops at a low fill rate, so the file never shrinks by itself. Lowering {@code RETENTION_TIME} would
 * trade crash safety (H2 keeps old chunks so a file cut by a power loss still opens) for size, so it stays as is.
 * The one step that gives the space back is {@code SHUTDOWN COMPACT}, which needs the database to itself: so it
 * runs only where no one else can be using it (a backup's private copy, a command that finds the file unused, the
 * desktop app's exit when it is the last user).
 */
public final class DatabaseCompactor {
    /** H2's "database may be already in use" (another process holds the file). */
    private static final int IN_USE = 90020;

    private DatabaseCompactor() {
    }

    /** Sizes in bytes of the database file before and after a compaction. */
    public record Result(long before, long after) {
    }

    /**
     * Compacts the database at {@code base} (no {@code .mv.db}) unless another connection, in this process or
     * another, has it open; then empty and nothing is changed.
     */
    public static Optional<Result> compactIfUnused(Path base, LocalDate today) {
        Path file = RestoreJournal.live(base);
        if (!Files.exists(file) || Database.isOpenHere(base)) {
            return Optional.empty();
        }
        // The data-folder lock keeps openers and a restore out until the file is whole again (see RestoreJournal).
        try (DataFolderLock lock = DataFolderLock.acquire(DataFolderLock.dataFolderLockFile(base),
                DataFolderLock.OPEN_WAIT, "error.compactInUse")) {
            long before = Files.size(file);
            Connection c;
            try {
                c = H2Key.forDatabase(base).connectAdopting(base, EXCLUSIVE);
            } catch (SQLException e) {
                if (e.getErrorCode() == IN_USE || String.valueOf(e.getMessage()).contains("already in use")) {
                    return Optional.empty();
                }
                throw Database.translate(e);
            }
            try (c; Statement s = c.createStatement()) {
                // A client of this process's auto-server keeps the database open here after the pool closed.
                try (ResultSet rs = s.executeQuery("select count(*) from information_schema.sessions")) {
                    rs.next();
                    if (rs.getLong(1) > 1) {
                        return Optional.empty();
                    }
                }
                // Recorded before the compaction, so it is part of the compacted file (Settings shows it).
                try (PreparedStatement p = c.prepareStatement(
                        "merge into app_meta(meta_key, meta_value) key(meta_key) values(?, ?)")) {
                    p.setString(1, AppMeta.COMPACTED_ON);
                    p.setString(2, today.toString());
                    p.executeUpdate();
                }
                s.executeUpdate("delete from app_meta where meta_key = '" + AppMeta.COMPACTION_DUE + "'");
                s.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                throw Database.translate(e);
            }
            Result result = new Result(before, Files.size(file));
            LoggerFactory.getLogger(DatabaseCompactor.class).info("Database compacted: {} → {} bytes ({})",
                    result.before(), result.after(), file);
            return Optional.of(result);
        } catch (IOException e) {
            throw new UserFacingException("error.compactFailed", new Object[] {e.getMessage()}, e);
        }
    }

    /** As {@link #compactIfUnused}, refused with {@code error.compactInUse} while someone has the database open. */
    public static Result compact(Path base, LocalDate today) {
        return compactIfUnused(base, today).orElseThrow(() -> new UserFacingException("error.compactInUse"));
    }

    /** Compacts a private copy no one else can reach (a backup's staged file); H2's errors are left to the caller. */
    static void compactPrivateCopy(Path base, H2Key key) throws SQLException {
        try (Connection c = key.connect(base, EXCLUSIVE);
             Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
    }

    /** The size of the database file in bytes, 0 when there is none. */
    public static long fileSize(Path base) {
        try {
            Path file = RestoreJournal.live(base);
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The open database's file size in bytes (0 in memory), for Settings. */
    public static long fileSize(Database db) {
        return db.baseFile().map(DatabaseCompactor::fileSize).orElse(0L);
    }

    /**
     * Whether the desktop app's exit should compact (when it is the last user): once a day, and again after a large
     * import asked for it (issue 20: a GUI import of 10,000 results left the file 26 × its data until the next day).
     */
    public static boolean dueOnExit(Database db, LocalDate today) {
        return AppMeta.compactionDue(db.dsl()) || !lastCompacted(db).filter(today::equals).isPresent();
    }

    /** The day the open database was last compacted, if ever. */
    public static Optional<LocalDate> lastCompacted(Database db) {
        return AppMeta.compactedOn(db.dsl());
    }

    /** Options of an open that needs the database to itself. */
    private static final String EXCLUSIVE = ";AUTO_SERVER=FALSE;IFEXISTS=TRUE";
}
