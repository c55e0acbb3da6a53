package org.transferdesk.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.db.DatabaseCompactor;
import org.transferdesk.ui.CurrentThreadTaskExecutor;

/** Issue 20: Settings shows the database file's size and when it was last compacted. */
class DatabaseSizeInfoTest {
    @TempDir
    Path tmp;

    @Test
    void databaseInfo_showsTheFileSize_andTheDayOfTheLastCompaction() {
        DataFolder folder = new DataFolder(tmp);
        try (AppContext context = AppContext.open(folder, TestDatabase.CLOCK)) {
            DatabaseInfoViewModel vm = info(context);
            vm.load();
            assertThat(vm.shownProperty().get().size())
                    .isEqualTo("文件 " + megabytes(folder) + " MB，尚未整理")
                    .isNotEqualTo("文件 0.0 MB，尚未整理");
        }
        DatabaseCompactor.compact(folder.database(), LocalDate.of(2026, 11, 20));
        try (AppContext context = AppContext.open(folder, TestDatabase.CLOCK)) {
            DatabaseInfoViewModel vm = info(context);
            vm.load();
            assertThat(vm.shownProperty().get().size()).isEqualTo("文件 " + megabytes(folder) + " MB，上次整理：2026-11-20");
        }
    }

    private static DatabaseInfoViewModel info(AppContext context) {
        return new DatabaseInfoViewModel(context.database(), () -> new DatabaseInfoViewModel.Counts(
                context.people().count(), context.disclosures().count(), context.ip().count()), context.backups(), new CurrentThreadTaskExecutor());
    }

    private static String megabytes(DataFolder folder) {
        try {
            return java.math.BigDecimal.valueOf(Files.size(folder.databaseFile()))
                    .divide(java.math.BigDecimal.valueOf(1024L * 1024L), 1, java.math.RoundingMode.HALF_UP).toPlainString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
