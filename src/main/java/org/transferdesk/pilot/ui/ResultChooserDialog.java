package org.transferdesk.pilot.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.transferdesk.common.I18n;
import org.transferdesk.search.SearchHit;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.Dialogs;
import org.transferdesk.ui.TaskExecutor;

/** A result chooser over the global search (results only): type a number or words of the title, pick one. */
public final class ResultChooserDialog implements ResultChooser {
    private final Function<String, List<SearchHit>> search;
    private final TaskExecutor executor;
    private final Supplier<Window> owner;

    public ResultChooserDialog(Function<String, List<SearchHit>> search, TaskExecutor executor, Supplier<Window> owner) {
        this.search = search;
        this.executor = executor;
        this.owner = owner;
    }

    @Override
    public Optional<Long> choose(String title) {
        Dialog<Long> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        TextField term = new TextField();
        term.setId("resultChooserField");
        term.setPromptText(I18n.t("pilotChooser.prompt"));
        ListView<SearchHit> hits = new ListView<>();
        hits.setId("resultChooserList");
        hits.setPrefSize(520, 300);
        long[] generation = {0};
        term.textProperty().addListener((o, a, text) -> {
            long g = ++generation[0];
            if (text == null || text.isBlank()) {
                hits.getItems().clear();
                return;
            }
            executor.execute(BackgroundTask.of(p -> search.apply(text.strip()).stream()
                    .filter(h -> h.kind() == SearchHit.Kind.RESULT).toList()).onSuccess(found -> {
                        if (g == generation[0]) {
                            hits.getItems().setAll(found);
                            hits.getSelectionModel().selectFirst();
                        }
                    }));
        });
        hits.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(SearchHit item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.code() + "  " + item.title());
            }
        });
        VBox content = new VBox(8, new Label(I18n.t("pilotChooser.hint")), term, hits);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = Dialogs.ok();
        dialog.getDialogPane().getButtonTypes().addAll(ok, Dialogs.cancel());
        dialog.getDialogPane().lookupButton(ok).disableProperty()
                .bind(hits.getSelectionModel().selectedItemProperty().isNull());
        hits.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && hits.getSelectionModel().getSelectedItem() != null) {
                ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ok)).fire();
            }
        });
        Dialogs.fitContent(dialog);
        dialog.setResultConverter(b -> b == ok && hits.getSelectionModel().getSelectedItem() != null
                ? hits.getSelectionModel().getSelectedItem().id() : null);
        javafx.application.Platform.runLater(term::requestFocus);
        return dialog.showAndWait();
    }
}
