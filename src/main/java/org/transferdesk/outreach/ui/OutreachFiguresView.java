package org.transferdesk.outreach.ui;

import java.util.List;
import java.util.function.ToIntFunction;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.transferdesk.common.I18n;
import org.transferdesk.outreach.OutreachCounts;

/**
 * Four small tiles on the home screen in the dashboard's tile style; a click opens the events list. Built in code:
 * it is a row of the dashboard, not a screen of its own.
 */
public final class OutreachFiguresView {
    private record Shown(String key, ToIntFunction<OutreachCounts> value) {
    }

    private static final List<Shown> FIGURES = List.of(new Shown("outreachFigures.events", OutreachCounts::events),
            new Shown("outreachFigures.results", OutreachCounts::resultsPresented),
            new Shown("outreachFigures.companies", OutreachCounts::companiesMet),
            new Shown("outreachFigures.openLeads", OutreachCounts::openLeads));

    private OutreachFiguresView() {
    }

    /** The tiles, filled in as the counts arrive; {@code showEvents} opens the events list. */
    public static Parent build(OutreachFiguresViewModel viewModel, Runnable showEvents) {
        FlowPane tiles = new FlowPane();
        tiles.getStyleClass().add("dashboard-tiles");
        tiles.setId("outreachFigures");
        viewModel.countsProperty().addListener((o, was, counts) -> tiles.getChildren().setAll(FIGURES.stream()
                .map(f -> tile(I18n.t(f.key(), String.valueOf(counts.year())), f.value().applyAsInt(counts), showEvents)).toList()));
        return tiles;
    }

    private static Button tile(String title, int value, Runnable showEvents) {
        Label t = new Label(title);
        t.getStyleClass().add("tile-title");
        Label v = new Label(String.valueOf(value));
        v.getStyleClass().add("tile-value");
        VBox box = new VBox(t, v);
        box.getStyleClass().add("tile-box");
        Button button = new Button(null, box);
        button.getStyleClass().setAll("dashboard-tile");
        button.setMnemonicParsing(false);
        button.setOnAction(e -> showEvents.run());
        return button;
    }
}
