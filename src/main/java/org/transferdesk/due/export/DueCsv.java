package org.transferdesk.due.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.transferdesk.due.DueItem;
import org.transferdesk.export.AtomicFile;
import org.transferdesk.export.CsvCells;

/**
 * The due list as CSV (RFC 4180): one row per item, headers are the {@link DueJson} field names (the
 * record flattened) and values are as in the JSON, so scripts read both alike; null is empty.
 */
public final class DueCsv {
    public static final List<String> HEADERS = List.of("key", "kind", "rule", "dueOn", "daysLeft", "overdue", "level",
            "recordType", "recordId", "record", "action", "amount", "detail");

    private DueCsv() {
    }

    /** No BOM (see {@link #write(Path, List, LocalDate, List)} for files); the writer is flushed, not closed. */
    public static void write(List<DueItem> items, LocalDate today, List<Integer> reminderDays, Writer out)
            throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
        printer.printRecord(HEADERS);
        for (DueItem item : items) {
            Integer level = item.level(today, reminderDays);
            List<String> row = Arrays.asList(item.key(), item.kind().name(), item.rule(), item.dueOn().toString(),
                    Long.toString(item.daysLeft(today)), Boolean.toString(item.overdue(today)),
                    level == null ? null : level.toString(), item.record().type().name(),
                    Long.toString(item.record().id()), item.record().label(), item.action(),
                    DueJson.amount(item.amount()), item.detail());
            printer.printRecord(CsvCells.safe(row));
        }
        printer.flush();
    }

    /** UTF-8 with a BOM, so Excel opens the Chinese right, through {@link AtomicFile}. */
    public static void write(Path file, List<DueItem> items, LocalDate today, List<Integer> reminderDays) {
        AtomicFile.write(file, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            write(items, today, reminderDays, writer);
        });
    }
}
