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

/** Reads a folder holding one UTF-8 CSV per sheet ({@code 人员.csv} or {@code people.csv}, BOM allowed). */
final class CsvReader {
    private CsvReader() {
    }

    static Map<LedgerSheet, RawSheet> readFolder(Path folder, ErrorList errors, ProgressSink progress)
            throws IOException {
        Map<LedgerSheet, Path> files = new EnumMap<>(LedgerSheet.class);
        List<Path> candidates;
        try (Stream<Path> list = Files.list(folder)) {
            candidates = list.filter(p -> Files.isRegularFile(p) && baseName(p) != null).sorted().toList();
        }
        for (Path file : candidates) {
            LedgerSheet kind = LedgerSource.match(baseName(file));
            if (kind == null) {
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
            readFile(e.getKey(), e.getValue(), errors, progress).ifPresent(s -> sheets.put(e.getKey(), s));
        }
        return sheets;
    }

    /** The file name without ".csv", or null when it is not a CSV file. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : null;
    }

    static Optional<RawSheet> readFile(LedgerSheet kind, Path file, ErrorList errors, ProgressSink progress)
            throws IOException {
        String name = baseName(file);
        progress.checkCancelled();
        progress.progress(0, 0, I18n.t("ledger.progress.reading", file.getFileName()));
        // Strict decoding: a GBK file (Excel's plain "CSV") must be refused, not read as garbage.
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> headers = null;
        int headerRow = 0;
        List<RawSheet.RawRow> rows = new ArrayList<>();
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), utf8));
             CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                List<Object> cells = new ArrayList<>(record.values().length);
                for (String v : record.values()) {
                    cells.add(v);
                }
                if (headers == null && !cells.isEmpty() && cells.get(0) instanceof String first
                        && first.startsWith("\uFEFF")) {
                    cells.set(0, first.substring(1));
                }
                if (RawSheet.RawRow.isBlank(cells)) {
                    continue;
                }
                int number = (int) record.getRecordNumber();
                if (headers == null) {
                    headers = cells.stream().map(RowCells::asText).toList();
                    headerRow = number;
                } else {
                    rows.add(new RawSheet.RawRow(number, cells));
                    if (rows.size() % 1000 == 0) {
                        progress.checkCancelled();
                    }
                }
            }
        } catch (CharacterCodingException e) {
            errors.add(kind, new ImportError(name, 0, "", "ledger.csv.notUtf8", file.getFileName().toString()));
            return Optional.empty();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                errors.add(kind, new ImportError(name, 0, "", "ledger.csv.notUtf8", file.getFileName().toString()));
                return Optional.empty();
            }
            throw e.getCause();
        }
        return Optional.of(new RawSheet(kind, name, headerRow, headers == null ? List.of() : headers, rows));
    }
}
