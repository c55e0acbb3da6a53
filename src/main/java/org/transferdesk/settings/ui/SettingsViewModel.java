package org.transferdesk.settings.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.transferdesk.common.I18n;
import org.transferdesk.settings.UserSettings;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.TaskExecutor;

/**
 * The settings page: the interface language (saved to the user's settings, then the window is
 * rebuilt by {@code onLanguageChanged}), where the data lives, and facts about the database.
 */
public final class SettingsViewModel {
    private static final List<Locale> LANGUAGES = List.of(I18n.CHINESE, I18n.ENGLISH);

    /**
     * What the page shows besides the language: where the data lives, the app's version, the database's figures and
     * the database file's encryption (issue 22).
     */
    public record About(Path dataFolder, String appVersion, DatabaseInfoViewModel database,
                        FileEncryptionViewModel encryption) {
    }

    private final UserSettings settings;
    private final About about;
    private final TaskExecutor executor;
    private final Runnable onLanguageChanged;
    private final Consumer<Path> openFolder;
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper();
    private Locale saved;

    public SettingsViewModel(UserSettings settings, Path dataFolder, String appVersion, DatabaseInfoViewModel database,
                             TaskExecutor executor, Runnable onLanguageChanged, Consumer<Path> openFolder) {
        this(settings, dataFolder, appVersion, database, executor, onLanguageChanged, openFolder,
                FileEncryptionViewModel.unavailable());
    }

    /** With the database file's encryption (issue 22), offered only for this PC's own file. */
    public SettingsViewModel(UserSettings settings, Path dataFolder, String appVersion, DatabaseInfoViewModel database,
                             TaskExecutor executor, Runnable onLanguageChanged, Consumer<Path> openFolder,
                             FileEncryptionViewModel encryption) {
        this.settings = settings;
        this.about = new About(dataFolder, appVersion, database, encryption);
        this.executor = executor;
        this.onLanguageChanged = onLanguageChanged;
        this.openFolder = openFolder;
        this.saved = settings.language();
        language.set(saved);
        language.addListener((o, a, b) -> canApply.set(b != null && !sameLanguage(b, saved)));
    }

    public void load() {
        about.database().load();
    }

    /** Saves the chosen language to the user's settings, then lets the shell rebuild the window. */
    public void applyLanguage() {
        Locale chosen = language.get();
        if (chosen == null || sameLanguage(chosen, saved)) {
            return;
        }
        executor.execute(BackgroundTask.of(p -> {
            settings.setLanguage(chosen);
            settings.save();
            return chosen;
        }).onSuccess(done -> {
            saved = done;
            canApply.set(false);
            onLanguageChanged.run();
        }));
    }

    private static boolean sameLanguage(Locale a, Locale b) {
        return a.getLanguage().equals(b.getLanguage());
    }

    /** Each language is named in its own language, so anyone can find theirs. */
    public static String languageName(Locale locale) {
        return I18n.ENGLISH.getLanguage().equals(locale.getLanguage()) ? I18n.t("settings.language.en")
                : I18n.t("settings.language.zh");
    }

    public void openDataFolder() {
        openFolder.accept(about.dataFolder());
    }

    public List<Locale> languages() {
        return LANGUAGES;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    /** True when the chosen language differs from the saved one. */
    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    public About about() {
        return about;
    }
}
