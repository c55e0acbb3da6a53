package org.transferdesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.transferdesk.common.link.RecordRef;

/** Collects, while counting, the records behind each figure path (R-REPORT-TRACE). */
final class TraceBook {
    private final Map<String, List<TraceLine>> lines = new HashMap<>();

    void add(String path, RecordRef record, LocalDate date, BigDecimal amount) {
        lines.computeIfAbsent(path, p -> new ArrayList<>()).add(new TraceLine(record, date, amount));
    }

    /** Adds the same line under each path (a contract makes both its group's count and its amount). */
    void addAll(List<String> paths, RecordRef record, LocalDate date, BigDecimal amount) {
        TraceLine line = new TraceLine(record, date, amount);
        for (String p : paths) {
            lines.computeIfAbsent(p, k -> new ArrayList<>()).add(line);
        }
    }

    /** Counts the lines filed under paths starting with {@code prefix}, by the rest of the path. */
    Map<String, Integer> countsUnder(String prefix) {
        Map<String, Integer> counts = new TreeMap<>();
        lines.forEach((path, list) -> {
            if (path.startsWith(prefix)) {
                counts.put(path.substring(prefix.length()), list.size());
            }
        });
        return counts;
    }

    Map<String, List<TraceLine>> build() {
        Map<String, List<TraceLine>> copy = new HashMap<>();
        lines.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }
}
