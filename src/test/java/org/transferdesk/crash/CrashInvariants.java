package org.transferdesk.crash;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.transferdesk.db.BackupService;
import org.transferdesk.db.Database;

/**
 * The invariants a killed command must leave behind (issue 19). Each returns the violations it found as
 * {@code "kind: details"} lines, empty when it holds; the kind is what the suite's summary counts.
 */
final class CrashInvariants {
    private CrashInvariants() {
    }

    /** The folder's database opens and migrates; otherwise the one violation, and no snapshot to check further. */
    static Snapshot opens(Path folder, List<String> violations) {
        try {
            return Snapshot.of(folder);
        } catch (Exception | AssertionError e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            violations.add("does not open or migrate: " + e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                    + (root == e ? "" : " (cause: " + String.valueOf(root.getMessage()).lines().findFirst().orElse("") + ")"));
            return null;
        }
    }

    /** A folder that had a database before the command still has one: the next start would make an empty one. */
    static boolean stillThere(Path folder, List<String> violations) {
        if (!Snapshot.exists(folder)) {
            violations.add("no database: transferdesk.mv.db is gone (the next start would create an empty one)");
            return false;
        }
        return true;
    }

    /** Tables the unkilled command leaves as they were must be as they were after a kill, row for row. */
    static void untouchedStay(Snapshot before, Snapshot after, Snapshot now, List<String> violations) {
        Set<String> touched = after.differingFrom(before);
        for (String table : now.differingFrom(before)) {
            if (!touched.contains(table)) {
                violations.add("untouched table changed: " + table + " (" + before.count(table) + " rows before, "
                        + now.count(table) + " now)");
            }
        }
    }

    /**
     * All or nothing: every table the unkilled command changes holds as many rows as before it, or every one as
     * many as after it; never some of each.
     */
    static void allOrNothing(String what, Snapshot before, Snapshot after, Snapshot now, List<String> violations) {
        Set<String> changed = after.countsDifferingFrom(before);
        boolean none = changed.stream().allMatch(t -> now.count(t) == before.count(t));
        boolean all = changed.stream().allMatch(t -> now.count(t) == after.count(t));
        if (!none && !all) {
            StringBuilder rows = new StringBuilder();
            for (String t : changed) {
                rows.append(rows.isEmpty() ? "" : ", ").append(t).append(' ').append(now.count(t)).append(" (")
                        .append(before.count(t)).append(" before, ").append(after.count(t)).append(" after)");
            }
            violations.add(what + " half-made: " + rows);
        }
    }

    /**
     * Every distribution is whole (R-ROUND: its lines add up to its pool; none without lines) and no receipt is in
     * two live distributions.
     */
    static void distributionsWhole(Path folder, List<String> violations) {
        try (Database db = Database.openFile(Snapshot.base(folder))) {
            DSLContext dsl = db.dsl();
            for (Record r : dsl.fetch("select d.id, d.pool, coalesce(sum(l.amount), 0), count(l.id)"
                    + " from distribution d left join distribution_line l on l.distribution_id = d.id"
                    + " group by d.id, d.pool order by d.id")) {
                long id = r.get(0, Long.class);
                BigDecimal pool = r.get(1, BigDecimal.class);
                BigDecimal lines = r.get(2, BigDecimal.class);
                if (r.get(3, Long.class) == 0) {
                    violations.add("distribution half-written: #" + id + " has no lines (pool " + pool + ")");
                } else if (pool.compareTo(lines) != 0) {
                    violations.add("distribution half-written: #" + id + " lines add up to " + lines + ", pool " + pool);
                }
            }
            for (Record r : dsl.fetch("select dr.receipt_id, count(*) from distribution_receipt dr"
                    + " join distribution d on d.id = dr.distribution_id where d.status <> 'REVOKED'"
                    + " group by dr.receipt_id having count(*) > 1")) {
                violations.add("receipt in two live distributions: receipt #" + r.get(0) + " in " + r.get(1));
            }
        }
    }

    /**
     * Each file in backups/ is a backup that verifies; after the next backup (which clears what a killed one left,
     * issue 19) nothing else is there but the folder's lock file.
     */
    static void backupsCompleteOrAbsent(Path folder, List<String> violations) throws Exception {
        Path backups = folder.resolve("backups");
        if (!Files.isDirectory(backups)) {
            return;
        }
        try (Database db = Database.openFile(Snapshot.base(folder))) {
            new BackupService(backups, CrashHarness.CLOCK).backup(db, "crash-check");
        } catch (RuntimeException e) {
            violations.add("the next backup failed: " + e.getMessage());
        }
        try (Stream<Path> files = Files.list(backups)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.equals(".backup.lock")) {
                    continue;
                }
                if (!name.endsWith(BackupService.EXTENSION) || Files.isDirectory(f)) {
                    violations.add("backup leftover after the next backup: " + name + (Files.isDirectory(f) ? "/" : ""));
                    continue;
                }
                try {
                    BackupService.verify(f);
                } catch (RuntimeException e) {
                    violations.add("backup unverifiable: " + name + ": " + e.getMessage());
                }
            }
        }
    }

    /** Staging folders of a killed command, still there after the next open (which must remove them). */
    static List<String> leftovers(Path folder, String... prefixes) throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                for (String prefix : prefixes) {
                    if (f.getFileName().toString().startsWith(prefix)) {
                        found.add("leftover after the next open: " + f.getFileName());
                    }
                }
            }
        }
        return found;
    }
}
