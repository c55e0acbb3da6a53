package org.transferdesk.settings.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.transferdesk.common.I18n;
import org.transferdesk.db.BackupService;
import org.transferdesk.db.Database;
import org.transferdesk.db.DatabaseCompactor;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.TaskExecutor;

/** What the settings page tells about the database and its backups; read in the background. */
public final class DatabaseInfoViewModel {
    /** A snapshot of the figures shown. */
    record Info(String url, String schemaVersion, int people, int results, int ipAssets, int backups,
                String newestBackup, long fileBytes, java.util.Optional<java.time.LocalDate> compactedOn) {
    }

    /** How many people, results and IP assets the ledger holds. */
    public record Counts(int people, int results, int ipAssets) {
    }

    /**
     * Counts the records, in the background. Supplied at composition: settings sit below the features they
     * count (deals and results read the office settings), so the page names none of them.
     */
    @FunctionalInterface
    public interface RecordCounts {
        Counts count();
    }

    private final Database database;
    private final RecordCounts records;
    private final BackupService backups;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper schemaVersion = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper backupsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper size = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();

    public DatabaseInfoViewModel(Database database, RecordCounts records, BackupService backups,
                                 TaskExecutor executor) {
        this.database = database;
        this.records = records;
        this.backups = backups;
        this.executor = executor;
    }

    public void load() {
        loading.set(true);
        String wait = I18n.t("common.loading");
        schemaVersion.set(wait);
        counts.set(wait);
        backupsText.set(wait);
        size.set(wait);
        executor.execute(BackgroundTask.of(p -> {
            List<Path> all = backups.list();
            // The URL holds no password (the embedded database has none), so it is shown as it is.
            Counts counted = records.count();
            return new Info(database.url(), database.schemaVersion(), counted.people(), counted.results(),
                    counted.ipAssets(), all.size(), all.isEmpty() ? null : all.get(0).getFileName().toString(),
                    DatabaseCompactor.fileSize(database), DatabaseCompactor.lastCompacted(database));
        }).onSuccess(this::show).onFinished(() -> loading.set(false)));
    }

    private void show(Info loaded) {
        url.set(loaded.url());
        schemaVersion.set(loaded.schemaVersion());
        counts.set(I18n.t("cli.info.counts", loaded.people(), loaded.results(), loaded.ipAssets()));
        // Issue 20: the size shows when the file has grown past its data; compacting is what brings it back.
        String mb = java.math.BigDecimal.valueOf(loaded.fileBytes())
                .divide(java.math.BigDecimal.valueOf(1024L * 1024L), 1, java.math.RoundingMode.HALF_UP).toPlainString();
        if (database.isServer()) {
            // issue 21: a shared database's file, compaction and backups are the server's, not this PC's
            size.set(I18n.t("settings.sharedDatabase.kept"));
            backupsText.set(I18n.t("settings.sharedDatabase.backups"));
            return;
        }
        size.set(loaded.compactedOn().map(day -> I18n.t("settings.databaseSize", mb, day.toString()))
                .orElseGet(() -> I18n.t("settings.databaseSizeNeverCompacted", mb)));
        backupsText.set(loaded.backups() == 0 ? I18n.t("settings.noBackups")
                : I18n.t("settings.backupsValue", loaded.backups(), loaded.newestBackup()));
    }

    public ReadOnlyStringProperty urlProperty() {
        return url.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty schemaVersionProperty() {
        return schemaVersion.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty backupsProperty() {
        return backupsText.getReadOnlyProperty();
    }

    /** The database file's size and when it was last compacted. */
    public ReadOnlyStringProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
