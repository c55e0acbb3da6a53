package org.transferdesk.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * What a ledger file may hold, checked before and while it is read so that a damaged or hostile file is refused with
 * a message instead of exhausting memory (issue 19: one 1 GiB text cell in an .xlsx ended in OutOfMemoryError).
 * The figures are far above any real ledger (the largest tested has 10,000 rows per sheet) and are listed in the
 * README; they are properties of the program, not of a university, so they are constants, not settings.
 */
final class LedgerLimits {
    /** Any single file: .xlsx/.xls/.et as stored, .csv as text. */
    static final long MAX_FILE_BYTES = 100L << 20;
    /** One part of an .xlsx (a worksheet, the shared strings) once expanded. */
    static final long MAX_ENTRY_BYTES = 256L << 20;
    /** All parts of an .xlsx together once expanded. */
    static final long MAX_TOTAL_BYTES = 512L << 20;
    /**
     * Packed size / expanded size below which a part is taken for a zip bomb: Apache POI's own default
     * (ZipSecureFile.setMinInflateRatio 0.01), so that a file POI would refuse later is refused here with a message.
     */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Parts smaller than this are not judged by their ratio: short XML compresses well for honest reasons. */
    static final long RATIO_GRACE_BYTES = 1L << 20;
    /** Parts of one package; a real workbook has a few dozen. */
    static final int MAX_ENTRIES = 10_000;
    /** Data rows of one sheet: ten times the largest ledger tested. */
    static final int MAX_ROWS = 100_000;
    /** Characters of one cell: Excel's own limit, so no ledger Excel wrote exceeds it. */
    static final int MAX_CELL_CHARS = 32_767;
    /** Cells of one row: Excel's own column limit (XFD). */
    static final int MAX_COLUMNS = 16_384;

    /** A cell reference past column XFD (16,384): four or more letters, or three above XFD. */
    private static final java.util.regex.Pattern FAR_COLUMN = java.util.regex.Pattern.compile(
            "<c\\s[^>]*?\\br=\"([A-Z]{4,}[0-9]*|X[G-Z][A-Z][0-9]*|XF[E-Z][0-9]*|[Y-Z][A-Z]{2}[0-9]*)\"");

    private LedgerLimits() {
    }

    /** A limit broken: reading stops and this error is the import's only one. */
    static final class Exceeded extends IOException {
        private final transient ImportError error;

        Exceeded(ImportError error) {
            super(error.toString());
            this.error = error;
        }

        ImportError error() {
            return error;
        }
    }

    /** Refuses a file larger than {@link #MAX_FILE_BYTES}. */
    static void checkFileSize(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new Exceeded(new ImportError("", 0, "", "ledger.limit.fileSize", name(file), megabytes(size),
                    megabytes(MAX_FILE_BYTES)));
        }
    }

    /**
     * Expands every part of an .xlsx once, counting what comes out rather than trusting the sizes the zip declares
     * (a bomb declares small ones), and refuses the file at the first part past a limit. Reads with the same zip
     * library as the workbook readers, so it sees the parts they will see.
     */
    static void checkWorkbook(Path file) throws IOException {
        checkFileSize(file);
        long total = 0;
        int entries = 0;
        boolean sharedStrings = false;
        String sharedStringCell = null;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder().setFile(file.toFile()).get()) {
            Enumeration<ZipArchiveEntry> all = zip.getEntries();
            while (all.hasMoreElements()) {
                ZipArchiveEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw expands(file, entry.getName());
                }
                if (entry.isDirectory()) {
                    continue;
                }
                String lower = entry.getName().toLowerCase(java.util.Locale.ROOT);
                sharedStrings |= lower.endsWith("sharedstrings.xml");
                boolean worksheet = lower.startsWith("xl/worksheets/");
                String tail = "";
                long expanded = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        if (worksheet) {
                            // a cell of type "s" holds an index into the shared strings, the usual way Excel stores text
                            String text = tail + new String(buffer, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
                            if (sharedStringCell == null && text.contains("t=\"s\"")) {
                                sharedStringCell = entry.getName();
                            }
                            // a cell at column ZZZZZZ makes the streaming reader allocate a row of 321 million cells
                            java.util.regex.Matcher far = FAR_COLUMN.matcher(text);
                            if (far.find()) {
                                throw new Exceeded(new ImportError("", 0, "", "ledger.limit.cellRef", name(file),
                                        far.group(1), entry.getName()));
                            }
                            tail = text.substring(Math.max(0, text.length() - 256));
                        }
                        expanded += n;
                        total += n;
                        if (expanded > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES
                                || expanded > RATIO_GRACE_BYTES
                                && (double) entry.getCompressedSize() / expanded < MIN_INFLATE_RATIO) {
                            throw expands(file, entry.getName());
                        }
                    }
                }
            }
        }
        if (sharedStringCell != null && !sharedStrings) {
            // fastexcel reads such cells as empty: the import would find nothing and not say why (issue 19)
            throw new Exceeded(new ImportError("", 0, "", "ledger.file.noSharedStrings", name(file)));
        }
    }

    private static Exceeded expands(Path file, String part) {
        return new Exceeded(new ImportError("", 0, "", "ledger.limit.expands", name(file), part,
                megabytes(MAX_ENTRY_BYTES), Math.round(1 / MIN_INFLATE_RATIO)));
    }

    /** Refuses a sheet's data row past {@link #MAX_ROWS}. */
    static void checkRows(String sheet, int dataRows) throws Exceeded {
        if (dataRows > MAX_ROWS) {
            throw new Exceeded(new ImportError(sheet, 0, "", "ledger.limit.rows", MAX_ROWS));
        }
    }

    /** Refuses a row wider than {@link #MAX_COLUMNS} or a text cell longer than {@link #MAX_CELL_CHARS}. */
    static void checkRow(String sheet, int row, java.util.List<Object> cells) throws Exceeded {
        if (cells.size() > MAX_COLUMNS) {
            throw new Exceeded(new ImportError(sheet, row, "", "ledger.limit.columns", cells.size(), MAX_COLUMNS));
        }
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c) instanceof String s && s.length() > MAX_CELL_CHARS) {
                throw new Exceeded(new ImportError(sheet, row, column(c), "ledger.limit.cell", s.length(),
                        MAX_CELL_CHARS));
            }
        }
    }

    /** The column letters Excel shows for a 0-based index: 0 → A, 26 → AA. */
    static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** Whole megabytes, rounded up so a file just over a limit never reads as equal to it. */
    private static long megabytes(long bytes) {
        return (bytes + (1L << 20) - 1) >> 20;
    }
}
