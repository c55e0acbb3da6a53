package org.transferdesk.app;

import java.nio.file.Path;
import java.util.List;
import org.transferdesk.export.TableExport;
import org.transferdesk.ui.ExportActions;

/** Table export through the XLSX and CSV writers. */
final class TableWriters implements ExportActions.TableWriter {
    @Override
    public void xlsx(Path file, String sheet, List<String> headers, List<List<Object>> rows) {
        TableExport.writeXlsx(file, sheet, headers, rows);
    }

    @Override
    public void csv(Path file, List<String> headers, List<List<Object>> rows) {
        TableExport.writeCsv(file, headers, rows);
    }
}
