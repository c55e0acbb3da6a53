package org.transferdesk.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.transferdesk.common.I18n;
import org.transferdesk.export.print.PrintableSheet;
import org.transferdesk.export.print.PrintableXlsx;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.TaskExecutor;

/** Printable documents (notices, filings, registers): choose the file, then build and write it off the FX thread. */
final class PrintableExports {
    private final TaskExecutor executor;

    PrintableExports(TaskExecutor executor) {
        this.executor = executor;
    }

    /** {@code dialogs} are those of the window asking, so the chooser and progress belong to it. */
    void chooseAndWrite(DialogService dialogs, String title, String suggestedName,
                        Supplier<List<PrintableSheet>> sheets) {
        chooseAndWrite(dialogs, title, suggestedName, target -> PrintableXlsx.write(target, sheets.get()),
                target -> I18n.t("rewardExport.dialog.saved", target));
    }

    /** The same for a document with its own writer; {@code done} says where it went. */
    void chooseAndWrite(DialogService dialogs, String title, String suggestedName, Writer writer,
                        java.util.function.Function<Path, String> done) {
        chooseAndWrite(dialogs, title, suggestedName, "xlsx", I18n.t("file.xlsx"), writer, done);
    }

    /** The same for another kind of file: {@code extension} without the dot, and its description. */
    void chooseAndWrite(DialogService dialogs, String title, String suggestedName, String extension,
                        String description, Writer writer, java.util.function.Function<Path, String> done) {
        dialogs.chooseFileToSaveAs(title, suggestedName, extension, description).ifPresent(target -> {
            DialogService.ProgressHandle progress = dialogs.showProgress(title, I18n.t("rewardExport.dialog.writing"),
                    null);
            executor.execute(BackgroundTask.of(p -> {
                writer.write(target);
                return target;
            }).onFinished(progress::close).onSuccess(t -> dialogs.fileWritten(done.apply(t), t)));
        });
    }

    /** Writes one document to a file. */
    @FunctionalInterface
    interface Writer {
        void write(Path target) throws Exception;
    }
}
