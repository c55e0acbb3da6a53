package org.transferdesk.access.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.transferdesk.access.Account;
import org.transferdesk.access.AccountService;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.common.Role;
import org.transferdesk.common.ValidationException;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.TaskExecutor;

/**
 * 用户管理 (issue 22): the shared database's accounts, for an administrator. Every change goes through
 * {@link AccountService} (which checks it, audits it, and asks PostgreSQL, which decides) in the background; a refused
 * change shows its problems beside the fields of the form that made it, or in the window. Accounts are deactivated,
 * never deleted: the audit keeps their names.
 */
public final class AccountsViewModel {
    /** The changes the window offers, each a small form. */
    public enum Action {
        CREATE("login", "displayName", "role", "password", "repeat"), ROLE("role"), NAME("displayName"),
        PASSWORD("password", "repeat");

        private final Set<String> fields;

        Action(String... fields) {
            this.fields = Set.of(fields);
        }

        /** The fields this action's form shows. */
        public Set<String> fields() {
            return fields;
        }
    }

    /** The small form's fields; an action shows those it names ({@link Action#fields()}). */
    public record Form(StringProperty login, StringProperty displayName, ObjectProperty<Role> role,
                       StringProperty password, StringProperty repeat) {
        /** The typed password does not stay in the form once it was sent (nor when a form starts). */
        private void forgetPasswords() {
            password.set("");
            repeat.set("");
        }
    }

    private final AccountService accounts;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<Account> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Account> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsProblem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final Form form = new Form(new SimpleStringProperty(""), new SimpleStringProperty(""),
            new SimpleObjectProperty<>(), new SimpleStringProperty(""), new SimpleStringProperty(""));
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper formProblem = new ReadOnlyStringWrapper("");

    public AccountsViewModel(AccountService accounts, TaskExecutor executor, DialogService dialogs) {
        this.accounts = accounts;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Whether the signed-in person may change accounts here (an administrator on the shared database). */
    public boolean manages() {
        return accounts.shared() && accounts.signedIn().may(Role.Permission.MANAGE_ACCOUNTS);
    }

    /** Reads the accounts in the background. */
    public void load() {
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> accounts.accounts()).onSuccess(found -> {
            Account was = selected.get();
            rows.setAll(found);
            selected.set(was == null ? null : found.stream().filter(a -> a.login().equals(was.login())).findFirst()
                    .orElse(null));
        }).onFailure(this::showProblem).onFinished(() -> busy.set(false)));
    }

    /** Fills the form for {@code action}: empty for a new account, the selected account's name or role otherwise. */
    public void startForm(Action action) {
        fieldErrors.clear();
        formProblem.set("");
        Account account = selected.get();
        form.login().set(action == Action.CREATE || account == null ? "" : account.login());
        form.displayName().set(action == Action.CREATE || account == null ? "" : account.displayName());
        form.role().set(action == Action.CREATE ? Role.CLERK : account == null ? null : account.role());
        form.forgetPasswords();
    }

    /**
     * Sends the form of {@code action} (for the selected account, except a new one) in the background; {@code after}
     * gets true once done, false when refused (the problems are then beside the fields).
     */
    public void submit(Action action, Consumer<Boolean> after) {
        fieldErrors.clear();
        formProblem.set("");
        Account account = selected.get();
        if (action != Action.CREATE && account == null) {
            after.accept(false);
            return;
        }
        if (action.fields().contains("repeat") && !form.password().get().equals(form.repeat().get())) {
            fieldErrors.put("repeat", I18n.t("accounts.repeatDiffers"));
            after.accept(false);
            return;
        }
        String typedLogin = form.login().get();
        String typedName = form.displayName().get();
        Role chosen = form.role().get();
        char[] typedPassword = form.password().get().toCharArray();
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> switch (action) {
            case CREATE -> accounts.create(typedLogin, typedName, chosen, typedPassword);
            case ROLE -> accounts.setRole(account, chosen);
            case NAME -> accounts.rename(account, typedName);
            case PASSWORD -> accounts.resetPassword(account, typedPassword);
        }).onSuccess(changed -> {
            form.forgetPasswords();
            done(changed, switch (action) {
                case CREATE -> I18n.t("accounts.created", changed.login(), changed.displayName(),
                        changed.role().label());
                case ROLE -> I18n.t("accounts.roleChanged", changed.displayName(), changed.role().label());
                case NAME -> I18n.t("accounts.renamed", changed.login(), changed.displayName());
                case PASSWORD -> I18n.t("accounts.passwordReset", changed.displayName());
            });
            after.accept(true);
        }).onFailure(error -> {
            showFormProblems(action, error);
            after.accept(false);
        }).onFinished(() -> {
            Arrays.fill(typedPassword, '\0');
            busy.set(false);
        }));
    }

    /**
     * Deactivates (after a confirmation saying the account can no longer sign in and the audit keeps its name) or
     * activates again the selected account.
     */
    public void toggleActive() {
        Account account = selected.get();
        if (account == null) {
            return;
        }
        boolean activate = !account.active();
        boolean self = account.login().equals(accounts.signedIn().login());
        // one's own account is refused at once, in words (AccountService says why): nothing to confirm
        if (!activate && !self && !dialogs.confirm(I18n.t("accounts.deactivateTitle"),
                I18n.t("accounts.deactivateQuestion", account.displayName(), account.login()))) {
            return;
        }
        message.set("");
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> accounts.setActive(account, activate))
                .onSuccess(changed -> done(changed, I18n.t(activate ? "accounts.activated" : "accounts.deactivated",
                        changed.displayName(), changed.login())))
                .onFailure(this::showProblem).onFinished(() -> busy.set(false)));
    }

    private void done(Account changed, String said) {
        int at = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).login().equals(changed.login())) {
                at = i;
            }
        }
        if (at >= 0) {
            rows.set(at, changed);
        } else {
            rows.add(changed);
        }
        selected.set(changed);
        messageIsProblem.set(false);
        message.set(said);
    }

    private void showFormProblems(Action action, Throwable error) {
        if (error instanceof ValidationException v) {
            v.problems().stream().filter(p -> action.fields().contains(p.field()))
                    .forEach(p -> fieldErrors.putIfAbsent(p.field(), p.message()));
            formProblem.set(v.problems().stream().filter(p -> !action.fields().contains(p.field()))
                    .map(Problem::message).collect(Collectors.joining("\n")));
        } else {
            formProblem.set(ErrorHandler.plainMessage(error));
        }
    }

    private void showProblem(Throwable error) {
        messageIsProblem.set(true);
        message.set(String.join("\n", ErrorHandler.messages(error)));
    }

    /** The roles offered, as the database knows them. */
    public List<Role> roles() {
        return List.of(Role.values());
    }

    /** 启用 / 停用. */
    public static String status(Account account) {
        return I18n.t(account.active() ? "accounts.active" : "accounts.inactive");
    }

    /** What each role may do, one line: shown under the role chooser. */
    public static String roleHint(Role role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case ADMIN -> I18n.t("accounts.roleHint.ADMIN");
            case CLERK -> I18n.t("accounts.roleHint.CLERK");
            case FINANCE -> I18n.t("accounts.roleHint.FINANCE");
            case MANAGER -> I18n.t("accounts.roleHint.MANAGER");
            case LEADER -> I18n.t("accounts.roleHint.LEADER");
            case AUDITOR -> I18n.t("accounts.roleHint.AUDITOR");
        };
    }

    /** Whether the selected account is the one signed in (its role and activity are another administrator's). */
    public BooleanBinding selectedIsSelf() {
        return Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().login().equals(accounts.signedIn().login()), selected);
    }

    public BooleanBinding nothingSelected() {
        return selected.isNull();
    }

    /** The label of 停用 / 启用 for the selected account. */
    public javafx.beans.binding.StringBinding toggleLabel() {
        return Bindings.createStringBinding(() -> I18n.t(selected.get() != null && !selected.get().active()
                ? "accounts.activate" : "accounts.deactivate"), selected);
    }

    /** The window's sentence about who is signed in and what the accounts are. */
    public String intro() {
        return I18n.t("accounts.intro", accounts.signedIn().describe());
    }

    public ObservableList<Account> rows() {
        return rows;
    }

    public ObjectProperty<Account> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsProblemProperty() {
        return messageIsProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Form form() {
        return form;
    }

    /** The form's problems by field: login, displayName, role, password, repeat. */
    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** A refusal of the form that belongs to none of its fields (e.g. one's own role, the database's refusal). */
    public ReadOnlyStringProperty formProblemProperty() {
        return formProblem.getReadOnlyProperty();
    }
}
