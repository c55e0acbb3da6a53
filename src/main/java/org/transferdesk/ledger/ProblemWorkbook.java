package org.transferdesk.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.export.AtomicFile;
import org.transferdesk.export.ColumnWidths;

/**
 * The problems of a check as a copy of the ledger a clerk fixes in Excel (issue: "problems can be exported as a
 * copy of the workbook with the bad cells highlighted and a 问题 column"). The copy is always an .xlsx workbook:
 * <ul>
 *   <li>.xlsx: copied as it is (Apache POI, read from memory: the source file is never opened for writing);</li>
 *   <li>.xlsm: copied without its macros (a problem list need not run them, and an .xlsx that claims macros is one
 *       Excel refuses to open);</li>
 *   <li>.xls/.et: converted to .xlsx ({@link XlsToXlsx} says what is kept): POI cannot write comments into the old
 *       format without a library the app leaves out;</li>
 *   <li>a CSV file or a folder of them: a new workbook with one worksheet per CSV file (named as the file without
 *       ".csv"), every cell as text, each record on the row the import numbers it by. A file that is neither UTF-8
 *       nor GB18030 is left out (the import's own error about it is on 问题汇总).</li>
 * </ul>
 * In the copy, each cell a problem names — found by its worksheet, row and the header text in the sheet's header
 * row, which may have title rows above it — is filled light red (an error) or light yellow (a notice only), in a
 * clone of its own style so its number or date format stays, and carries the messages as a comment. A 问题 column
 * after the last used column holds, on each row with problems, all of them joined with "；" (notices marked
 * 「提示」). The first worksheet, 问题汇总, lists every problem (worksheet, row, column, message), also those of a
 * whole sheet or file (row 0) and those whose worksheet is not in the copy, so nothing is lost. Exporting again
 * from a copy (made in the same language) replaces its 问题汇总 sheet and refills its 问题 column.
 */
public final class ProblemWorkbook {
    /** Excel's "Bad" light red: a cell with an error. */
    static final String ERROR_FILL = "FFC7CE";
    /** Excel's "Neutral" light yellow: a cell with notices only. */
    static final String NOTICE_FILL = "FFEB9C";
    private static final String ERROR_TEXT = "9C0006";
    private static final String NOTICE_TEXT = "9C5700";
    private static final String LINK_TEXT = "0563C1";
    private static final String AUTHOR = "TransferDesk";
    private static final String ROW_SEPARATOR = "；";
    /** Widths are measured on the first rows only. */
    private static final int WIDTH_SAMPLE = 1000;

    /**
     * What was written: {@code problems} listed on 问题汇总 (errors and the notices passed), {@code cells}
     * highlighted, {@code rows} given a 问题 entry, the worksheets marked (names as in the copy), and
     * {@code listedOnly}: the problems only 问题汇总 shows (of a whole sheet or file, of a worksheet not in the
     * copy, or about the 问题 column of an earlier copy).
     */
    public record Summary(Path file, int problems, int cells, int rows, List<String> sheets, int listedOnly) {
        public Summary {
            sheets = List.copyOf(sheets);
        }
    }

    private ProblemWorkbook() {
    }

    /** The errors of a check (a question asked once marked at every cell it stands for), and its notices when {@code withNotices}. */
    public static Summary write(Path source, ImportPreview preview, boolean withNotices, Path target) {
        List<ImportError> errors = new ArrayList<>(preview.errors());
        errors.addAll(preview.otherCellsOfQuestions());
        return write(source, errors, withNotices ? preview.notices() : List.of(), target);
    }

    /**
     * Writes the copy of {@code source} (the .xlsx/.xlsm/.xls/.et workbook, CSV file or CSV folder that was
     * checked) marked with {@code errors} (light red) and {@code notices} (light yellow, 「提示」; pass an empty list
     * to leave them out) to {@code target}, an .xlsx file, through a temporary file. The source is only read.
     *
     * @throws UserFacingException when the source cannot be read, the target is the source, or writing fails
     */
    public static Summary write(Path source, List<ImportError> errors, List<ImportError> notices, Path target) {
        refuseOverwriting(source, target);
        List<Mark> marks = new ArrayList<>(errors.size() + notices.size());
        errors.forEach(e -> marks.add(new Mark(e, false, e.message())));
        notices.forEach(n -> marks.add(new Mark(n, true, noticeText(n.message()))));
        try (Copy copy = Copy.of(source)) {
            XSSFWorkbook workbook = copy.workbook;
            String summaryName = removeOldSummary(copy);
            Map<XSSFSheet, List<Mark>> bySheet = new LinkedHashMap<>();
            Map<XSSFSheet, String> sourceNames = new HashMap<>();
            int listedOnly = 0;
            for (Mark m : marks) {
                XSSFSheet sheet = m.problem.row() > 0 ? copy.sheet(m.problem.sheet()) : null;
                if (sheet == null) {
                    listedOnly++;
                } else {
                    bySheet.computeIfAbsent(sheet, s -> new ArrayList<>()).add(m);
                    sourceNames.putIfAbsent(sheet, m.problem.sheet());
                }
            }
            Styles styles = new Styles(workbook);
            int cells = 0;
            int rows = 0;
            List<String> marked = new ArrayList<>();
            for (Map.Entry<XSSFSheet, List<Mark>> e : bySheet.entrySet()) {
                SheetMarker marker = new SheetMarker(e.getKey(), sourceNames.get(e.getKey()), styles);
                marker.mark(e.getValue());
                cells += marker.cells;
                rows += marker.rows;
                listedOnly += marker.listedOnly;
                marked.add(e.getKey().getSheetName());
            }
            writeSummary(workbook, summaryName, marks, styles);
            AtomicFile.write(target, workbook::write);
            return new Summary(target, marks.size(), cells, rows, marked, listedOnly);
        }
    }

    /** A name for the copy: the source's name with "-问题" and ".xlsx". */
    public static String suggestedFileName(Path source) {
        Path name = source.toAbsolutePath().normalize().getFileName();
        String base = name == null ? "ledger" : name.toString();
        int dot = base.lastIndexOf('.');
        if (dot > 0 && !Files.isDirectory(source)) {
            base = base.substring(0, dot);
        }
        return I18n.t("import.problemWorkbook.fileName", base);
    }

    private static void refuseOverwriting(Path source, Path target) {
        Path s = source.toAbsolutePath().normalize();
        Path t = target.toAbsolutePath().normalize();
        boolean same = s.equals(t);
        try {
            same = same || Files.exists(t) && Files.exists(s) && Files.isSameFile(s, t);
        } catch (IOException e) {
            // cannot compare: the paths differ, and writing will say what is wrong
        }
        if (same) {
            throw new UserFacingException("import.problemWorkbook.sameFile", String.valueOf(t.getFileName()));
        }
    }

    /** A notice's text, marked 「提示」 unless it already starts so ("提示：…"). */
    static String noticeText(String message) {
        String word = I18n.t("import.problemWorkbook.notice");
        return message.startsWith(word) ? message : I18n.t("import.problemWorkbook.noticed", word, message);
    }

    /** One problem and the text it shows; {@code sheet/row/column}: the cell 问题汇总 links to, once placed. */
    private static final class Mark {
        final ImportError problem;
        final boolean notice;
        final String text;
        String sheet;
        int row = -1;
        int column = -1;

        Mark(ImportError problem, boolean notice, String text) {
            this.problem = problem;
            this.notice = notice;
            this.text = text;
        }

        void placeAt(XSSFSheet in, int r, int c) {
            sheet = in.getSheetName();
            row = r;
            column = c;
        }
    }

    // ---------------------------------------------------------------- the copy

    /** The workbook copied into memory, and its worksheets by the names the import gives them. */
    private static final class Copy implements AutoCloseable {
        private static final int HEADER_ROOM = 10;
        final XSSFWorkbook workbook;
        final Map<String, XSSFSheet> sheets = new HashMap<>();

        Copy(XSSFWorkbook workbook) {
            this.workbook = workbook;
        }

        static Copy of(Path source) {
            String fileName = source.getFileName() == null ? source.toString() : source.getFileName().toString();
            String lower = fileName.toLowerCase(Locale.ROOT);
            try {
                if (Files.isDirectory(source)) {
                    return csv(CsvReader.files(source));
                } else if (lower.endsWith(".csv")) {
                    return csv(List.of(source));
                } else if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")
                        || lower.endsWith(".et")) {
                    return workbook(source);
                }
            } catch (UserFacingException e) {
                throw e;
            } catch (LedgerLimits.Exceeded e) {
                // issue 19: the copy reads the whole file into memory, so a bomb the check refused must not get here
                throw new UserFacingException("import.problemWorkbook.refused", new Object[] {fileName,
                        e.error().message()}, e);
            } catch (Exception e) {
                throw new UserFacingException("import.problemWorkbook.unreadable", new Object[] {fileName}, e);
            }
            throw new UserFacingException("ledger.file.unsupported", fileName);
        }

        /**
         * By content, not name: an .et or .xls file may well be an .xlsx one. Within the import's limits
         * (LedgerLimits): an .xls is bounded by its own format (65,536 rows of 256 cells) and the file size, an .xlsx
         * (a zip) by what its parts expand to.
         */
        private static Copy workbook(Path source) throws Exception {
            LedgerLimits.checkFileSize(source);
            byte[] bytes = Files.readAllBytes(source);
            FileMagic magic = FileMagic.valueOf(bytes);
            if (magic != FileMagic.OLE2) {
                LedgerLimits.checkWorkbook(source);
            }
            if (magic == FileMagic.OLE2) {
                try (HSSFWorkbook old = new HSSFWorkbook(new ByteArrayInputStream(bytes))) {
                    return named(XlsToXlsx.convert(old));
                }
            }
            OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            dropMacros(pkg);
            XSSFWorkbook workbook = new XSSFWorkbook(pkg);
            if (workbook.getWorkbookType() != XSSFWorkbookType.XLSX) {
                workbook.setWorkbookType(XSSFWorkbookType.XLSX);
            }
            return named(workbook);
        }

        private static Copy named(XSSFWorkbook workbook) {
            Copy copy = new Copy(workbook);
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                copy.sheets.put(workbook.getSheetName(i), workbook.getSheetAt(i));
            }
            return copy;
        }

        /** Removes the VBA project (and what hangs off it, its signature) from the in-memory package. */
        private static void dropMacros(OPCPackage pkg) throws Exception {
            for (PackagePart book : pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT)) {
                List<PackageRelationship> vba = new ArrayList<>();
                book.getRelationshipsByType(XSSFRelation.VBA_MACROS.getRelation()).forEach(vba::add);
                for (PackageRelationship rel : vba) {
                    book.removeRelationship(rel.getId());
                    pkg.removePartRecursive(PackagingURIHelper.createPartName(
                            PackagingURIHelper.resolvePartUri(book.getPartName().getURI(), rel.getTargetURI())));
                }
            }
        }

        private static Copy csv(List<Path> files) throws IOException {
            XSSFWorkbook workbook = new XSSFWorkbook();
            Copy copy = new Copy(workbook);
            XSSFCellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            int maxText = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
            for (Path file : files) {
                LedgerLimits.checkFileSize(file);
                CsvReader.Text decoded = CsvReader.decode(Files.readAllBytes(file));
                if (decoded == null) {
                    continue;
                }
                String name = CsvReader.baseName(file);
                XSSFSheet sheet = workbook.createSheet(uniqueName(workbook, WorkbookUtil.createSafeSheetName(
                        name.isBlank() ? "CSV" : name)));
                copy.sheets.put(name, sheet);
                Map<Integer, Integer> widths = new TreeMap<>();
                try (CSVParser parser = CSVParser.parse(decoded.content(), CsvReader.FORMAT)) {
                    for (CSVRecord record : parser) {
                        int r = (int) record.getRecordNumber() - 1;
                        // the header (and a title row or two) besides the data rows the import takes
                        LedgerLimits.checkRows(name, r - HEADER_ROOM);
                        XSSFRow row = null;
                        for (int c = 0; c < record.size(); c++) {
                            String value = record.get(c);
                            if (value.isEmpty()) {
                                continue;
                            }
                            if (row == null) {
                                row = sheet.createRow(r);
                            }
                            XSSFCell cell = row.createCell(c);
                            cell.setCellValue(value.length() > maxText ? value.substring(0, maxText) : value);
                            cell.setCellStyle(text);
                            if (r < WIDTH_SAMPLE) {
                                widths.merge(c, ColumnWidths.of(value), Math::max);
                            }
                        }
                    }
                }
                // what the clerk types into these columns stays text too (a staff number 00123)
                widths.forEach((c, w) -> {
                    sheet.setColumnWidth(c, ColumnWidths.fit(w) * 256);
                    sheet.setDefaultColumnStyle(c, text);
                });
            }
            return copy;
        }

        /** The worksheet a problem names: by the name the import gave it, else as Excel finds names. */
        XSSFSheet sheet(String name) {
            XSSFSheet sheet = sheets.get(name);
            return sheet != null || name.isEmpty() ? sheet : workbook.getSheet(name);
        }

        @Override
        public void close() {
            try {
                workbook.close();
            } catch (IOException e) {
                // in memory only: nothing to release that matters
            }
        }
    }

    private static String uniqueName(XSSFWorkbook workbook, String name) {
        String unique = name;
        for (int n = 2; workbook.getSheetIndex(unique) >= 0; n++) {
            String suffix = " (" + n + ")";
            unique = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        return unique;
    }

    // ---------------------------------------------------------------- marking one worksheet

    /** Marks one worksheet: its header row, the problems' cells, the 问题 column. */
    private static final class SheetMarker {
        final XSSFSheet sheet;
        final String sourceName;
        final Styles styles;
        int cells;
        int rows;
        int listedOnly;

        SheetMarker(XSSFSheet sheet, String sourceName, Styles styles) {
            this.sheet = sheet;
            this.sourceName = sourceName;
            this.styles = styles;
        }

        void mark(List<Mark> marks) {
            int firstRow = marks.stream().mapToInt(m -> m.problem.row()).min().orElse(1) - 1;
            Set<String> named = new HashSet<>();
            for (Mark m : marks) {
                String key = LedgerColumn.compact(m.problem.column());
                if (!key.isEmpty()) {
                    named.add(key);
                }
            }
            int header = headerRow(named, firstRow);
            Map<String, Integer> columns = columns(header);
            String label = I18n.t("import.problemWorkbook.column");
            int last = lastUsedColumn();
            int problemColumn;
            CellStyle headerStyle = null;
            Row headerRow = header < 0 ? null : sheet.getRow(header);
            if (headerRow != null && last >= 0 && label.equals(strip(text(headerRow.getCell(last))))) {
                problemColumn = last; // a copy exported before: its 问题 column is refilled
                clearColumn(problemColumn, header);
                headerStyle = headerRow.getCell(last).getCellStyle();
            } else {
                problemColumn = last + 1;
                Cell neighbour = headerRow == null || last < 0 ? null : headerRow.getCell(last);
                headerStyle = neighbour == null ? null : neighbour.getCellStyle();
            }

            Map<Long, List<Mark>> byCell = new LinkedHashMap<>();
            Map<Integer, List<Mark>> byRow = new TreeMap<>();
            List<Mark> onHeader = new ArrayList<>();
            for (Mark m : marks) {
                int r = m.problem.row() - 1;
                Integer c = columns.get(LedgerColumn.compact(m.problem.column()));
                if (c != null && c == problemColumn) {
                    listedOnly++; // about the 问题 column of an earlier copy ("not imported"): 问题汇总 lists it
                    continue;
                }
                if (c != null) {
                    long at = topLeft(r, c);
                    byCell.computeIfAbsent(at, k -> new ArrayList<>()).add(m);
                    m.placeAt(sheet, (int) (at >> 16), (int) (at & 0xFFFF));
                }
                if (r != header) {
                    byRow.computeIfAbsent(r, k -> new ArrayList<>()).add(m);
                    if (c == null) {
                        m.placeAt(sheet, r, problemColumn);
                    }
                } else if (c == null) {
                    onHeader.add(m); // a missing column, the title rows: a comment on the 问题 header
                    m.placeAt(sheet, r, problemColumn);
                }
            }

            byCell.forEach((at, list) -> {
                XSSFCell cell = cell((int) (at >> 16), (int) (at & 0xFFFF));
                boolean error = list.stream().anyMatch(m -> !m.notice);
                cell.setCellStyle(styles.highlighted(originalStyle(cell), error));
                comment(cell, list);
                cells++;
            });
            int width = ColumnWidths.of(label);
            for (Map.Entry<Integer, List<Mark>> e : byRow.entrySet()) {
                List<Mark> list = e.getValue();
                String joined = String.join(ROW_SEPARATOR, list.stream().map(m -> m.text).toList());
                XSSFCell cell = cell(e.getKey(), problemColumn);
                cell.setCellValue(joined);
                cell.setCellStyle(styles.text(list.stream().anyMatch(m -> !m.notice)));
                if (rows++ < WIDTH_SAMPLE) {
                    width = Math.max(width, ColumnWidths.of(joined));
                }
            }
            if (header >= 0) {
                XSSFCell cell = cell(header, problemColumn);
                cell.setCellValue(label);
                if (headerStyle != null) {
                    cell.setCellStyle(headerStyle);
                }
                if (!onHeader.isEmpty()) {
                    comment(cell, onHeader);
                }
            }
            sheet.setColumnWidth(problemColumn, ColumnWidths.fit(width) * 256);
        }

        /**
         * The header row (0-based): at or above the first problem's row, the row naming most of the columns the
         * problems name; when they name none found, the row the import takes for the ledger sheet (the first of the
         * top rows naming two of its columns), else the first non-blank row; -1 for an empty sheet.
         */
        private int headerRow(Set<String> named, int lastCandidate) {
            int best = -1;
            int bestCount = 0;
            int end = Math.min(lastCandidate, sheet.getLastRowNum());
            for (int r = Math.max(sheet.getFirstRowNum(), 0); r <= end && !named.isEmpty(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Set<String> found = new HashSet<>();
                for (Cell cell : row) {
                    String key = LedgerColumn.compact(text(cell));
                    if (named.contains(key)) {
                        found.add(key);
                    }
                }
                if (found.size() > bestCount) {
                    best = r;
                    bestCount = found.size();
                }
            }
            if (best >= 0) {
                return best;
            }
            LedgerSheet kind = LedgerSource.match(sourceName);
            int first = -1;
            int seen = 0;
            for (int r = Math.max(sheet.getFirstRowNum(), 0); r <= end && seen <= HeaderFinder.LOOK_AHEAD; r++) {
                List<String> texts = texts(sheet.getRow(r));
                if (texts.stream().allMatch(t -> t == null || t.isBlank())) {
                    continue;
                }
                if (first < 0) {
                    first = r;
                }
                if (kind != null && HeaderFinder.namesColumns(kind, texts)) {
                    return r;
                }
                seen++;
            }
            return first;
        }

        /** Header key → column index (the first cell of a key). */
        private Map<String, Integer> columns(int header) {
            Map<String, Integer> columns = new HashMap<>();
            Row row = header < 0 ? null : sheet.getRow(header);
            if (row != null) {
                for (Cell cell : row) {
                    String key = LedgerColumn.compact(text(cell));
                    if (!key.isEmpty()) {
                        columns.putIfAbsent(key, cell.getColumnIndex());
                    }
                }
            }
            return columns;
        }

        /** The last column holding a value in any row (styled empty cells do not count); -1 for none. */
        private int lastUsedColumn() {
            int last = -1;
            for (Row row : sheet) {
                for (int c = row.getLastCellNum() - 1; c > last; c--) {
                    String text = text(row.getCell(c));
                    if (text != null && !text.isBlank()) {
                        last = c;
                        break;
                    }
                }
            }
            return last;
        }

        private void clearColumn(int column, int header) {
            for (Row row : sheet) {
                Cell cell = row.getCell(column);
                if (cell != null && row.getRowNum() != header) {
                    row.removeCell(cell);
                }
            }
        }

        /** The top-left cell of the merged region holding (r, c): the one Excel shows. As r << 16 | c. */
        private long topLeft(int r, int c) {
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                if (region.isInRange(r, c)) {
                    return ((long) region.getFirstRow() << 16) | region.getFirstColumn();
                }
            }
            return ((long) r << 16) | c;
        }

        private XSSFCell cell(int r, int c) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) {
                row = sheet.createRow(r);
            }
            XSSFCell cell = row.getCell(c);
            return cell != null ? cell : row.createCell(c);
        }

        /** A cell's style; for a cell just created, the row's or column's (what Excel showed it in). */
        private CellStyle originalStyle(XSSFCell cell) {
            if (cell.getCellStyle() != null && cell.getCellStyle().getIndex() != 0) {
                return cell.getCellStyle();
            }
            Row row = cell.getRow();
            if (row.isFormatted() && row.getRowStyle() != null) {
                return row.getRowStyle();
            }
            CellStyle column = sheet.getColumnStyle(cell.getColumnIndex());
            return column != null ? column : cell.getCellStyle();
        }

        /** The messages as the cell's comment; an existing comment is kept below them. */
        private void comment(XSSFCell cell, List<Mark> list) {
            String text = String.join("\n", list.stream().map(m -> m.text).toList());
            XSSFComment existing = cell.getCellComment();
            if (existing != null) {
                existing.setString(new XSSFRichTextString(text + "\n\n" + existing.getString().getString()));
                return;
            }
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
            int lines = list.stream().mapToInt(m -> 1 + ColumnWidths.of(m.text) / 36).sum();
            // beside the cell, as Excel places a note — unless the cell there has one: POI files a new comment
            // under its anchor's top-left cell before moving it, and refuses a second one there
            int c = cell.getColumnIndex();
            int left = sheet.getCellComment(new CellAddress(cell.getRowIndex(), c + 1)) == null ? c + 1 : c;
            anchor.setCol1(left);
            anchor.setCol2(left + 4);
            anchor.setRow1(cell.getRowIndex());
            anchor.setRow2(cell.getRowIndex() + Math.min(lines, 15) + 1);
            XSSFComment comment = drawing.createCellComment(anchor);
            comment.setString(new XSSFRichTextString(text));
            comment.setAuthor(AUTHOR);
            cell.setCellComment(comment);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        if (row != null) {
            for (int c = 0; c < row.getLastCellNum(); c++) {
                texts.add(text(row.getCell(c)));
            }
        }
        return texts;
    }

    /** A cell as the import reads it as text (a number without ".0"); null when empty. */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> RowCells.asText(new BigDecimal(Double.toString(cell.getNumericCellValue())));
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> null;
        };
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    // ---------------------------------------------------------------- styles

    /** The styles the copy adds, each made once (Excel allows 64,000 in a workbook). */
    private static final class Styles {
        private final XSSFWorkbook workbook;
        private final Map<Integer, XSSFCellStyle> highlighted = new HashMap<>();
        private final Map<String, XSSFCellStyle> added = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
        }

        /** {@code original} (its format, font, borders) with a solid light-red or light-yellow fill. */
        XSSFCellStyle highlighted(CellStyle original, boolean error) {
            int index = original == null ? 0 : original.getIndex() & 0xFFFF;
            return highlighted.computeIfAbsent(index * 2 + (error ? 1 : 0), k -> {
                XSSFCellStyle style = workbook.createCellStyle();
                style.cloneStyleFrom(workbook.getCellStyleAt(index));
                style.setFillForegroundColor(color(error ? ERROR_FILL : NOTICE_FILL));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                return style;
            });
        }

        /** The text of a problem: dark red (an error), dark yellow (notices only). */
        XSSFCellStyle text(boolean error) {
            return font(error ? ERROR_TEXT : NOTICE_TEXT, false, false);
        }

        XSSFCellStyle header() {
            return font(null, true, false);
        }

        XSSFCellStyle link() {
            return font(LINK_TEXT, false, true);
        }

        private XSSFCellStyle font(String rgb, boolean bold, boolean underline) {
            return added.computeIfAbsent(rgb + bold + underline, k -> {
                XSSFFont font = workbook.createFont();
                XSSFFont base = workbook.getFontAt(0);
                font.setFontName(base.getFontName());
                font.setFontHeight(base.getFontHeight());
                font.setBold(bold);
                if (underline) {
                    font.setUnderline(Font.U_SINGLE);
                }
                if (rgb != null) {
                    font.setColor(color(rgb));
                }
                XSSFCellStyle style = workbook.createCellStyle();
                style.setFont(font);
                return style;
            });
        }

        private XSSFColor color(String rgb) {
            byte[] bytes = new byte[3];
            for (int i = 0; i < 3; i++) {
                bytes[i] = (byte) Integer.parseInt(rgb.substring(2 * i, 2 * i + 2), 16);
            }
            return new XSSFColor(bytes, workbook.getStylesSource().getIndexedColors());
        }
    }

    // ---------------------------------------------------------------- 问题汇总

    private static List<String> summaryHeaders() {
        return List.of(I18n.t("import.sheet"), I18n.t("import.row"), I18n.t("import.column"),
                I18n.t("import.message"));
    }

    /**
     * Removes the 问题汇总 sheet a copy exported before has (known by its header row); returns the name for the new
     * one — another when a worksheet of the ledger itself is called so.
     */
    private static String removeOldSummary(Copy copy) {
        XSSFWorkbook workbook = copy.workbook;
        String name = I18n.t("import.problemWorkbook.summarySheet");
        int index = workbook.getSheetIndex(name);
        if (index >= 0 && texts(workbook.getSheetAt(index).getRow(0)).equals(summaryHeaders())) {
            copy.sheets.values().remove(workbook.getSheetAt(index));
            workbook.removeSheetAt(index);
        }
        return uniqueName(workbook, name);
    }

    /** The first worksheet: every problem, a link to its cell where it has one; the one selected on opening. */
    private static void writeSummary(XSSFWorkbook workbook, String name, List<Mark> marks, Styles styles) {
        XSSFSheet sheet = workbook.createSheet(name);
        workbook.setSheetOrder(name, 0);
        List<String> headers = summaryHeaders();
        int[] widths = new int[headers.size()];
        XSSFRow top = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            XSSFCell cell = top.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.header());
            widths[c] = ColumnWidths.of(headers.get(c));
        }
        int r = 1;
        for (Mark m : marks) {
            XSSFRow row = sheet.createRow(r);
            ImportError p = m.problem;
            row.createCell(0).setCellValue(p.sheet());
            if (p.row() > 0) {
                XSSFCell at = row.createCell(1);
                at.setCellValue(p.row());
                if (m.sheet != null) {
                    XSSFHyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                    link.setAddress("'" + m.sheet.replace("'", "''") + "'!"
                            + new CellReference(m.row, m.column).formatAsString());
                    at.setHyperlink(link);
                    at.setCellStyle(styles.link());
                }
            }
            row.createCell(2).setCellValue(p.column());
            XSSFCell message = row.createCell(3);
            message.setCellValue(m.text);
            message.setCellStyle(styles.text(!m.notice));
            if (r++ <= WIDTH_SAMPLE) {
                widths[0] = Math.max(widths[0], ColumnWidths.of(p.sheet()));
                widths[2] = Math.max(widths[2], ColumnWidths.of(p.column()));
                widths[3] = Math.max(widths[3], ColumnWidths.of(m.text));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, ColumnWidths.fit(widths[c]) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (!marks.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, marks.size(), 0, headers.size() - 1));
        }
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        workbook.setFirstVisibleTab(0);
    }
}
