package org.transferdesk.ui;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Pinyin;

/**
 * A field that picks one of many (a deal's 对方 among a hundred companies): typing lists the matches (those it begins first, in
 * pinyin order) by name, pinyin or pinyin initials ("sztc" finds 深圳天成) or another key (a credit code); Enter or a click
 * takes one, Esc puts the chosen one back, and "新建…" makes one from the typed text. What was typed is never
 * taken as a choice on its own: leaving the field shows the chosen value again (empty text chooses none).
 */
public final class SearchPicker<T> extends TextField {
    /** Beyond this the list would need scrolling; typing more narrows it. */
    static final int MOST_SHOWN = 12;
    private static final Collator PINYIN = Collator.getInstance(Locale.CHINA);

    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final ObjectProperty<T> value = new SimpleObjectProperty<>(this, "value");
    private final ContextMenu popup = new ContextMenu();
    private Function<T, String> display = String::valueOf;
    private Function<T, String> keys = t -> "";
    private BiConsumer<String, Consumer<T>> create;
    private boolean showingValue;

    public SearchPicker() {
        getStyleClass().add("search-picker");
        popup.getStyleClass().add("search-picker-popup");
        value.addListener((o, was, now) -> showValue());
        textProperty().addListener((o, was, now) -> {
            if (!showingValue && isFocused()) {
                showMatches();
            }
        });
        focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                popup.hide();
                settle();
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                showValue();
            } else if (e.getCode() == KeyCode.DOWN) {
                showMatches();
                popup.requestFocus();
            }
        });
        setOnAction(e -> {
            List<T> found = matches();
            if (!found.isEmpty()) {
                choose(found.get(0));
            }
        });
    }

    /** How a choice is shown in the field and the list, and what else it is found by (e.g. its credit code). */
    public void describe(Function<T, String> shownAs, Function<T, String> foundAlsoBy) {
        this.display = Objects.requireNonNull(shownAs);
        this.keys = Objects.requireNonNull(foundAlsoBy);
        showValue();
    }

    /**
     * Offers "新建…" with the typed text: {@code create} gets the text and what to call with the made choice (e.g. after
     * the record was saved in the background), which becomes the value.
     */
    public void onCreate(BiConsumer<String, Consumer<T>> create) {
        this.create = create;
    }

    public ObservableList<T> getItems() {
        return items;
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public T getValue() {
        return value.get();
    }

    public void setValue(T chosen) {
        value.set(chosen);
    }

    /** The choices the typed text finds: those it begins first, each part in pinyin order of how they are shown. */
    List<T> matches() {
        String typed = getText();
        // a choice shown as "深圳天成…" and found also by its credit code: every typed word in either
        return items.stream().filter(t -> Pinyin.matches(display.apply(t) + " " + keys.apply(t), typed))
                .sorted(Comparator.<T, Boolean>comparing(t -> !Pinyin.startsWith(display.apply(t), typed))
                        .thenComparing(t -> display.apply(t), PINYIN::compare))
                .toList();
    }

    private void showMatches() {
        List<T> found = matches();
        popup.getItems().clear();
        for (T t : found.subList(0, Math.min(MOST_SHOWN, found.size()))) {
            popup.getItems().add(item(display.apply(t), () -> choose(t)));
        }
        if (found.size() > MOST_SHOWN) {
            MenuItem more = new MenuItem(I18n.t("picker.more", found.size() - MOST_SHOWN));
            more.setDisable(true);
            popup.getItems().add(more);
        }
        String typed = getText() == null ? "" : getText().strip();
        if (create != null && !typed.isEmpty()) {
            if (!popup.getItems().isEmpty()) {
                popup.getItems().add(new SeparatorMenuItem());
            }
            popup.getItems().add(item(I18n.t("picker.create", typed), () -> create.accept(typed, this::choose)));
        }
        if (popup.getItems().isEmpty()) {
            MenuItem none = new MenuItem(I18n.t("picker.none"));
            none.setDisable(true);
            popup.getItems().add(none);
        }
        if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null) {
            popup.show(this, Side.BOTTOM, 0, 0);
        }
    }

    private MenuItem item(String text, Runnable action) {
        Label label = new Label(text);
        label.setMaxWidth(Math.max(getWidth(), 320));
        CustomMenuItem item = new CustomMenuItem(label, true);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void choose(T chosen) {
        popup.hide();
        value.set(chosen);
        showValue();
        positionCaret(getLength());
    }

    /** Leaving the field: empty text chooses none; anything else shows the chosen value again. */
    private void settle() {
        if (getText() == null || getText().isBlank()) {
            value.set(null);
        }
        showValue();
    }

    private void showValue() {
        showingValue = true;
        try {
            setText(value.get() == null ? "" : display.apply(value.get()));
        } finally {
            showingValue = false;
        }
    }
}
