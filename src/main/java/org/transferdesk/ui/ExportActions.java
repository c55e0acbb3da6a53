package org.transferdesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.transferdesk.common.I18n;

/** "Export the visible rows": asks where, writes in the background, says where it went. */
public final class ExportActions {
    /** Writes a table; implemented with the XLSX and CSV libraries in the export package. */
    public interface TableWriter {
        void xlsx(Path file, String sheet, List<String> headers, List<List<Object>> rows);

        void csv(Path file, List<String> headers, List<List<Object>> rows);
    }

    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final TableWriter writer;
    private final Clock clock;

    /** {@code clock}: the application's, for the date in the proposed file name. */
    public ExportActions(DialogService dialogs, TaskExecutor executor, TableWriter writer, Clock clock) {
        this.dialogs = dialogs;
        this.executor = executor;
        this.writer = writer;
        this.clock = clock;
    }

    public void exportXlsx(String name, List<String> headers, Supplier<List<List<Object>>> rows) {
        export(name, "xlsx", I18n.t("file.xlsx"), (file, data) -> writer.xlsx(file, name, headers, data), rows);
    }

    public void exportCsv(String name, List<String> headers, Supplier<List<List<Object>>> rows) {
        export(name, "csv", I18n.t("file.csv"), (file, data) -> writer.csv(file, headers, data), rows);
    }

    private void export(String name, String extension, String description,
                        java.util.function.BiConsumer<Path, List<List<Object>>> write,
                        Supplier<List<List<Object>>> rows) {
        String initial = name + "-" + LocalDate.now(clock) + "." + extension;
        dialogs.chooseFileToSaveAs(I18n.t("common.export"), initial, extension, description).ifPresent(target -> {
            List<List<Object>> data = rows.get();
            executor.execute(BackgroundTask.of(p -> {
                write.accept(target, data);
                return data.size();
            }).onSuccess(n -> dialogs.fileWritten(I18n.t("export.done", n, target), target)));
        });
    }
}
