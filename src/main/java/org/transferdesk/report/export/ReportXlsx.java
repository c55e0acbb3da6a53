package org.transferdesk.report.export;

import java.nio.file.Path;
import org.transferdesk.report.ReportPackage;

/** The annual report as Xlsx (being written). */
public final class ReportXlsx {
    private ReportXlsx() {
    }

    /** Writes the report to {@code file} atomically. */
    public static void write(Path file, ReportPackage report) {
        throw new UnsupportedOperationException("not yet");
    }
}
