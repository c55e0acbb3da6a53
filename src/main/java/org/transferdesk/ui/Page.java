package org.transferdesk.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;

/** A module page: its node and the text it shows in the status bar (totals). */
public record Page(Parent node, ObservableValue<String> status) {
}
