package org.transferdesk.settings.ui;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.common.I18n;
import org.transferdesk.db.H2Key;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.TaskExecutor;

/**
 * Settings' file encryption (issue 22): turns the H2 file's AES encryption on (password typed twice, and the user
 * confirms that a forgotten password cannot be recovered) or off (current password). The conversion needs the
 * database closed, so the app closes it, converts in the background and quits; the next start asks for the password.
 * A restart is what is robust: every service of the running app holds the open database. Not offered on a shared
 * (PostgreSQL) database, whose disk is IT's.
 */
public final class FileEncryptionViewModel {
    /**
     * Closes the app's database and converts its file with a password ({@code encrypt}, {@code decrypt}: run in the
     * background); {@code isCurrentPassword} tells whether a password is the one this start was opened with (checked
     * before closing).
     */
    public record Converter(Consumer<String> encrypt, Consumer<String> decrypt, Predicate<String> isCurrentPassword) {
    }

    /** What the dialog asks for: the password, typed again, and that a forgotten one cannot be recovered. */
    public record Typed(StringProperty password, StringProperty again, BooleanProperty understood) {
        private void forgetPasswords() {
            password.set("");
            again.set("");
        }
    }

    private final boolean available;
    private final ReadOnlyBooleanWrapper encrypted;
    private final Converter converter;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Runnable quit;
    private final Typed typed = new Typed(new SimpleStringProperty(""), new SimpleStringProperty(""),
            new SimpleBooleanProperty());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();

    /**
     * @param available false on a shared database
     * @param encrypted whether the open database's file is encrypted
     * @param quit      ends the app once the file is converted (or the database was closed for a conversion that
     *                  failed: the app cannot go on without it)
     */
    public FileEncryptionViewModel(boolean available, boolean encrypted, Converter converter, TaskExecutor executor,
                                   DialogService dialogs, Runnable quit) {
        this.available = available;
        this.encrypted = new ReadOnlyBooleanWrapper(encrypted);
        this.converter = converter;
        this.executor = executor;
        this.dialogs = dialogs;
        this.quit = quit;
    }

    /** Where there is nothing to offer (tests, a shared database). */
    public static FileEncryptionViewModel unavailable() {
        return new FileEncryptionViewModel(false, false, null, null, null, () -> { });
    }

    /** Why the typed passwords cannot be used, in the user's language; empty when they can. */
    Optional<String> check() {
        if (!encrypted.get()) {
            if (!typed.understood().get()) {
                return Optional.of(I18n.t("encrypt.understoodNeeded"));
            }
            return H2Key.problem(typed.password().get(), typed.again().get())
                    .map(key -> I18n.t(key, H2Key.MIN_LENGTH));
        }
        return converter.isCurrentPassword().test(typed.password().get()) ? Optional.empty()
                : Optional.of(I18n.t("error.filePasswordWrong"));
    }

    /**
     * Encrypts (or, when the file is encrypted, decrypts) with the typed password. False, with {@link #problem}
     * set, when the passwords cannot be used; nothing is closed then. Else the conversion runs in the background.
     */
    public boolean apply() {
        Optional<String> wrong = check();
        problem.set(wrong.orElse(""));
        if (wrong.isPresent() || running.get()) {
            return false;
        }
        boolean decrypt = encrypted.get();
        String password = typed.password().get();
        typed.forgetPasswords();
        running.set(true);
        executor.execute(BackgroundTask.of(p -> {
            if (decrypt) {
                converter.decrypt().accept(password);
            } else {
                converter.encrypt().accept(password);
            }
            return !decrypt;
        }).onSuccess(nowEncrypted -> {
            encrypted.set(nowEncrypted);
            dialogs.showInfo(I18n.t(nowEncrypted ? "encrypt.title" : "decrypt.title"),
                    I18n.t(nowEncrypted ? "encrypt.done" : "decrypt.done"));
            quit.run();
        }).onFailure(error -> {
            dialogs.showError(I18n.t(decrypt ? "decrypt.title" : "encrypt.title"),
                    org.transferdesk.ui.ErrorHandler.plainMessage(error), error);
            quit.run();
        }).onFinished(() -> running.set(false)));
        return true;
    }

    /** Forgets what was typed (the dialog was cancelled). */
    public void clear() {
        typed.forgetPasswords();
        typed.understood().set(false);
        problem.set("");
    }

    public boolean available() {
        return available;
    }

    public ReadOnlyBooleanProperty encryptedProperty() {
        return encrypted.getReadOnlyProperty();
    }

    public Typed typed() {
        return typed;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
