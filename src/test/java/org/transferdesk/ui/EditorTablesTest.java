package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.transferdesk.common.I18n;

/** The tables an editor edits in place: their columns, the buttons acting on the selected row, a sub-form's problems. */
@ExtendWith(ApplicationExtension.class)
class EditorTablesTest {
    /** A line of such a table: a name shown, a share typed, a flag ticked. */
    private record Line(String name, StringProperty share, BooleanProperty key) {
        Line(String name) {
            this(name, new SimpleStringProperty("10"), new SimpleBooleanProperty(true));
        }
    }

    private final ObservableList<Line> lines = FXCollections.observableArrayList(new Line("甲"), new Line("乙"),
            new Line("丙"));
    /** Made once the extension has started the toolkit: a control class must not load before it. */
    private TableView<Line> table;
    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void newTable() {
        table = new TableView<>(lines);
    }

    @Test
    void columns_readOnlyFirstThenTyped_withHeadersWidthsAndCells() {
        TableColumn<Line, String> share = EditorTables.typed("inventors.share", 140, Line::share);
        TableColumn<Line, Boolean> key = EditorTables.checked("inventors.key", 130, Line::key);
        EditorTables.columns(table, List.of(ListColumn.text("person.name", 160, Line::name)), share, key);

        assertThat(table.getColumns()).extracting(TableColumn::getText).containsExactly(I18n.t("person.name"),
                I18n.t("inventors.share"), I18n.t("inventors.key"));
        assertThat(table.getColumns()).extracting(TableColumn::getPrefWidth).containsExactly(160.0, 140.0, 130.0);
        assertThat(table.getColumns()).extracting(TableColumn::isEditable).containsExactly(false, true, true);
        assertThat(share.getCellObservableValue(1)).isSameAs(lines.get(1).share());
        assertThat(key.getCellObservableValue(2)).isSameAs(lines.get(2).key());
        assertThat(share.getCellFactory()).isNotNull();
        assertThat(key.getCellFactory()).isNotNull();
    }

    @Test
    void onSelected_actsOnTheSelectedRow_andNothingWithoutOne() {
        Button remove = new Button();
        EditorTables.onSelected(remove, table, line -> calls.add(line.name()));
        remove.fire();
        assertThat(calls).isEmpty();
        table.getSelectionModel().select(1);
        remove.fire();
        assertThat(calls).containsExactly("乙");
    }

    @Test
    void moves_upIsMinusOne_downIsPlusOne_andTheRowStaysSelected() {
        Button up = new Button();
        Button down = new Button();
        EditorTables.moves(up, down, table, (line, delta) -> {
            calls.add(line.name() + delta);
            int at = lines.indexOf(line);
            lines.remove(at);
            lines.add(at + delta, line);
        });
        up.fire();
        assertThat(calls).isEmpty();
        Line third = lines.get(2);
        table.getSelectionModel().select(third);
        up.fire();
        assertThat(calls).containsExactly("丙-1");
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(third);
        table.getSelectionModel().select(lines.get(0));
        down.fire();
        assertThat(calls).containsExactly("丙-1", "甲1");
        assertThat(table.getSelectionModel().getSelectedItem().name()).isEqualTo("甲");
    }

    @Test
    void problems_oneWrappedErrorLineEach_andTheBoxShowsOnlyWithSome() {
        VBox box = new VBox();
        EditorTables.problems(box, List.of("日期必填", "理由必填"));
        assertThat(box.getChildren()).extracting(n -> ((Label) n).getText()).containsExactly("日期必填", "理由必填");
        assertThat(box.getChildren()).allSatisfy(n -> {
            assertThat(((Label) n).isWrapText()).isTrue();
            assertThat(n.getStyleClass()).contains("field-error");
        });
        assertThat(box.isVisible()).isTrue();
        assertThat(box.isManaged()).isTrue();

        EditorTables.problems(box, List.of());
        assertThat(box.getChildren()).isEmpty();
        assertThat(box.isVisible()).isFalse();
        assertThat(box.isManaged()).isFalse();
    }
}
