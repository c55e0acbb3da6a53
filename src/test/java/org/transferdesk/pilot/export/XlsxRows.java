package org.transferdesk.pilot.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** A printed workbook's first sheet read back as texts, for the pilot document and CLI tests. */
public final class XlsxRows {
    private XlsxRows() {
    }

    /** Every row as its cells' texts; a date cell as its ISO date. */
    public static List<List<String>> read(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
             ReadableWorkbook wb = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            for (Row r : wb.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : r) {
                    cells.add(text(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER && cell.getDataFormatString() != null
                && cell.getDataFormatString().contains("yy")) {
            return cell.asDate().toLocalDate().toString();
        }
        return cell.getText();
    }

    public static List<String> rowOf(List<List<String>> rows, String first) {
        return rows.stream().filter(r -> r.contains(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + first + " in " + rows));
    }

}
