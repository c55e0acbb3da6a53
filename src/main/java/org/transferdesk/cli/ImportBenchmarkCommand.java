package org.transferdesk.cli;

import static org.transferdesk.cli.BenchmarkCommand.number;
import static org.transferdesk.cli.BenchmarkCommand.ratio;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.benchmark.GeneratedLedger;
import org.transferdesk.benchmark.H2Baselines;
import org.transferdesk.common.I18n;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.DatabaseCompactor;
import org.transferdesk.ledger.ImportError;
import org.transferdesk.ledger.ImportPreview;
import org.transferdesk.ledger.ImportResult;
import org.transferdesk.ledger.LedgerImporter;
import org.transferdesk.ledger.LedgerSheet;
import org.transferdesk.ledger.SheetCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The ledger import on a generated office ledger ({@link GeneratedLedger}): each run writes the workbook (or the
 * folder of CSV files), then in a fresh data folder checks it ({@code preview}), writes it ({@code commit}) and checks
 * the same file again as a re-import with update existing, which must create nothing. The median and the fastest of
 * the runs are printed per phase, and the rows per sheet: generated, imported, and what the re-import would create or
 * update. The baselines (issue 20): H2's own bulk load of the rows the import wrote into the app's own tables, in a
 * fresh migrated database (import time per 10,000 rows as a ratio to it; the text-table load of the sheets is printed
 * as a floor), and the database file after the import and its compaction against a compacted copy of it. The run fails if the generated ledger
 * does not import completely.
 * A benchmark, not a test: figures vary by machine and are reported, not asserted.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportBenchmarkCommand extends BenchmarkSubcommand {
    private static final int ERRORS_SHOWN = 20;
    private static final int NOTICES_SHOWN = 5;

    @Option(names = "--rows", defaultValue = "10000")
    int rows;

    @Option(names = "--runs", defaultValue = "3")
    int runs;

    @Option(names = "--csv")
    boolean csv;

    @Option(names = "--keep", paramLabel = "DIR")
    Path keep;

    /** What one run measured (milliseconds per phase) and counted. */
    private record Run(double[] ms, List<ImportError> notices, List<SheetCounts> imported, List<SheetCounts> again,
            long uncompactedBytes, long databaseBytes, long compactedBytes, H2Baselines.AppLoad appLoad) {
    }

    /**
     * APP_BULK is the baseline: H2's own load of the rows the import wrote into the app's own tables (issue 20).
     * BULK is a floor: the sheets' rows as text, one table per sheet, no schema and no checks.
     */
    private enum Phase { WRITE, PREVIEW, COMMIT, REIMPORT, APP_BULK, BULK }

    @Override
    protected Integer benchmark(PrintWriter out) throws Exception {
        if (rows < 1 || runs < 1) {
            throw new ParameterException(spec.commandLine(), I18n.t("cli.benchmark.import.badCount"));
        }
        Clock clock = clock();
        Path base = throwawayFolder("import");
        try {
            GeneratedLedger ledger = GeneratedLedger.generate(rows, LocalDate.now(clock),
                    GeneratedLedger.DEFAULT_SEED);
            out.println(I18n.t("cli.benchmark.import.title", number(rows),
                    I18n.t(csv ? "cli.benchmark.import.asCsv" : "cli.benchmark.import.asXlsx"), runs, base));
            out.println(I18n.t("cli.benchmark.import.generated", number(ledger.totalRows()), GeneratedLedger.SHEETS
                    .stream().map(s -> s.sheetName() + " " + number(ledger.rows(s))).collect(Collectors.joining(" · "))));
            List<Run> done = new ArrayList<>();
            for (int r = 1; r <= runs; r++) {
                Run run = run(ledger, base.resolve("run-" + r), clock);
                if (run == null) {
                    return 1;
                }
                done.add(run);
                out.println("  " + I18n.t("cli.benchmark.import.run", r, runs, ms(run.ms()[0]), ms(run.ms()[1]),
                        ms(run.ms()[2]), ms(run.ms()[3])));
            }
            printPhases(out, done);
            Run last = done.get(done.size() - 1);
            printRatios(out, done, ledger.totalRows(), last);
            printNotices(out, last.notices());
            int result = printCounts(out, ledger, last);
            if (keep != null) {
                Path kept = keep.resolve(ledgerName());
                write(ledger, kept);
                out.println(I18n.t("cli.benchmark.import.kept", kept.toAbsolutePath()));
            }
            out.println(I18n.t("cli.benchmark.import.note"));
            return result;
        } finally {
            BenchmarkCommand.deleteTree(base);
        }
    }

    /** One run in its own folder: the file, then a fresh data folder; null when the import refused the file. */
    private Run run(GeneratedLedger ledger, Path folder, Clock clock) throws java.io.IOException {
        Files.createDirectories(folder);
        Path source = folder.resolve(ledgerName());
        double[] ms = new double[Phase.values().length];
        System.gc();
        long t = System.nanoTime();
        write(ledger, source);
        ms[Phase.WRITE.ordinal()] = BenchmarkCommand.msSince(t);
        DataFolder data = new DataFolder(folder.resolve("data"));
        try {
            ImportPreview preview;
            ImportResult result;
            ImportPreview again;
            try (AppContext context = AppContext.open(data, clock)) {
                LedgerImporter importer = context.ledger();
                preview = timed(ms, Phase.PREVIEW, () -> importer.preview(source, false, ProgressSink.NONE));
                if (preview.hasErrors()) {
                    refused("cli.benchmark.import.refused", preview.errors());
                    return null;
                }
                result = timed(ms, Phase.COMMIT, () -> importer.commit(preview, ProgressSink.NONE));
                again = timed(ms, Phase.REIMPORT, () -> importer.preview(source, true, ProgressSink.NONE));
                if (again.hasErrors()) {
                    refused("cli.benchmark.import.reimportRefused", again.errors());
                    return null;
                }
            }
            // The file as the import (and closing the app) left it, then as an office gets it: the CLI import
            // compacts at its end when it is the only user (ImportCommand), and so does this run, against the same
            // data compacted on a copy.
            long uncompacted = Files.size(data.databaseFile());
            DatabaseCompactor.compactIfUnused(data.database(), LocalDate.now(clock));
            long size = Files.size(data.databaseFile());
            long compacted = H2Baselines.compactedSize(data.databaseFile(), folder.resolve("compacted"));
            DataFolder fresh = new DataFolder(folder.resolve("bulk-app"));
            AppContext.open(fresh, clock).close();
            System.gc();
            H2Baselines.AppLoad appLoad = H2Baselines.appTablesLoad(data.database(), fresh.database(),
                    folder.resolve("bulk-app-csv"));
            ms[Phase.APP_BULK.ordinal()] = appLoad.millis();
            Path csvFolder = csv ? source : folder.resolve("bulk-csv");
            if (!csv) {
                ledger.writeCsvFolder(csvFolder);
            }
            System.gc();
            H2Baselines.Load bulk = H2Baselines.bulkLoad(csvFolder, folder.resolve("bulk").resolve("h2"));
            if (bulk.rows() != ledger.totalRows()) {
                throw new IllegalStateException("H2 loaded " + bulk.rows() + " of " + ledger.totalRows() + " rows");
            }
            ms[Phase.BULK.ordinal()] = bulk.millis();
            return new Run(ms, preview.notices(), result.counts(), again.counts(), uncompacted, size, compacted,
                    appLoad);
        } finally {
            BenchmarkCommand.deleteTree(folder);
        }
    }

    /** Runs one phase of a run and records in {@code ms} how long it took. */
    private static <T> T timed(double[] ms, Phase phase, Supplier<T> step) {
        long t = System.nanoTime();
        T done = step.get();
        ms[phase.ordinal()] = BenchmarkCommand.msSince(t);
        return done;
    }

    private void refused(String key, List<ImportError> errors) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(I18n.t(key, errors.size()));
        errors.stream().limit(ERRORS_SHOWN).forEach(e -> err.println("  " + ImportCommand.line(e)));
    }

    /** Median and fastest run of each phase; numbers first, so CJK labels do not shift the columns. */
    private void printPhases(PrintWriter out, List<Run> done) {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of(I18n.t("cli.benchmark.import.median"), I18n.t("cli.benchmark.import.min"),
                I18n.t("cli.benchmark.import.phase")));
        for (Phase phase : Phase.values()) {
            List<Double> times = done.stream().map(r -> r.ms[phase.ordinal()]).sorted().toList();
            table.add(List.of(ms(BenchmarkCommand.median(times)), ms(times.get(0)), label(phase)));
        }
        printTable(out, table);
    }

    /**
     * Per 10,000 rows against H2's bulk load of the same rows into the app's tables, and against the text-table
     * floor; the database file against its compacted size (issue 20).
     */
    private static void printRatios(PrintWriter out, List<Run> done, int rows, Run last) {
        double write = medianOf(done, Phase.COMMIT);
        double check = medianOf(done, Phase.PREVIEW);
        double appBulk = medianOf(done, Phase.APP_BULK);
        double bulk = medianOf(done, Phase.BULK);
        double per10k = 10_000.0 / rows;
        out.println(I18n.t("cli.benchmark.import.appRows", number(last.appLoad().rows()), last.appLoad().tables()));
        out.println(I18n.t("cli.benchmark.import.perTenThousand", ms((check + write) * per10k), ms(write * per10k),
                ms(appBulk * per10k), ratio((check + write) / appBulk), ratio(write / appBulk)));
        out.println(I18n.t("cli.benchmark.import.floor", ms(bulk * per10k), ratio((check + write) / bulk),
                ratio(write / bulk)));
        out.println(I18n.t("cli.benchmark.import.size", megabytes(last.databaseBytes()),
                megabytes(last.compactedBytes()), ratio((double) last.databaseBytes() / last.compactedBytes()),
                megabytes(last.uncompactedBytes()), ratio((double) last.uncompactedBytes() / last.compactedBytes())));
    }

    private static double medianOf(List<Run> done, Phase phase) {
        return BenchmarkCommand.median(done.stream().map(r -> r.ms()[phase.ordinal()]).toList());
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
    }

    private String label(Phase phase) {
        return switch (phase) {
            case WRITE -> I18n.t(csv ? "cli.benchmark.import.writeCsv" : "cli.benchmark.import.writeXlsx");
            case PREVIEW -> I18n.t("cli.benchmark.import.preview");
            case COMMIT -> I18n.t("cli.benchmark.import.commit");
            case REIMPORT -> I18n.t("cli.benchmark.import.reimport");
            case APP_BULK -> I18n.t("cli.benchmark.import.appBulk");
            case BULK -> I18n.t("cli.benchmark.import.bulk");
        };
    }

    private void printNotices(PrintWriter out, List<ImportError> notices) {
        if (notices.isEmpty()) {
            return;
        }
        out.println(I18n.t("cli.benchmark.import.notices", notices.size()));
        notices.stream().limit(NOTICES_SHOWN).forEach(n -> out.println("  " + ImportCommand.line(n)));
    }

    /** Rows per sheet: generated, imported, and what a re-import would create and update. 1 if not all imported. */
    private int printCounts(PrintWriter out, GeneratedLedger ledger, Run run) {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of(I18n.t("cli.benchmark.import.rows"), I18n.t("cli.benchmark.import.imported"),
                I18n.t("cli.benchmark.import.reCreated"), I18n.t("cli.benchmark.import.reUpdated"),
                I18n.t("cli.benchmark.import.sheet")));
        int generated = 0;
        int imported = 0;
        int created = 0;
        int updated = 0;
        for (LedgerSheet sheet : GeneratedLedger.SHEETS) {
            SheetCounts first = counts(run.imported(), sheet);
            SheetCounts again = counts(run.again(), sheet);
            table.add(List.of(number(ledger.rows(sheet)), number(first.created()), number(again.created()),
                    number(again.updated()), sheet.sheetName()));
            generated += ledger.rows(sheet);
            imported += first.created();
        }
        for (SheetCounts c : run.again()) {
            created += c.created();
            updated += c.updated();
        }
        table.add(List.of(number(generated), number(imported), number(created), number(updated),
                I18n.t("cli.benchmark.import.total")));
        printTable(out, table);
        out.println(I18n.t("cli.benchmark.import.summary", number(imported), number(generated), number(created),
                number(updated)));
        out.println(I18n.t("cli.benchmark.import.updatedMeans"));
        int result = 0;
        if (imported != generated) {
            spec.commandLine().getErr().println(I18n.t("cli.benchmark.import.mismatch", number(imported),
                    number(generated)));
            result = 1;
        }
        if (created > 0) {
            spec.commandLine().getErr().println(I18n.t("cli.benchmark.import.reimportCreates", number(created)));
            result = 1;
        }
        return result;
    }

    private static SheetCounts counts(List<SheetCounts> counts, LedgerSheet sheet) {
        return counts.stream().filter(c -> sheet.matches(c.sheet())).findFirst()
                .orElse(new SheetCounts(sheet.sheetName(), 0, 0, 0));
    }

    /** Right-aligned columns but the last, which is left as it is (the labels). */
    private static void printTable(PrintWriter out, List<List<String>> table) {
        int columns = table.get(0).size();
        int[] widths = new int[columns - 1];
        for (List<String> row : table) {
            for (int c = 0; c < columns - 1; c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        for (List<String> row : table) {
            StringBuilder line = new StringBuilder(" ");
            for (int c = 0; c < columns - 1; c++) {
                line.append(" ".repeat(widths[c] - width(row.get(c)) + 2)).append(row.get(c));
            }
            out.println(line.append("  ").append(row.get(columns - 1)));
        }
    }

    /** Columns a text takes in a terminal: CJK characters and full-width forms take two. */
    static int width(String text) {
        return text.codePoints().map(cp -> cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6) ? 2 : 1).sum();
    }

    private String ledgerName() {
        return "ledger-" + rows + (csv ? "" : ".xlsx");
    }

    private void write(GeneratedLedger ledger, Path target) {
        if (csv) {
            ledger.writeCsvFolder(target);
        } else {
            ledger.writeXlsx(target);
        }
    }

    private static String ms(double ms) {
        return String.format(Locale.ROOT, "%,.0f", ms);
    }
}
