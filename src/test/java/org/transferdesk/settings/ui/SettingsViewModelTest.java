package org.transferdesk.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.I18n;
import org.transferdesk.db.BackupService;
import org.transferdesk.settings.UserSettings;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.ScreenData;
import org.junit.jupiter.api.Tag;

@Tag(TestDatabase.TAG)
class SettingsViewModelTest {
    @TempDir
    Path folder;
    private ScreenData data;
    private UserSettings settings;
    private int languageChanges;
    private final List<Path> opened = new ArrayList<>();
    private SettingsViewModel vm;

    @BeforeEach
    void setUp() {
        data = new ScreenData().withSampleData();
        settings = new UserSettings(folder.resolve("settings.properties"));
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        DatabaseInfoViewModel info = new DatabaseInfoViewModel(data.db, () -> new DatabaseInfoViewModel.Counts(
                data.people.count(), data.disclosures.count(), data.ip.count()),
                new BackupService(folder.resolve("backups"), TestDatabase.CLOCK), executor);
        vm = new SettingsViewModel(settings, folder, "1.2.3", info, executor, () -> languageChanges++, opened::add);
    }

    @AfterEach
    void tearDown() {
        data.close();
    }

    @Test
    void applyingEnglish_savesTheSetting_andCallsBackOnce() {
        assertThat(vm.languageProperty().get()).isEqualTo(I18n.CHINESE);
        assertThat(vm.canApplyProperty().get()).isFalse();
        vm.languageProperty().set(Locale.ENGLISH);
        assertThat(vm.canApplyProperty().get()).isTrue();

        vm.applyLanguage();

        assertThat(new UserSettings(folder.resolve("settings.properties")).language()).isEqualTo(Locale.ENGLISH);
        assertThat(languageChanges).isEqualTo(1);
        assertThat(vm.canApplyProperty().get()).isFalse();
        vm.applyLanguage();
        assertThat(languageChanges).isEqualTo(1);
        assertThat(I18n.locale()).as("the shell, not the page, switches the running language")
                .isEqualTo(I18n.CHINESE);
    }

    @Test
    void languages_areNamedInTheirOwnLanguage() {
        assertThat(vm.languages()).extracting(SettingsViewModel::languageName).containsExactly("简体中文", "English");
    }

    @Test
    void databaseInfo_showsUrlVersionCountsAndBackups() throws Exception {
        vm.load();
        DatabaseInfoViewModel db = vm.about().database();
        assertThat(db.shownProperty().get().url()).startsWith(TestDatabase.onPostgres() ? "jdbc:postgresql:" : "jdbc:h2:mem:");
        assertThat(db.shownProperty().get().schemaVersion()).isEqualTo(org.transferdesk.TestDatabase.latestVersion());
        assertThat(db.shownProperty().get().counts()).isEqualTo("人员 4 人，成果 2 项，知识产权 3 项");
        if (TestDatabase.onPostgres()) {
            // a shared database's file and backups are its server's (issue 21): the page says so, counts no files
            assertThat(db.shownProperty().get().size()).isEqualTo("办公室服务器上的共享数据库");
            assertThat(db.shownProperty().get().backups()).contains("由信息中心在服务器上备份", "pg_dump", "导出台账");
            return;
        }
        assertThat(db.shownProperty().get().backups()).isEqualTo("还没有备份");

        Files.createDirectories(folder.resolve("backups"));
        Files.writeString(folder.resolve("backups/transferdesk-20261120-180000.tdbackup"), "x");
        Files.writeString(folder.resolve("backups/transferdesk-20261121-180000.tdbackup"), "x");
        vm.load();
        assertThat(db.shownProperty().get().backups()).isEqualTo("共 2 个，最新：transferdesk-20261121-180000.tdbackup");
        assertThat(db.loadingProperty().get()).isFalse();
    }

    @Test
    void openFolder_handsTheDataFolderToTheOs() {
        vm.openDataFolder();
        assertThat(opened).containsExactly(folder);
        assertThat(vm.about().dataFolder()).isEqualTo(folder);
        assertThat(vm.about().appVersion()).isEqualTo("1.2.3");
    }
}
