package org.transferdesk.audit;

import java.util.List;

/**
 * Which record a stored id names (issue 24 item 1): the table it is a row of and the columns that read as its name,
 * joined by a space ("JS-2026-001 锂电池材料独占许可"). A feature declares it for its foreign-key columns, so the rows
 * the shared database audits itself (V24: columns as fields, ids as values) read the referenced record's name; the
 * audit package queries the names by table and column name and so still knows no feature.
 */
public record RecordReference(String table, List<String> nameColumns) {
    public RecordReference {
        if (nameColumns.isEmpty()) {
            throw new IllegalArgumentException("a record reads by at least one column: " + table);
        }
        nameColumns = List.copyOf(nameColumns);
    }
}
