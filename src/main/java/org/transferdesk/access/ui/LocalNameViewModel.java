package org.transferdesk.access.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.access.AccountService;
import org.transferdesk.access.SignedIn;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.TaskExecutor;

/**
 * The embedded database's one user gives the name the audit and every "changed by" show (issue 22): asked once at
 * the first start (Cancel keeps the computer's user name and asks again at the next start), changed later in the
 * settings. Saved through {@link AccountService#nameLocalUser} in the background.
 */
public final class LocalNameViewModel {
    private final AccountService accounts;
    private final TaskExecutor executor;
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public LocalNameViewModel(AccountService accounts, TaskExecutor executor) {
        this.accounts = accounts;
        this.executor = executor;
        SignedIn who = accounts.signedIn();
        // prefilled with nothing the first time: the computer's user name is not a name
        name.set(who.named() ? who.displayName() : "");
    }

    /** Whether the start should ask: the embedded database's user has not given a name yet. */
    public boolean needed() {
        SignedIn who = accounts.signedIn();
        return !who.shared() && !who.named();
    }

    /** Saves the name typed; {@code after} gets true once saved, false when refused (the problem then shows). */
    public void save(Consumer<Boolean> after) {
        String typed = name.get();
        problem.set("");
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> accounts.nameLocalUser(typed)).onSuccess(named -> after.accept(true))
                .onFailure(error -> {
                    problem.set(String.join("\n", ErrorHandler.messages(error)));
                    after.accept(false);
                }).onFinished(() -> busy.set(false)));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
