package org.transferdesk.crash;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.transferdesk.db.Database;

/**
 * What a data folder's database holds, table by table: the row count and a digest of all rows (order-free). Made by
 * opening the folder with {@link Database#openFile} as the app does, which also migrates it: a database that no
 * longer opens or migrates is the first thing a crash may break. {@code app_meta} (the last app version to open it)
 * and Flyway's history are left out: opening writes them, and they hold no office data.
 */
record Snapshot(Map<String, Long> counts, Map<String, String> digests) {
    private static final Set<String> LEFT_OUT = Set.of("app_meta", "flyway_schema_history");

    static Path base(Path folder) {
        return folder.resolve("transferdesk");
    }

    static boolean exists(Path folder) {
        return Files.exists(folder.resolve("transferdesk.mv.db"));
    }

    /** Opens, migrates and reads the folder's database; throws what the open threw. */
    static Snapshot of(Path folder) throws Exception {
        try (Database db = Database.openFile(base(folder))) {
            return of(db.dsl());
        }
    }

    static Snapshot of(DSLContext dsl) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        Map<String, String> digests = new TreeMap<>();
        for (Record t : dsl.fetch("select table_name from information_schema.tables"
                + " where lower(table_schema) = 'public' and table_type = 'BASE TABLE'")) {
            String table = t.get(0, String.class).toLowerCase(java.util.Locale.ROOT);
            if (LEFT_OUT.contains(table)) {
                continue;
            }
            List<String> rows = new ArrayList<>();
            for (Record r : dsl.fetch("select * from \"" + t.get(0, String.class) + "\"")) {
                rows.add(Arrays.deepToString(r.intoArray()));
            }
            rows.sort(null);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String row : rows) {
                sha.update(row.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            counts.put(table, (long) rows.size());
            digests.put(table, HexFormat.of().formatHex(sha.digest()));
        }
        return new Snapshot(counts, digests);
    }

    /** The tables whose rows differ from {@code other}'s. */
    Set<String> differingFrom(Snapshot other) {
        Set<String> tables = new TreeSet<>(digests.keySet());
        tables.addAll(other.digests.keySet());
        tables.removeIf(t -> java.util.Objects.equals(digests.get(t), other.digests.get(t)));
        return tables;
    }

    /** The tables whose row counts differ from {@code other}'s. */
    Set<String> countsDifferingFrom(Snapshot other) {
        Set<String> tables = new TreeSet<>(counts.keySet());
        tables.addAll(other.counts.keySet());
        tables.removeIf(t -> java.util.Objects.equals(counts.get(t), other.counts.get(t)));
        return tables;
    }

    long count(String table) {
        return counts.getOrDefault(table, 0L);
    }
}
