package org.transferdesk.app;

import java.nio.file.Path;
import java.util.List;
import org.transferdesk.export.TableExport;
import org.transferdesk.ui.ExportActions;

/** Table export through the XLSX and CSV writers: a list's workbook is laid out for print, its CSV is plain data. */
final class TableWriters implements ExportActions.TableWriter {
    @Override
    public void xlsx(Path file, ExportActions.PrintHeading heading, List<String> headers, List<List<Object>> rows) {
        TableExport.writeListXlsx(file, new TableExport.ListHeading(heading.title(), heading.filter(),
                heading.exported(), heading.amountColumns()), headers, rows);
    }

    @Override
    public void csv(Path file, List<String> headers, List<List<Object>> rows) {
        TableExport.writeCsv(file, headers, rows);
    }
}
