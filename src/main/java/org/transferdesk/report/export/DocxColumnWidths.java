package org.transferdesk.report.export;

import java.util.List;
import org.transferdesk.export.ColumnWidths;

/**
 * Column widths of a written report's table, in twips: each column at least as wide as its longest unbreakable run
 * needs (a patent number ZL202310123456.7, an 18-character credit code, a date, an amount), the rest of the text width
 * shared among the other columns in proportion to their weights. Word and LibreOffice break a run wider than its cell
 * in the middle, and a code broken across two lines is misread or mistyped when copied into a filing.
 */
final class DocxColumnWidths {
    /** Runs are measured a little generously: bold figures and font substitution are slightly wider. */
    private static final double SLACK = 1.08;

    private DocxColumnWidths() {
    }

    /**
     * The widths in twips: {@code weights} say how the text width {@code textWidth} is shared, {@code cells} are each
     * column's texts (header included), {@code fontSize} in points and {@code padding} the cell's left plus right
     * margin in twips. Columns whose share is narrower than their longest run get that run's width; when even the
     * runs do not fit, the table is as wide as they need.
     */
    static int[] of(double[] weights, List<List<String>> cells, double fontSize, int textWidth, int padding) {
        int columns = cells.size();
        int[] need = new int[columns];
        for (int c = 0; c < columns; c++) {
            double widest = 0;
            for (String text : cells.get(c)) {
                widest = Math.max(widest, widestRun(text));
            }
            need[c] = (int) Math.ceil(widest * fontSize * 20 * SLACK) + padding;
        }
        boolean[] fixed = new boolean[columns];
        int[] twips = new int[columns];
        boolean changed = true;
        while (changed) {
            changed = false;
            int left = textWidth;
            double weight = 0;
            for (int c = 0; c < columns; c++) {
                if (fixed[c]) {
                    left -= need[c];
                } else {
                    weight += weight(weights, c);
                }
            }
            for (int c = 0; c < columns; c++) {
                if (fixed[c]) {
                    twips[c] = need[c];
                    continue;
                }
                twips[c] = weight <= 0 ? 0 : (int) Math.floor(Math.max(0, left) * weight(weights, c) / weight);
                if (twips[c] < need[c]) {
                    fixed[c] = true;
                    changed = true;
                }
            }
        }
        return twips;
    }

    private static double weight(double[] weights, int c) {
        return weights[Math.min(c, weights.length - 1)];
    }

    /**
     * The widest run of {@code text} that may not break, in ems: a run of Latin letters, digits and punctuation
     * between spaces or line ends. Chinese text may break before any character, so a Chinese character is a run.
     */
    static double widestRun(String text) {
        if (text == null) {
            return 0;
        }
        double widest = 0;
        double run = 0;
        for (int cp : text.codePoints().toArray()) {
            boolean breaksAround = ColumnWidths.isWide(cp);
            run = Character.isWhitespace(cp) || breaksAround ? 0 : run + em(cp);
            widest = Math.max(widest, breaksAround ? 1.0 : run);
        }
        return widest;
    }

    /** A character's advance in Times New Roman (or its metric twin, Liberation Serif), rounded up. */
    private static double em(int cp) {
        if (cp >= '0' && cp <= '9') {
            return 0.5;
        }
        if (cp == '.' || cp == ',' || cp == ':' || cp == ';' || cp == '\'' || cp == 'i' || cp == 'l' || cp == 'j') {
            return 0.28;
        }
        if (cp == '-' || cp == '(' || cp == ')' || cp == 'f' || cp == 't' || cp == 'r') {
            return 0.34;
        }
        if (cp == 'M' || cp == 'W' || cp == 'm' || cp == '%') {
            return 0.9;
        }
        if (cp >= 'A' && cp <= 'Z' || cp == 'w') {
            return 0.73;
        }
        return 0.5;
    }
}
