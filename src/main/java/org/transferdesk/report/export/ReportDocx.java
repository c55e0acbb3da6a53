package org.transferdesk.report.export;

import java.nio.file.Path;
import org.transferdesk.report.ReportPackage;

/** The annual report as Docx (being written). */
public final class ReportDocx {
    private ReportDocx() {
    }

    /** Writes the report to {@code file} atomically. */
    public static void write(Path file, ReportPackage report) {
        throw new UnsupportedOperationException("not yet");
    }
}
