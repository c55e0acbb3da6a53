package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 24, item 8: in every list, a zero amount is blank (the export still writes 0), numbers sit right, and a cell
 * too narrow for its text shows all of it as a tooltip.
 */
@ExtendWith(ApplicationExtension.class)
class ListCellsTest {
    record Row(String title, BigDecimal amount, Integer count) {
    }

    private TableView<Row> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        table.setId("table");
        Cells.columns(table, List.of(ListColumn.text("dealList.title", 90, Row::title),
                ListColumn.money("dealList.amount", 120, Row::amount),
                ListColumn.of("dealList.count", 60, Row::count)));
        table.getItems().setAll(new Row("一种基于机器学习的二氧化碳加氢制甲醇方法及系统", BigDecimal.ZERO.setScale(2), 7),
                new Row("短名", new BigDecimal("994320.00"), 12));
        GuiTestStage.show(stage, table, 400, 200);
    }

    @Test
    void zeroIsBlank_numbersSitRight_andCutTextHasATooltip(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell(robot, 0, 1).getText()).isEmpty();
        assertThat(cell(robot, 1, 1).getText()).isEqualTo("994,320.00");
        assertThat(cell(robot, 0, 2).getText()).isEqualTo("7");
        assertThat(cell(robot, 0, 2).getAlignment()).isEqualTo(Pos.CENTER_RIGHT);

        assertThat(cell(robot, 0, 0).getTooltip()).isNotNull();
        assertThat(cell(robot, 0, 0).getTooltip().getText()).isEqualTo("一种基于机器学习的二氧化碳加氢制甲醇方法及系统");
        assertThat(cell(robot, 1, 0).getTooltip()).isNull();
    }

    private TableCell<?, ?> cell(FxRobot robot, int row, int column) {
        return robot.lookup(".table-cell").queryAll().stream().map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getIndex() == row && c.getTableColumn() == table.getColumns().get(column))
                .findFirst().orElseThrow();
    }
}
