package org.transferdesk.settings.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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

    /**
     * The figures as the page shows them, in the user's language: they come from one background read, so they change
     * together.
     */
    public record Shown(String url, String schemaVersion, String size, String counts, String backups) {
        /** While a read runs: the address stays (it does not change), the rest says it is loading. */
        private Shown loading() {
            String wait = I18n.t("common.loading");
            return new Shown(url, wait, wait, wait, wait);
        }
    }

    private final Database database;
    private final RecordCounts records;
    private final BackupService backups;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(new Shown("", "", "", "", ""));
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
        shown.set(shown.get().loading());
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
        shown.set(new Shown(loaded.url(), loaded.schemaVersion(), size(loaded),
                I18n.t("cli.info.counts", loaded.people(), loaded.results(), loaded.ipAssets()), backups(loaded)));
    }

    private String size(Info loaded) {
        if (database.isServer()) {
            // issue 21: a shared database's file and its compaction are the server's, not this PC's
            return I18n.t("settings.sharedDatabase.kept");
        }
        // Issue 20: the size shows when the file has grown past its data; compacting is what brings it back.
        String mb = java.math.BigDecimal.valueOf(loaded.fileBytes())
                .divide(java.math.BigDecimal.valueOf(1024L * 1024L), 1, java.math.RoundingMode.HALF_UP).toPlainString();
        return loaded.compactedOn().map(day -> I18n.t("settings.databaseSize", mb, day.toString()))
                .orElseGet(() -> I18n.t("settings.databaseSizeNeverCompacted", mb));
    }

    private String backups(Info loaded) {
        if (database.isServer()) {
            // issue 21: the server's backups are IT's
            return I18n.t("settings.sharedDatabase.backups");
        }
        return loaded.backups() == 0 ? I18n.t("settings.noBackups")
                : I18n.t("settings.backupsValue", loaded.backups(), loaded.newestBackup());
    }

    /** The figures shown: the database's address and schema, the file's size and last compaction, counts, backups. */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
