package org.transferdesk.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * An editor's view model: its {@link EditorSession} keeps the field errors, the problems, the window title and the
 * busy mark, which the editor's view binds through these methods rather than a copy of them in each editor.
 */
public interface EditorViewModel<T> extends EditorWindowView.Saving {
    EditorSession<T> session();

    default ObservableMap<String, String> fieldErrors() {
        return session().fieldErrors();
    }

    default ObservableList<String> problems() {
        return session().problems();
    }

    default ReadOnlyStringProperty windowTitleProperty() {
        return session().windowTitleProperty();
    }

    default ReadOnlyBooleanProperty busyProperty() {
        return session().busyProperty();
    }

    default ReadOnlyBooleanProperty savedProperty() {
        return session().savedProperty();
    }
}
