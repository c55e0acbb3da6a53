package org.transferdesk.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;

/**
 * A module page: its node, the text it shows in the status bar (totals), and what it holds unsaved (the annual
 * report's texts), which exit and a change of language ask about first, as an editor window's close does.
 */
public record Page(Parent node, ObservableValue<String> status, UnsavedWork unsaved) {
    public Page(Parent node, ObservableValue<String> status) {
        this(node, status, UnsavedWork.NONE);
    }
}
