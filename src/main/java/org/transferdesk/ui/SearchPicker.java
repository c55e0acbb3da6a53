package org.transferdesk.ui;

import java.util.Comparator;
import java.util.List;
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
 *
 * <p>Too many choices to hold (a thousand results) come from a {@linkplain #searchWith source} instead of
 * {@link #getItems()}: each keystroke asks it off the UI thread, and only the answer to the latest text is shown.
 */
public final class SearchPicker<T> extends TextField {
    /** Beyond this the list would need scrolling; typing more narrows it. */
    static final int MOST_SHOWN = 12;

    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final ObjectProperty<T> value = new SimpleObjectProperty<>(this, "value");
    private final ContextMenu popup = new ContextMenu();
    private Function<T, String> display = String::valueOf;
    private Function<T, String> keys = t -> "";
    private BiConsumer<String, Consumer<T>> create;
    private boolean showingValue;
    private Function<String, List<T>> source;
    private TaskExecutor executor;
    /** The source's answer for {@link #answered}; a keystroke's query is shown only if no later one was asked. */
    private List<T> found = List.of();
    private String answered;
    private String askedFor;
    private long asked;
    /** Enter (or {@link #takeFirst}) came before the source answered: take the first of its answer. */
    private boolean takeWhenAnswered;

    public SearchPicker() {
        getStyleClass().add("search-picker");
        popup.getStyleClass().add("search-picker-popup");
        // a click elsewhere (the 添加 button beside the field) both closes the list and does what it was for
        popup.setConsumeAutoHidingEvents(false);
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
        setOnAction(e -> takeFirst());
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

    /**
     * Finds the choices with {@code search} (run by {@code executor}, off the UI thread; it gets the typed text and
     * returns candidates, which are then matched and ordered as {@link #getItems()} would be) instead of the items.
     */
    public void searchWith(Function<String, List<T>> search, TaskExecutor runner) {
        this.source = Objects.requireNonNull(search);
        this.executor = Objects.requireNonNull(runner);
    }

    /** Takes the first match of the typed text (as Enter does); with a source, once it has answered. */
    public void takeFirst() {
        String typed = typedText();
        if (source != null && !typed.equals(answered)) {
            // the source is still looking for this text (otherwise the text is the chosen value's, shown again)
            takeWhenAnswered = typed.equals(askedFor);
            return;
        }
        List<T> first = matches();
        if (!first.isEmpty()) {
            choose(first.get(0));
        }
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

    /**
     * The choices the typed text finds (with a source: in its latest answer): those it begins first, each part in
     * pinyin order of how they are shown.
     */
    List<T> matches() {
        return source == null ? matching(items, getText(), display, keys) : found;
    }

    /**
     * What the picker lists for {@code typed} among {@code candidates}: every typed word in how one is shown or found,
     * as written, in pinyin or in initials; those it begins first, then in pinyin order of how they are shown. Pure,
     * so a source's candidates are matched off the UI thread.
     */
    public static <T> List<T> matching(List<T> candidates, String typed, Function<T, String> display,
                                        Function<T, String> keys) {
        // a choice shown as "深圳天成…" and found also by its credit code: every typed word in either
        return candidates.stream().filter(t -> Pinyin.matches(display.apply(t) + " " + keys.apply(t), typed))
                .sorted(Comparator.<T, Boolean>comparing(t -> !Pinyin.startsWith(display.apply(t), typed)
                                && !Pinyin.startsWith(keys.apply(t), typed))
                        .thenComparing(Pinyin.by(display)))
                .toList();
    }

    private String typedText() {
        return getText() == null ? "" : getText().strip();
    }

    private void showMatches() {
        if (source == null) {
            showList(matches());
            return;
        }
        String typed = typedText();
        long query = ++asked;
        askedFor = typed;
        if (typed.isEmpty()) {
            found = List.of();
            answered = typed;
            popup.hide();
            return;
        }
        Function<String, List<T>> search = source;
        Function<T, String> shownAs = display;
        Function<T, String> foundBy = keys;
        executor.execute(BackgroundTask.of(p -> matching(search.apply(typed), typed, shownAs, foundBy))
                .onSuccess(answer -> {
                    if (query == asked) {
                        answer(typed, answer);
                    }
                }));
    }

    private void answer(String typed, List<T> answer) {
        found = answer;
        answered = typed;
        if (takeWhenAnswered) {
            takeWhenAnswered = false;
            if (!answer.isEmpty()) {
                choose(answer.get(0));
                return;
            }
        }
        if (isFocused()) {
            showList(answer);
        }
    }

    private void showList(List<T> found) {
        popup.getItems().clear();
        for (T t : found.subList(0, Math.min(MOST_SHOWN, found.size()))) {
            popup.getItems().add(item(display.apply(t), () -> choose(t)));
        }
        if (found.size() > MOST_SHOWN) {
            MenuItem more = new MenuItem(I18n.t("picker.more", found.size() - MOST_SHOWN));
            more.setDisable(true);
            popup.getItems().add(more);
        }
        String typed = typedText();
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
            aboveWhenNoRoomBelow();
        }
    }

    /**
     * A list with no room below the field is pushed up by the screen's edge onto the field it completes, hiding what
     * is typed (issue 24): it moves above the field instead. Its size is known only once shown; it is moved, not
     * shown again, so the field keeps the keyboard.
     */
    private void aboveWhenNoRoomBelow() {
        javafx.geometry.Bounds field = localToScreen(getBoundsInLocal());
        if (field != null && popup.isShowing() && popup.getY() < field.getMaxY() - 1) {
            double above = field.getMinY() - popup.getHeight();
            // never past the screen's top either: there the list would cover the field just the same
            double top = javafx.stage.Screen.getScreensForRectangle(field.getMinX(), field.getMinY(), 1, 1).stream()
                    .findFirst().orElse(javafx.stage.Screen.getPrimary()).getVisualBounds().getMinY();
            if (above >= top) {
                popup.setY(above);
            }
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
