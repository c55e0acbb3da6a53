package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;

/**
 * A label with a mnemonic must name its field: in FXML, {@code labelFor="$x"} before {@code x} is
 * declared silently gives null, and Alt+letter then does nothing.
 */
public final class LabelsForFields {
    private LabelsForFields() {
    }

    public static void assertEveryMnemonicLabelHasItsField(Parent root) {
        for (Node node : root.lookupAll(".label")) {
            if (node instanceof Label label && label.isMnemonicParsing() && label.getText() != null
                    && label.getText().contains("_")) {
                assertThat(label.getLabelFor()).as("labelFor of \"%s\"", label.getText()).isNotNull();
            }
        }
    }
}
