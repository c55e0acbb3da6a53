package org.transferdesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A table writer that keeps what a screen's XLSX export handed it, for a GUI test to check; a CSV is not expected. */
public final class RecordingXlsxWriter implements ExportActions.TableWriter {
    /** What the export handed over: the printed list's heading, its headers and rows. */
    public record Written(ExportActions.PrintHeading heading, List<String> headers, List<List<Object>> rows) {
    }

    private final CompletableFuture<Written> written = new CompletableFuture<>();

    @Override
    public void xlsx(Path file, ExportActions.PrintHeading heading, List<String> headers, List<List<Object>> rows) {
        written.complete(new Written(heading, headers, rows));
    }

    @Override
    public void csv(Path file, List<String> headers, List<List<Object>> rows) {
        throw new AssertionError("not asked");
    }

    /** Waits (10 s at most) for the export, which writes in the background. */
    public Written awaitWritten() throws Exception {
        return written.get(10, TimeUnit.SECONDS);
    }
}
