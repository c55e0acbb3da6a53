package org.transferdesk.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.Pinyin;
import org.transferdesk.ui.Assignees.Assignee;
import org.transferdesk.ui.Assignees.Options;

/**
 * The 经办人/技术经理人 field of the result, deal and pilot case editors (issue 22): the active accounts in pinyin
 * order of their names, after "none" (null). A technology manager's chooser is locked to themselves. A record assigned
 * to an account no longer active still shows it, so opening and saving it keeps the assignment.
 */
public final class AssigneeChoice {
    private static final Comparator<Assignee> BY_NAME = Pinyin.by(Assignee::displayName);

    private final ObservableList<Assignee> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Assignee> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private Options options = Options.NONE;

    /** What the editor loaded: the accounts and who is signed in (until the next load). */
    public void offer(Options loaded) {
        this.options = loaded == null ? Options.NONE : loaded;
    }

    public Options options() {
        return options;
    }

    /** Shows a record's assignee ({@code login} null: none) among the choices. */
    public void show(String login, String name) {
        Assignee current = login == null ? null : options.active().stream().filter(a -> a.login().equals(login))
                .findFirst().orElse(new Assignee(login, name == null ? login : name));
        List<Assignee> list = new ArrayList<>();
        if (options.own() != null) {
            // a technology manager: themselves (and what the record has, which the database shows them only if theirs)
            list.add(current == null ? options.forNew() : current);
        } else {
            list.add(null);
            List<Assignee> sorted = new ArrayList<>(options.active());
            if (current != null && !sorted.contains(current)) {
                sorted.add(current);
            }
            sorted.sort(BY_NAME);
            list.addAll(sorted);
        }
        if (!choices.equals(list)) {
            choices.setAll(list);
        }
        selected.set(current);
        locked.set(options.own() != null);
        shown.set(options.offered() || login != null);
    }

    /** The chosen login, null for none. */
    public String login() {
        Assignee a = selected.get();
        return a == null ? null : a.login();
    }

    /** The chosen account's name, null for none. */
    public String name() {
        Assignee a = selected.get();
        return a == null ? null : a.displayName();
    }

    public ObservableList<Assignee> choices() {
        return choices;
    }

    public ObjectProperty<Assignee> selectedProperty() {
        return selected;
    }

    /** True for a technology manager: the field shows them and cannot be changed. */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /** Whether the editor shows the field: on the shared database, or when the record has an assignee. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
