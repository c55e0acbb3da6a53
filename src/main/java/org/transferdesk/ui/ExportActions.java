package org.transferdesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.transferdesk.common.I18n;

/** "Export the visible rows": asks where, writes in the background, says where it went. */
public final class ExportActions {
    /** Writes a table; implemented with the XLSX and CSV libraries in the export package. */
    public interface TableWriter {
        /** A workbook laid out for print: {@code heading} titles it and says which rows it holds. */
        void xlsx(Path file, PrintHeading heading, List<String> headers, List<List<Object>> rows);

        void csv(Path file, List<String> headers, List<List<Object>> rows);
    }

    /**
     * What a printed list says about itself: its title (the page's name, also the sheet's), the filter that chose its
     * rows in words (null: not told), the day it was exported (the application's clock) and which columns hold
     * amounts in yuan.
     */
    public record PrintHeading(String title, String filter, LocalDate exported, Set<Integer> amountColumns) {
        public PrintHeading {
            amountColumns = Set.copyOf(amountColumns);
        }
    }

    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final TableWriter writer;
    private final Clock clock;

    /** {@code clock}: the application's, for the date in the proposed file name and on the printed list. */
    public ExportActions(DialogService dialogs, TaskExecutor executor, TableWriter writer, Clock clock) {
        this.dialogs = dialogs;
        this.executor = executor;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * A list's rows as shown, titled by {@code name}: {@code filter} is the filter that chose them in words (null: not
     * told), {@code amountColumns} the columns printed as money.
     */
    public void exportXlsx(String name, String filter, Set<Integer> amountColumns, List<String> headers,
                           Supplier<List<List<Object>>> rows) {
        PrintHeading heading = new PrintHeading(name, filter, LocalDate.now(clock), amountColumns);
        export(name, "xlsx", I18n.t("file.xlsx"), (file, data) -> writer.xlsx(file, heading, headers, data), rows);
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
