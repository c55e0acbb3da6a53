package org.transferdesk.match.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.transferdesk.common.I18n;
import org.transferdesk.match.Match;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.FxmlPaneView;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.LiveData;
import org.transferdesk.ui.Page;

/**
 * 技术匹配: the need on top, the ranked results below — a bar for how close each comes to the best, and why it
 * matched. Enter or a double click opens the result.
 */
public final class MatchingView extends FxmlPaneView<MatchingViewModel> {
    @FXML private TextField needTitleField;
    @FXML private TextArea needDescriptionArea;
    @FXML private ComboBox<String> needFieldBox;
    @FXML private TextField needIpcField;
    @FXML private Button findButton;
    @FXML private Button openButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label statusLabel;
    @FXML private TableView<Match> matchTable;

    public MatchingView(MatchingViewModel viewModel) {
        super(viewModel);
    }

    public Page page() {
        Parent node = build();
        LiveData.whileShown(node, viewModel::setShown);
        viewModel.load();
        return new Page(node, viewModel.statusProperty());
    }

    @Override
    protected void bind() {
        needTitleField.textProperty().bindBidirectional(viewModel.titleProperty());
        needDescriptionArea.textProperty().bindBidirectional(viewModel.descriptionProperty());
        needFieldBox.setItems(viewModel.fields());
        needFieldBox.getEditor().textProperty().bindBidirectional(viewModel.fieldProperty());
        needIpcField.textProperty().bindBidirectional(viewModel.ipcClassProperty());
        needTitleField.setOnAction(e -> viewModel.find());
        needIpcField.setOnAction(e -> viewModel.find());
        findButton.setOnAction(e -> viewModel.find());
        progress.visibleProperty().bind(viewModel.busyProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        Cells.columns(matchTable, List.of(ListColumn.text("match.colResult", 110, Match::code),
                ListColumn.text("match.colTitle", 300, Match::title)));
        matchTable.getColumns().add(scoreColumn());
        matchTable.getColumns().add(whyColumn());
        matchTable.setItems(viewModel.matches());
        openButton.disableProperty().bind(matchTable.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> viewModel.open(matchTable.getSelectionModel().getSelectedItem()));
        matchTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                viewModel.open(matchTable.getSelectionModel().getSelectedItem());
            }
        });
        matchTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.open(matchTable.getSelectionModel().getSelectedItem());
            }
        });
    }

    /** The score as a bar, relative to the best match (the number itself means little to a reader). */
    private static TableColumn<Match, Match> scoreColumn() {
        TableColumn<Match, Match> column = new TableColumn<>(I18n.t("match.colScore"));
        column.setId("scoreColumn");
        column.setPrefWidth(120);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();

            @Override
            protected void updateItem(Match match, boolean empty) {
                super.updateItem(match, empty);
                if (empty || match == null) {
                    setGraphic(null);
                    setTooltip(null);
                } else {
                    bar.setProgress(match.share());
                    bar.setMaxWidth(Double.MAX_VALUE);
                    bar.getStyleClass().setAll("progress-bar", "match-score");
                    setGraphic(bar);
                    setTooltip(new Tooltip(String.format(I18n.locale(), "%.2f", match.score())));
                }
            }
        });
        return column;
    }

    private static TableColumn<Match, String> whyColumn() {
        TableColumn<Match, String> column = new TableColumn<>(I18n.t("match.colWhy"));
        column.setId("whyColumn");
        column.setPrefWidth(420);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().explanation()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setWrapText(true);
                setTooltip(empty || text == null ? null : new Tooltip(text));
            }
        });
        return column;
    }
}
