package org.transferdesk.report.ui;

import java.util.List;

/** A table of figures: a title, the figure columns' headers (the first, row-label column has none) and rows. */
public record FigureTable(String title, List<String> columns, List<Row> rows) {
    /** A labelled row; {@code cells} line up with {@code columns}. */
    public record Row(String label, List<Figure> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public Figure cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : Figure.EMPTY;
        }
    }

    public FigureTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    @Override
    public String toString() {
        return title;
    }
}
