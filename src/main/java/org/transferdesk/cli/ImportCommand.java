package org.transferdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.common.I18n;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.DatabaseCompactor;
import org.transferdesk.ledger.ImportError;
import org.transferdesk.ledger.ImportFailedException;
import org.transferdesk.ledger.ImportMapping;
import org.transferdesk.ledger.MappingProfiles;
import org.transferdesk.ledger.ImportPreview;
import org.transferdesk.ledger.ImportResult;
import org.transferdesk.ledger.LedgerImporter;
import org.transferdesk.ledger.SheetCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportCommand extends CliCommand<ImportCommand.Services> {
    /** The importer and the saved column mappings of this data folder. */
    record Services(LedgerImporter importer, MappingProfiles profiles) {
    }

    public ImportCommand() {
        super(context -> new Services(context.ledger(), new MappingProfiles(context.folder().mappings())));
    }

    private boolean committed;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "FILE")
    Path source;

    @Option(names = "--update")
    boolean update;

    @Option(names = "--dry-run")
    boolean dryRun;

    @Option(names = "--include-hidden")
    boolean includeHidden;

    @Option(names = "--problems", paramLabel = "FILE")
    java.nio.file.Path problemsFile;

    @Option(names = "--mapping", paramLabel = "PROFILE")
    String mapping;

    @Option(names = "--save-mapping", paramLabel = "PROFILE")
    String saveMapping;

    @Override
    protected Integer run(Services services) throws java.io.IOException {
        LedgerImporter importer = services.importer();
        MappingProfiles profiles = services.profiles();
        ImportMapping profile;
        try {
            profile = mapping == null ? ImportMapping.NONE : profiles.read(mapping);
        } catch (ImportFailedException e) {
            return refused(e.errors());
        }
        ImportPreview preview = importer.preview(source, new LedgerImporter.Options(update, includeHidden, profile),
                ProgressSink.NONE);
        if (saveMapping != null) {
            Path written = profiles.write(saveMapping, preview.mapping().mapping());
            out().println(I18n.t("cli.import.mappingSaved", written.toAbsolutePath()));
        }
        if (problemsFile != null) {
            if (problemsFile.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                org.transferdesk.ledger.ProblemWorkbook.write(source, preview, true, problemsFile);
            } else {
                List<ImportError> all = new java.util.ArrayList<>(preview.errors());
                all.addAll(preview.notices());
                org.transferdesk.ledger.ImportProblems.writeCsv(problemsFile, all);
            }
            out().println(I18n.t("cli.import.problemsWritten", problemsFile.toAbsolutePath()));
        }
        if (preview.hasErrors()) {
            printNotices(preview.notices());
            return refused(preview.errors());
        }
        printNotices(preview.notices());
        if (dryRun) {
            printCounts(preview.counts());
            out().println(I18n.t("cli.import.dryRun"));
            return 0;
        }
        ImportResult result;
        try {
            result = importer.commit(preview, ProgressSink.NONE);
        } catch (ImportFailedException e) {
            // the database changed between check and write (e.g. the GUI saved the same key)
            return refused(e.errors());
        }
        printCounts(result.counts());
        out().println(I18n.t("cli.import.done"));
        committed = true;
        return 0;
    }

    /**
     * Issue 20: an import's many commits leave the H2 file several times its data; compacted here, while the
     * import's own connections are closed, unless another TransferDesk still has the database open.
     */
    @Override
    protected void afterClose(org.transferdesk.bootstrap.DataFolder folder, java.time.Clock clock) {
        if (!committed) {
            return;
        }
        out().println(I18n.t("cli.db.compact.running"));
        out().flush();
        DatabaseCompactor.compactIfUnused(folder.database(), java.time.LocalDate.now(clock)).ifPresentOrElse(
                r -> out().println(I18n.t("cli.db.compact.done", DbCompactCommand.megabytes(r.before()),
                        DbCompactCommand.megabytes(r.after()))),
                () -> out().println(I18n.t("cli.import.notCompacted")));
    }

    /** What was read other than as written (万元, title rows) or not read (unknown columns and sheets). */
    private void printNotices(List<ImportError> notices) {
        for (ImportError n : notices) {
            out().println(I18n.t("cli.import.notice", line(n)));
        }
    }

    private void printCounts(List<SheetCounts> counts) {
        for (SheetCounts c : counts) {
            out().println(I18n.t("cli.import.counts", c.sheet(), c.rows(), c.created(), c.updated()));
        }
    }

    private int refused(List<ImportError> errors) {
        PrintWriter err = err();
        for (ImportError e : errors) {
            err.println(line(e));
        }
        err.println(I18n.t("cli.import.failed", errors.size()));
        return 2;
    }

    /** {@code sheet row N, column C: message}, shortened where the error has no row or column. */
    static String line(ImportError e) {
        if (e.sheet().isEmpty()) {
            return e.message();
        }
        if (e.row() <= 0) {
            return I18n.t("cli.import.errorInSheet", e.sheet(), e.message());
        }
        if (e.column().isEmpty()) {
            return I18n.t("cli.import.errorInRow", e.sheet(), e.row(), e.message());
        }
        return I18n.t("cli.import.errorInCell", e.sheet(), e.row(), e.column(), e.message());
    }
}
