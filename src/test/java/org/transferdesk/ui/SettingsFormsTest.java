package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A refused save's problems under a settings form: one wrapped field-error line each, following the list. */
@ExtendWith(ApplicationExtension.class)
class SettingsFormsTest {
    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need.
    }

    @Test
    void problemLines_showWhatIsThere_followChanges_andKeepTheBoxInTheLayout() {
        ObservableList<String> problems = FXCollections.observableArrayList("already there");
        VBox box = new VBox();

        SettingsForms.problemLines(problems, box);
        assertThat(texts(box)).containsExactly("already there");

        problems.setAll("first", "second");
        assertThat(texts(box)).containsExactly("first", "second");
        assertThat(box.getChildren()).allSatisfy(n -> {
            assertThat(n.getStyleClass()).contains("field-error");
            assertThat(((Label) n).isWrapText()).isTrue();
        });

        problems.clear();
        assertThat(box.getChildren()).isEmpty();
        assertThat(box.isManaged()).isTrue();
    }

    private static java.util.List<String> texts(VBox box) {
        return box.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }
}
