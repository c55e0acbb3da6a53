package org.transferdesk.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.Person;

/** The team pickers of the result and pilot editors: how a suggestion reads, and the sum line's colour. */
@ExtendWith(ApplicationExtension.class)
class PersonPickerTest {
    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "T001, 张三, 化学院, T001 张三 · 化学院",
        "T002, 李四, NULL,   T002 李四",
    })
    void aSuggestionReadsStaffNoNameAndDepartment(String staffNo, String name, String department, String shown) {
        Person p = new Person(1L, staffNo, name, null, department, LeaderRole.NONE, null, null, 0);
        assertThat(PersonPicker.shown(p)).isEqualTo(shown);
    }

    @Test
    void noPerson_readsEmpty() {
        assertThat(PersonPicker.shown(null)).isEmpty();
    }

    @Test
    void theSumLine_followsTheText_andIsGreenOnlyWhileTheSharesAddUp() {
        Label sum = new Label();
        SimpleStringProperty text = new SimpleStringProperty("合计 60%");
        SimpleBooleanProperty ok = new SimpleBooleanProperty(false);

        PersonPicker.shareSum(sum, text, ok);
        assertThat(sum.getText()).isEqualTo("合计 60%");
        assertThat(sum.getStyleClass()).contains("share-sum-bad").doesNotContain("share-sum-ok");

        text.set("合计 100%");
        ok.set(true);
        assertThat(sum.getText()).isEqualTo("合计 100%");
        assertThat(sum.getStyleClass()).contains("share-sum-ok").doesNotContain("share-sum-bad");

        ok.set(false);
        assertThat(sum.getStyleClass()).containsOnlyOnce("share-sum-bad").doesNotContain("share-sum-ok");
    }
}
