package org.transferdesk.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeTableView;

/**
 * Puts every table column of a loaded view on the zoom ({@link Theme#zoomedWidth}): widths in FXML are given for
 * 100 %. A column already following (made by shared code) is left alone. Tabs, scroll panes, titled and split panes
 * are entered through their content, which is not among their children until first shown.
 */
final class ZoomedTables {
    private ZoomedTables() {
    }

    static void follow(Node node) {
        if (node instanceof TableView<?> table) {
            columns(table.getColumns());
        } else if (node instanceof TreeTableView<?> table) {
            columns(table.getColumns());
        } else if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(t -> followContent(t.getContent()));
        } else if (node instanceof ScrollPane scroll) {
            followContent(scroll.getContent());
        } else if (node instanceof TitledPane titled) {
            followContent(titled.getContent());
        } else if (node instanceof SplitPane split) {
            split.getItems().forEach(ZoomedTables::follow);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(ZoomedTables::follow);
        }
    }

    private static void followContent(Node content) {
        if (content != null) {
            follow(content);
        }
    }

    private static void columns(List<? extends TableColumnBase<?, ?>> columns) {
        for (TableColumnBase<?, ?> c : columns) {
            if (!Theme.followsZoom(c)) {
                Theme.zoomedWidth(c, c.getPrefWidth());
            }
            columns(c.getColumns());
        }
    }
}
