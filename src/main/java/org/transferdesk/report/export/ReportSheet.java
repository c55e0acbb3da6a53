package org.transferdesk.report.export;

import java.util.List;

/**
 * One sheet of the report workbook: a title, an optional unit line (单位：万元), paragraphs, tables one under
 * the other, and footnotes. {@code widths} are the column widths in Excel units; a sheet with a single table
 * freezes and repeats its header rows, a sheet of several tables freezes the title lines.
 */
record ReportSheet(String name, String title, boolean inWan, double[] widths, List<Block> blocks,
                   List<String> notes) {

    /** A part of the sheet: a heading, a paragraph or a table. */
    sealed interface Block permits Heading, Paragraph, Table {
    }

    record Heading(String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    record Table(ReportTable table) implements Block {
    }

    ReportSheet {
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    long tableCount() {
        return blocks.stream().filter(Table.class::isInstance).count();
    }
}
