package org.transferdesk.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** Nodes that give their room back while hidden: JavaFX lays out a hidden node's space unless it is unmanaged too. */
public final class NodeVisibility {
    private NodeVisibility() {
    }

    /** Shows {@code node}, and lays it out, only while {@code shown} holds. */
    public static void shownWhen(Node node, ObservableValue<Boolean> shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }
}
