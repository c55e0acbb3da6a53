package org.transferdesk.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.transferdesk.common.I18n;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.export.CsvCells;

/**
 * Reads a folder holding one CSV per sheet ({@code 人员.csv} or {@code people.csv}), or one such file: UTF-8 (BOM
 * allowed) or GB18030/GBK — what Chinese Excel writes for "CSV" — detected and said in a notice.
 */
final class CsvReader {
    /** RFC 4180, empty lines kept as records: a record's number is the row Excel shows for it. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvReader() {
    }

    static Map<LedgerSheet, RawSheet> readFolder(Path folder, ErrorList errors, ErrorList notices, MappingLog log,
                                                 ProgressSink progress) throws IOException {
        Map<LedgerSheet, Path> files = new EnumMap<>(LedgerSheet.class);
        for (Path file : files(folder)) {
            LedgerSheet kind = log.sheetFor(baseName(file));
            if (kind == null) {
                if (!log.ignored(baseName(file))) {
                    notices.add(null, new ImportError(file.getFileName().toString(), 0, "", "ledger.notice.sheetSkipped"));
                }
                continue;
            }
            if (files.containsKey(kind)) {
                String name = file.getFileName().toString();
                errors.add(kind, new ImportError(name, 0, "", "ledger.sheet.twice", files.get(kind).getFileName().toString()));
            } else {
                files.put(kind, file);
            }
        }
        Map<LedgerSheet, RawSheet> sheets = new EnumMap<>(LedgerSheet.class);
        for (Map.Entry<LedgerSheet, Path> e : files.entrySet()) {
            readFile(e.getKey(), e.getValue(), errors, notices, progress).ifPresent(s -> sheets.put(e.getKey(), s));
        }
        return sheets;
    }

    /** The CSV files of a folder, by name. */
    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> Files.isRegularFile(p) && baseName(p) != null).sorted().toList();
        }
    }

    /** The file name without ".csv", or null when it is not a CSV file. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : null;
    }

    /** Strict decoding first as UTF-8, then as GB18030 (a superset of GBK); neither → refused, never garbage. */
    static Optional<RawSheet> readFile(LedgerSheet kind, Path file, ErrorList errors, ErrorList notices,
                                       ProgressSink progress) throws IOException {
        String name = baseName(file);
        progress.checkCancelled();
        progress.progress(0, 0, I18n.t("ledger.progress.reading", file.getFileName()));
        LedgerLimits.checkFileSize(file);
        Text text = decode(Files.readAllBytes(file));
        if (text == null) {
            errors.add(kind, new ImportError(name, 0, "", "ledger.csv.notUtf8", file.getFileName().toString()));
            return Optional.empty();
        }
        if (text.gb18030()) {
            notices.add(kind, new ImportError(name, 0, "", "ledger.notice.gbk", file.getFileName().toString()));
        }
        List<String> headers = null;
        int headerRow = 0;
        List<RawSheet.RawRow> rows = new ArrayList<>();
        try (Reader in = new java.io.StringReader(text.content());
             CSVParser parser = CSVParser.parse(in, FORMAT)) {
            for (CSVRecord record : parser) {
                List<Object> cells = new ArrayList<>(record.values().length);
                for (String v : record.values()) {
                    // our own CSV exports quote formula-like text (CsvCells): read back what the clerk wrote
                    cells.add(CsvCells.unquote(v));
                }
                if (headers == null && !cells.isEmpty() && cells.get(0) instanceof String first
                        && first.startsWith("\uFEFF")) {
                    cells.set(0, first.substring(1));
                }
                int number = (int) record.getRecordNumber();
                LedgerLimits.checkRow(name, number, cells);
                if (RawSheet.RawRow.isBlank(cells)) {
                    continue;
                }
                if (headers == null) {
                    headers = cells.stream().map(RowCells::asText).toList();
                    headerRow = number;
                } else {
                    rows.add(new RawSheet.RawRow(number, cells));
                    LedgerLimits.checkRows(name, rows.size());
                    if (rows.size() % 1000 == 0) {
                        progress.checkCancelled();
                    }
                }
            }
        }
        return Optional.of(new RawSheet(kind, name, headerRow, headers == null ? List.of() : headers, rows));
    }

    /**
     * The text of a CSV file: strictly UTF-8 (a leading BOM dropped), else GB18030 ({@code gb18030} true); null when
     * it is neither. Shared with {@link ProblemWorkbook}, which copies the CSV files into a workbook.
     */
    static Text decode(byte[] bytes) {
        String content = decode(bytes, StandardCharsets.UTF_8);
        if (content != null) {
            return new Text(content.startsWith("\uFEFF") ? content.substring(1) : content, false);
        }
        content = decode(bytes, java.nio.charset.Charset.forName("GB18030"));
        return content == null ? null : new Text(content, true);
    }

    /** A decoded CSV file; {@code gb18030}: read as GB18030/GBK rather than UTF-8. */
    record Text(String content, boolean gb18030) {
    }

    private static String decode(byte[] bytes, java.nio.charset.Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
