package org.transferdesk.settings.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.db.Database.ServerState;
import org.transferdesk.db.ServerAddress;
import org.transferdesk.settings.UserSettings;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.EditorWindowView;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.TaskExecutor;

/**
 * Settings → 数据库 → 连接共享数据库 (issue 21): the office's PostgreSQL server, tested before it is remembered.
 * 测试连接 connects in the background and says in a clerk's words what it found (or what is wrong); 保存 remembers the
 * address and login for this user (never the password) so the next start works on the shared database; 改用本机数据库
 * goes back to the data folder's own.
 */
public final class SharedDatabaseViewModel implements EditorWindowView.Saving {
    /** Connects and tells what a server database holds, changing nothing ({@code Database::probeServer}). */
    @FunctionalInterface
    public interface Probe {
        ServerState probe(ServerAddress server, String password);
    }

    /**
     * Copies this PC's database into an empty server database and proves the copy ({@code db copy}); answers what was
     * copied, in the clerk's words. Absent when the app already works on a shared database.
     */
    @FunctionalInterface
    public interface Copier {
        String copy(ServerAddress server, String password, org.transferdesk.common.ProgressSink progress);
    }

    /** The window's fields: where the server is and whom to log in as (the password is never remembered). */
    public record ServerFields(StringProperty host, StringProperty port, StringProperty database, StringProperty user,
                               StringProperty password, BooleanProperty tls) {
        /** Every field, so that a change to any of them can be heard. */
        List<Property<?>> all() {
            return List.of(host, port, database, user, password, tls);
        }

        /** What is remembered of them (all but the password), to compare with what was saved. */
        String remembered() {
            return String.join("\u0000", host.get(), port.get(), database.get(), user.get(), String.valueOf(tls.get()));
        }

        /** The typed password, or null when none was typed. */
        String typedPassword() {
            return password.get().isEmpty() ? null : password.get();
        }
    }

    /** How the last test went: not yet, running, usable, or not. */
    public enum Outcome { NONE, TESTING, OK, PROBLEM }

    private final UserSettings settings;
    private final Probe probe;
    private final TaskExecutor executor;
    private final ServerFields fields = new ServerFields(new SimpleStringProperty(""),
            new SimpleStringProperty(String.valueOf(ServerAddress.DEFAULT_PORT)),
            new SimpleStringProperty("transferdesk"), new SimpleStringProperty(""), new SimpleStringProperty(""),
            new SimpleBooleanProperty(true));
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.NONE);
    private final ReadOnlyBooleanWrapper shared = new ReadOnlyBooleanWrapper();
    /** Whether the last test found an empty database this PC's records can be moved into. */
    private final ReadOnlyBooleanWrapper canCopy = new ReadOnlyBooleanWrapper();
    private Copier copier;
    private String saved;

    public SharedDatabaseViewModel(UserSettings settings, Probe probe, TaskExecutor executor) {
        this.settings = settings;
        this.probe = probe;
        this.executor = executor;
        settings.sharedDatabase().ifPresent(s -> {
            fields.host().set(s.host());
            fields.port().set(String.valueOf(s.port()));
            fields.database().set(s.database());
            fields.user().set(s.user() == null ? "" : s.user());
            fields.tls().set(s.tls());
            shared.set(true);
        });
        saved = fields.remembered();
        // a changed field makes the last test's answer stale
        for (Property<?> p : fields.all()) {
            p.addListener((o, a, b) -> forgetTest());
        }
    }

    /** Offers 迁入本机数据 (only while the app works on this PC's own database). */
    public SharedDatabaseViewModel copyingWith(Copier copier) {
        this.copier = copier;
        return this;
    }

    private void forgetTest() {
        canCopy.set(false);
        if (outcome.get() != Outcome.TESTING) {
            outcome.set(Outcome.NONE);
            message.set("");
        }
    }

    /** The address the fields describe, or the reason they do not describe one (shown as the test's answer). */
    Optional<ServerAddress> address() {
        int portNumber;
        String port = fields.port().get().strip();
        try {
            portNumber = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            problem(I18n.t("error.server.badPort", port));
            return Optional.empty();
        }
        String database = fields.database().get();
        try {
            return Optional.of(new ServerAddress(fields.host().get(), portNumber, database == null ? null
                    : database.strip(), fields.user().get(), fields.tls().get()));
        } catch (UserFacingException e) {
            problem(e.getLocalizedMessage());
            return Optional.empty();
        }
    }

    /** 测试连接: in the background; the answer lands in {@link #messageProperty()}. */
    public void test() {
        Optional<ServerAddress> server = address();
        if (server.isEmpty()) {
            return;
        }
        String typed = fields.typedPassword();
        outcome.set(Outcome.TESTING);
        message.set(I18n.t("sharedDb.testing", server.get()));
        executor.execute(BackgroundTask.of(p -> probe.probe(server.get(), typed))
                .onSuccess(this::found)
                .onFailure(e -> problem(ErrorHandler.plainMessage(e))));
    }

    private void found(ServerState state) {
        switch (state.kind()) {
            case READY -> ok(I18n.t("sharedDb.ready", state.version()));
            case NEEDS_UPGRADE -> ok(I18n.t("sharedDb.needsUpgrade", state.version(), state.newest()));
            case EMPTY -> {
                if (copier != null) {
                    // not yet usable (nothing to save), but not a problem either: the records can be moved in
                    outcome.set(Outcome.NONE);
                    message.set(I18n.t("sharedDb.emptyCanCopy"));
                    canCopy.set(true);
                } else {
                    problem(I18n.t("error.server.empty"));
                }
            }
            case FOREIGN -> problem(I18n.t("sharedDb.foreign"));
            case TOO_NEW -> problem(I18n.t("sharedDb.tooNew", state.version(), state.newest()));
        }
    }

    private void ok(String text) {
        outcome.set(Outcome.OK);
        message.set(text);
    }

    private void problem(String text) {
        outcome.set(Outcome.PROBLEM);
        message.set(text);
    }

    /**
     * 迁入本机数据: copies this PC's records and documents into the empty database the last test found, in the
     * background, and proves the copy; once it is done the address can be saved.
     */
    public void copyHere() {
        Optional<ServerAddress> server = address();
        if (server.isEmpty() || !canCopy.get() || copier == null) {
            return;
        }
        String typed = fields.typedPassword();
        canCopy.set(false);
        outcome.set(Outcome.TESTING);
        message.set(I18n.t("sharedDb.copying", server.get()));
        executor.execute(BackgroundTask.of(p -> copier.copy(server.get(), typed, p))
                .onProgress((fraction, text) -> message.set(I18n.t("sharedDb.copying", server.get()) + " " + text))
                .onSuccess(done -> ok(done + " " + I18n.t("sharedDb.copiedSave")))
                .onFailure(e -> problem(ErrorHandler.plainMessage(e))));
    }

    /**
     * 保存: remembers the address and login (not the password) once a test found them usable; the next start opens
     * the shared database. Answers whether it was saved.
     */
    public boolean save() {
        Optional<ServerAddress> server = address();
        if (server.isEmpty() || outcome.get() != Outcome.OK) {
            if (server.isPresent()) {
                problem(I18n.t("sharedDb.testFirst"));
            }
            return false;
        }
        settings.setSharedDatabase(server.get());
        settings.save();
        saved = fields.remembered();
        shared.set(true);
        message.set(I18n.t("sharedDb.saved", server.get()));
        return true;
    }

    /** The window's save button and Ctrl+S: saves at once, the outcome shown in {@link #messageProperty()}. */
    @Override
    public void save(java.util.function.Consumer<Boolean> after) {
        after.accept(save());
    }

    /** 改用本机数据库: forgets the shared database; the next start opens the data folder's own. */
    public void useLocal() {
        settings.setSharedDatabase(null);
        settings.save();
        shared.set(false);
        outcome.set(Outcome.NONE);
        message.set(I18n.t("sharedDb.local"));
    }

    /** Whether the fields differ from what is remembered. */
    public boolean isDirty() {
        return !fields.remembered().equals(saved);
    }

    public ServerFields fields() {
        return fields;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCopyProperty() {
        return canCopy.getReadOnlyProperty();
    }

    /** Whether this user works on a shared database (from the next start, once saved). */
    public ReadOnlyBooleanProperty sharedProperty() {
        return shared.getReadOnlyProperty();
    }
}
