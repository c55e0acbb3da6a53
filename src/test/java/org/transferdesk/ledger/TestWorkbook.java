package org.transferdesk.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Builds ledger workbooks in tests: the first row of each sheet is its header; LocalDate becomes a date cell. */
public final class TestWorkbook {
    private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();

    public static TestWorkbook create() {
        return new TestWorkbook();
    }

    public TestWorkbook sheet(String name, Object[]... rows) {
        sheets.put(name, new ArrayList<>(Arrays.asList(rows)));
        return this;
    }

    /** A sheet whose header a test keeps apart from the rows it varies. */
    public TestWorkbook sheet(String name, Object[] header, Object[][] rows) {
        List<Object[]> all = new ArrayList<>(rows.length + 1);
        all.add(header);
        all.addAll(Arrays.asList(rows));
        sheets.put(name, all);
        return this;
    }

    private final Map<String, int[]> hiddenRows = new LinkedHashMap<>();

    /** Hides rows of a sheet (0-based, the header is row 0), as a filter in Excel does. */
    public TestWorkbook hide(String sheet, int... rows) {
        hiddenRows.put(sheet, rows);
        return this;
    }

    private final Map<String, List<int[]>> merges = new LinkedHashMap<>();

    /** Merges a region of a sheet (0-based rows and columns, the header is row 0), as Excel's 合并单元格 does. */
    public TestWorkbook merge(String sheet, int firstRow, int firstCol, int lastRow, int lastCol) {
        merges.computeIfAbsent(sheet, k -> new ArrayList<>()).add(new int[] {firstRow, firstCol, lastRow, lastCol});
        return this;
    }

    public static Object[] row(Object... cells) {
        return cells;
    }

    /** A number cell formatted as a percentage: holds {@code fraction} (0.2), shows 20%. */
    public record PercentFormatted(double fraction) {
    }

    public static PercentFormatted percentCell(double fraction) {
        return new PercentFormatted(fraction);
    }

    public Path writeTo(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            for (Map.Entry<String, List<Object[]>> sheet : sheets.entrySet()) {
                Worksheet ws = workbook.newWorksheet(sheet.getKey());
                List<Object[]> rows = sheet.getValue();
                for (int[] m : merges.getOrDefault(sheet.getKey(), List.of())) {
                    ws.range(m[0], m[1], m[2], m[3]).merge();
                }
                for (int hidden : hiddenRows.getOrDefault(sheet.getKey(), new int[0])) {
                    ws.hideRow(hidden);
                }
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).length; c++) {
                        put(ws, r, c, rows.get(r)[c]);
                    }
                }
            }
            workbook.finish();
        }
        return file;
    }

    private static void put(Worksheet ws, int r, int c, Object value) {
        if (value instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format("yyyy-mm-dd").set();
        } else if (value instanceof PercentFormatted p) {
            ws.value(r, c, p.fraction());
            ws.style(r, c).format("0%").set();
        } else if (value instanceof Number n) {
            ws.value(r, c, n);
        } else if (value instanceof Boolean b) {
            ws.value(r, c, b);
        } else if (value != null) {
            ws.value(r, c, value.toString());
        }
    }
}
