package org.transferdesk.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transferdesk.common.I18n;
import org.transferdesk.common.ProgressSink;

/**
 * Opens whatever the clerk picked: an .xlsx workbook, a folder of CSV files, or a single CSV file named
 * after its sheet. Problems with the file itself become errors of the import, not exceptions.
 */
final class LedgerSource {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerSource.class);

    private LedgerSource() {
    }

    /**
     * The sheet a worksheet or CSV name means: its exact name or alias, else the one sheet whose Chinese name it
     * contains ("到账明细", "2024年合同台账"). A name containing two sheets' names ("成果转化合同") means neither.
     */
    static LedgerSheet match(String name) {
        for (LedgerSheet s : LedgerSheet.values()) {
            if (s.matches(name)) {
                return s;
            }
        }
        if (name == null) {
            return null;
        }
        List<LedgerSheet> containing = java.util.Arrays.stream(LedgerSheet.values())
                .filter(s -> name.contains(s.sheetName())).toList();
        return containing.size() == 1 ? containing.get(0) : null;
    }

    /**
     * The sheet a workbook's worksheet is read as, or null when it is skipped (no sheet of the ledger) or is a second
     * worksheet of one sheet (an error); a worksheet read under another name is said, and one accepted is reported
     * to {@code progress} as being read. Shared by the workbook readers.
     */
    static LedgerSheet accept(String name, Map<LedgerSheet, RawSheet> read, ErrorList errors, ErrorList notices,
                              MappingLog log, ProgressSink progress) {
        LedgerSheet kind = log.sheetFor(name);
        if (kind == null) {
            if (!log.ignored(name)) {
                notices.add(null, new ImportError(name, 0, "", "ledger.notice.sheetSkipped"));
            }
            return null;
        }
        if (read.containsKey(kind)) {
            errors.add(kind, new ImportError(name, 0, "", "ledger.sheet.twice", read.get(kind).name()));
            return null;
        }
        if (!kind.matches(name) && log.mapping().sheetFor(name).isEmpty()) {
            notices.add(kind, new ImportError(name, 0, "", "ledger.notice.sheetAs", kind.sheetName()));
        }
        progress.checkCancelled();
        progress.progress(0, 0, I18n.t("ledger.progress.reading", name));
        return kind;
    }

    /** The notice naming the hidden rows a workbook reader left out (the first 20 of them). */
    static void noteHidden(LedgerSheet kind, String sheetName, List<Integer> hidden, ErrorList notices) {
        if (hidden.isEmpty()) {
            return;
        }
        notices.add(kind, new ImportError(sheetName, 0, "", "ledger.notice.hiddenRows", hidden.size(), rowNumbers(hidden)));
    }

    /** "2, 4, 5" — the first 20 row numbers of a notice, then "…". */
    static String rowNumbers(List<Integer> rows) {
        return rows.stream().limit(20).map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                + (rows.size() > 20 ? " …" : "");
    }

    /** The two workbook formats by their first bytes: a zip (.xlsx) and an OLE2 compound file (.xls, .et). */
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    /**
     * True (and an error said) when a file's content is the other workbook format than its name says — an .xls
     * renamed .xlsx, or a workbook named .csv — which the reader of its name would fail on with no useful word.
     */
    static boolean misnamed(Path source, String lower, ErrorList errors) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (java.io.InputStream in = Files.newInputStream(source)) {
            n = in.readNBytes(head, 0, head.length);
        }
        boolean zip = n >= ZIP.length && java.util.Arrays.equals(head, 0, ZIP.length, ZIP, 0, ZIP.length);
        boolean ole2 = n == OLE2.length && java.util.Arrays.equals(head, OLE2);
        String actual = zip ? ".xlsx" : ole2 ? ".xls" : null;
        boolean xlsx = lower.endsWith(".xlsx") || lower.endsWith(".xlsm");
        boolean xls = lower.endsWith(".xls") || lower.endsWith(".et");
        boolean wrong = zip && !xlsx || ole2 && !xls;
        if (wrong && (xlsx || xls || lower.endsWith(".csv"))) {
            errors.add(null, new ImportError("", 0, "", "ledger.file.misnamed", source.getFileName().toString(), actual));
            return true;
        }
        return false;
    }

    /** {@code notices}: the worksheets read under another name and those skipped, for the preview. */
    static Map<LedgerSheet, RawSheet> read(Path source, ErrorList errors, ErrorList notices, boolean includeHidden,
                                           MappingLog log, ProgressSink progress) {
        String fileName = source.getFileName() == null ? source.toString() : source.getFileName().toString();
        String lower = fileName.toLowerCase(Locale.ROOT);
        Map<LedgerSheet, RawSheet> sheets = new EnumMap<>(LedgerSheet.class);
        try {
            if (!Files.exists(source)) {
                errors.add(null, new ImportError("", 0, "", "ledger.file.notFound", source.toString()));
            } else if (Files.isDirectory(source)) {
                sheets.putAll(CsvReader.readFolder(source, errors, notices, log, progress));
            } else if (misnamed(source, lower, errors)) {
                return sheets;
            } else if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
                LedgerLimits.checkWorkbook(source);
                sheets.putAll(XlsxReader.read(source, errors, notices, includeHidden, log, progress));
            } else if (lower.endsWith(".csv")) {
                LedgerSheet kind = log.sheetFor(CsvReader.baseName(source));
                if (kind == null) {
                    errors.add(null, new ImportError("", 0, "", "ledger.file.csvName", fileName));
                } else {
                    CsvReader.readFile(kind, source, errors, notices, progress).ifPresent(s -> sheets.put(kind, s));
                }
            } else if (lower.endsWith(".xls") || lower.endsWith(".et")) {
                LedgerLimits.checkFileSize(source);
                sheets.putAll(XlsReader.read(source, errors, notices, includeHidden, log, progress));
            } else {
                errors.add(null, new ImportError("", 0, "", "ledger.file.unsupported", fileName));
            }
        } catch (CancellationException e) {
            throw e;
        } catch (LedgerLimits.Exceeded e) {
            errors.add(null, e.error());
            sheets.clear();
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Errors: a damaged part (a cell reference at column ZZZZZZ) can make a reader allocate for what is not
            // there; that allocation is garbage once the reader is gone, so the clerk gets a message, not a dead JVM.
            // The limits of LedgerLimits keep honest-looking files from getting this far.
            // The clerk gets a plain message; the details are for the log.
            LOG.warn("Could not read ledger source {}", source, e);
            errors.add(null, new ImportError("", 0, "", "ledger.file.unreadable", fileName));
            sheets.clear();
        }
        if (sheets.isEmpty() && errors.isEmpty()) {
            errors.add(null, new ImportError("", 0, "", "ledger.file.noSheets", fileName));
        } else if (errors.isEmpty() && sheets.values().stream().allMatch(s -> s.rows().isEmpty())) {
            // an import of nothing must say so (issue 19: a damaged file "imported" without a word); an empty
            // template is still a valid ledger, so this is a notice, not a refusal
            notices.add(null, new ImportError("", 0, "", "ledger.file.noRows", fileName));
        }
        return sheets;
    }
}
