package org.transferdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a list workbook back with POI (a reader other than the writer) and checks what every printed list has: A4 one
 * page wide, the column headers frozen and repeated on each page, the title and the filter line above them, page
 * numbers in the footer; a screen's own test then checks its rows.
 */
public final class PrintedListReadBack {
    private PrintedListReadBack() {
    }

    /** {@code filterLine}: how row 2 starts (the filter in words; the export date follows it). */
    public static void check(Path file, String title, String filterLine, List<String> headers,
                             Consumer<XSSFSheet> rows) {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(TableExport.LIST_HEADER_ROW);
            assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(TableExport.LIST_HEADER_ROW);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getFooter().getRight()).contains("&P").contains("&N");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(title);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith(filterLine + "    ");
            for (int c = 0; c < headers.size(); c++) {
                assertThat(sheet.getRow(TableExport.LIST_HEADER_ROW).getCell(c).getStringCellValue())
                        .isEqualTo(headers.get(c));
            }
            rows.accept(sheet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An amount cell: a number in yuan, printed with the ¥ sign, a zero printed blank. */
    public static void assertMoney(XSSFCell cell, BigDecimal amount) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).isEqualByComparingTo(amount);
        String format = cell.getCellStyle().getDataFormatString();
        assertThat(format).isEqualTo(TableExport.LIST_MONEY_FORMAT);
        String[] sections = format.split(";", -1);
        assertThat(sections).as("positive; negative; zero").hasSize(3);
        assertThat(sections[0]).isEqualTo("[$¥-804]#,##0.00");
        assertThat(sections[2]).as("a zero prints blank").isEmpty();
    }
}
