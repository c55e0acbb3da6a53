package org.transferdesk.ledger;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFPalette;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Copies an Excel 97–2003 / WPS workbook (HSSF) into a new .xlsx one for {@link ProblemWorkbook}: POI cannot write
 * cell comments into .xls without a library the app leaves out, and one output format is simpler for the clerk.
 * What a clerk fixes a ledger with is kept — worksheets (order, names, hidden ones), values, formulas with their
 * results, number and date formats, fonts, fills, borders, alignment, merged cells, column widths, row heights,
 * hidden rows and columns, frozen panes, the 1904 date system. Not copied: existing cell comments, pictures and
 * charts, data validation, conditional formats, hyperlinks, print settings, rich-text runs within a cell.
 */
final class XlsToXlsx {
    private static final short AUTOMATIC = HSSFColor.HSSFColorPredefined.AUTOMATIC.getIndex();

    private final HSSFWorkbook from;
    private final XSSFWorkbook to;
    private final HSSFPalette palette;
    private final Map<Short, XSSFCellStyle> styles = new HashMap<>();
    private final Map<Integer, XSSFFont> fonts = new HashMap<>();

    private XlsToXlsx(HSSFWorkbook from, XSSFWorkbook to) {
        this.from = from;
        this.to = to;
        this.palette = from.getCustomPalette();
    }

    static XSSFWorkbook convert(HSSFWorkbook from) {
        XSSFWorkbook to = new XSSFWorkbook();
        new XlsToXlsx(from, to).copy();
        return to;
    }

    private void copy() {
        if (from.getInternalWorkbook().isUsing1904DateWindowing()) {
            var ct = to.getCTWorkbook();
            (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
        }
        // the default font (of new and unstyled cells): the .xls one, often 宋体, not Calibri
        HSSFFont base = from.getFontAt(0);
        XSSFFont defaultFont = to.getFontAt(0);
        defaultFont.setFontName(base.getFontName());
        defaultFont.setFontHeight(base.getFontHeight());
        for (int i = 0; i < from.getNumberOfSheets(); i++) {
            Sheet sheet = from.getSheetAt(i);
            copySheet(sheet, to.createSheet(sheet.getSheetName()));
            to.setSheetVisibility(i, from.getSheetVisibility(i));
        }
        if (from.getNumberOfSheets() > 0) {
            int active = from.getActiveSheetIndex();
            to.setActiveSheet(active >= 0 && active < from.getNumberOfSheets() ? active : 0);
        }
    }

    private void copySheet(Sheet sheet, XSSFSheet target) {
        target.setDefaultColumnWidth(sheet.getDefaultColumnWidth());
        target.setDefaultRowHeight(sheet.getDefaultRowHeight());
        target.setDisplayGridlines(sheet.isDisplayGridlines());
        int lastColumn = -1;
        for (Row row : sheet) {
            XSSFRow copy = target.createRow(row.getRowNum());
            if (row.getHeight() != sheet.getDefaultRowHeight()) {
                copy.setHeight(row.getHeight());
            }
            copy.setZeroHeight(row.getZeroHeight());
            if (row.isFormatted() && row.getRowStyle() != null) {
                copy.setRowStyle(style((HSSFCellStyle) row.getRowStyle()));
            }
            for (Cell cell : row) {
                copyCell(cell, copy.createCell(cell.getColumnIndex()));
                lastColumn = Math.max(lastColumn, cell.getColumnIndex());
            }
        }
        for (int c = 0; c <= lastColumn; c++) {
            target.setColumnWidth(c, sheet.getColumnWidth(c));
            target.setColumnHidden(c, sheet.isColumnHidden(c));
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            target.addMergedRegionUnsafe(region);
        }
        PaneInformation pane = sheet.getPaneInformation();
        if (pane != null && pane.isFreezePane()) {
            target.createFreezePane(pane.getVerticalSplitPosition(), pane.getHorizontalSplitPosition(),
                    pane.getVerticalSplitLeftColumn(), pane.getHorizontalSplitTopRow());
        }
    }

    private void copyCell(Cell cell, XSSFCell copy) {
        copy.setCellStyle(style((HSSFCellStyle) cell.getCellStyle()));
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            try {
                copy.setCellFormula(cell.getCellFormula());
            } catch (FormulaParseException | IllegalArgumentException | IllegalStateException e) {
                // a formula the .xlsx parser cannot take (an external reference): its last result is kept
                copy.setBlank();
            }
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING -> copy.setCellValue(cell.getStringCellValue());
            case NUMERIC -> copy.setCellValue(cell.getNumericCellValue());
            case BOOLEAN -> copy.setCellValue(cell.getBooleanCellValue());
            case ERROR -> copy.setCellErrorValue(cell.getErrorCellValue());
            default -> {
                // blank: the style alone
            }
        }
    }

    private XSSFCellStyle style(HSSFCellStyle style) {
        if (style == null) {
            return null;
        }
        return styles.computeIfAbsent(style.getIndex(), i -> convert(style));
    }

    private XSSFCellStyle convert(HSSFCellStyle s) {
        XSSFCellStyle c = to.createCellStyle();
        c.setDataFormat(to.createDataFormat().getFormat(s.getDataFormatString()));
        c.setFont(font(s.getFontIndex()));
        c.setAlignment(s.getAlignment());
        c.setVerticalAlignment(s.getVerticalAlignment());
        c.setWrapText(s.getWrapText());
        c.setIndention(s.getIndention());
        c.setRotation(s.getRotation());
        c.setShrinkToFit(s.getShrinkToFit());
        c.setLocked(s.getLocked());
        c.setHidden(s.getHidden());
        c.setBorderTop(s.getBorderTop());
        c.setBorderBottom(s.getBorderBottom());
        c.setBorderLeft(s.getBorderLeft());
        c.setBorderRight(s.getBorderRight());
        color(s.getTopBorderColor()).ifPresent(c::setTopBorderColor);
        color(s.getBottomBorderColor()).ifPresent(c::setBottomBorderColor);
        color(s.getLeftBorderColor()).ifPresent(c::setLeftBorderColor);
        color(s.getRightBorderColor()).ifPresent(c::setRightBorderColor);
        if (s.getFillPattern() != FillPatternType.NO_FILL) {
            c.setFillPattern(s.getFillPattern());
            color(s.getFillForegroundColor()).ifPresent(c::setFillForegroundColor);
            color(s.getFillBackgroundColor()).ifPresent(c::setFillBackgroundColor);
        }
        return c;
    }

    private XSSFFont font(int index) {
        return fonts.computeIfAbsent(index, i -> {
            HSSFFont f = from.getFontAt(i);
            XSSFFont font = to.createFont();
            font.setFontName(f.getFontName());
            font.setFontHeight(f.getFontHeight());
            font.setBold(f.getBold());
            font.setItalic(f.getItalic());
            font.setStrikeout(f.getStrikeout());
            font.setUnderline(f.getUnderline());
            font.setTypeOffset(f.getTypeOffset());
            if (f.getCharSet() != Font.ANSI_CHARSET) {
                font.setCharSet(f.getCharSet());
            }
            color(f.getColor()).ifPresent(font::setColor);
            return font;
        });
    }

    /** The palette colour as RGB; empty for "automatic" (Excel's default, left unset). */
    private Optional<XSSFColor> color(short index) {
        if (index == AUTOMATIC || index == Font.COLOR_NORMAL) {
            return Optional.empty();
        }
        HSSFColor color = palette.getColor(index);
        if (color == null) {
            return Optional.empty();
        }
        short[] rgb = color.getTriplet();
        return Optional.of(new XSSFColor(new byte[] {(byte) rgb[0], (byte) rgb[1], (byte) rgb[2]},
                to.getStylesSource().getIndexedColors()));
    }
}
