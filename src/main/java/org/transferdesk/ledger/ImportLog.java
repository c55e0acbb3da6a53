package org.transferdesk.ledger;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The support log's lines for an import (issue 23): counts per sheet when it is committed, counts per error key when
 * it is refused. Never a cell's value or an error's arguments: those hold ID numbers and names (PIPL; DOMAIN §6: never in logs).
 */
final class ImportLog {
    private static final Logger LOG = LoggerFactory.getLogger(ImportLog.class);

    private ImportLog() {
    }

    static void committed(List<SheetCounts> counts) {
        LOG.info("Import committed: {}", counts.stream()
                .map(c -> c.sheet() + " rows=" + c.rows() + " created=" + c.created() + " updated=" + c.updated())
                .collect(Collectors.joining("; ")));
    }

    static void refused(List<ImportError> errors) {
        Map<String, Long> byKey = errors.stream()
                .collect(Collectors.groupingBy(ImportError::key, TreeMap::new, Collectors.counting()));
        LOG.warn("Import refused, nothing written: {} error(s) {}", errors.size(), byKey);
    }
}
