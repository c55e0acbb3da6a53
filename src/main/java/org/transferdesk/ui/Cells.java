package org.transferdesk.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import org.transferdesk.common.Labeled;

/** Small helpers for tables and combo boxes, so views stay short. */
public final class Cells {
    private Cells() {
    }

    /**
     * The columns of a read-only table inside an editor or a page (an editor's IP, deals or status history), from the
     * same {@link ListColumn} descriptions as the list pages: header, cell, alignment and pinyin order said once, no
     * {@code @FXML} column fields and no per-column set-up in each view.
     */
    public static <R> void columns(TableView<R> table, List<ListColumn<R>> columns) {
        table.getColumns().setAll(columns.stream().filter(ListColumn::inTable).map(ListPageView::column).toList());
    }

    /** A read-only column whose value is computed from the row. */
    public static <S, T> void value(TableColumn<S, T> column, Function<S, T> getter) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(getter.apply(c.getValue())));
    }

    /** A column showing an enum's localized label, sorted by the label. */
    public static <S, E extends Labeled> void labeled(TableColumn<S, String> column, Function<S, E> getter) {
        column.setCellValueFactory(c -> {
            E e = getter.apply(c.getValue());
            return new ReadOnlyObjectWrapper<>(e == null ? "" : e.label());
        });
    }

    public static <S> void date(TableColumn<S, LocalDate> column, Function<S, LocalDate> getter) {
        value(column, getter);
    }

    /** Shows and parses dates as yyyy-MM-dd whatever the locale, like the ledger and exports. */
    public static void isoDates(javafx.scene.control.DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip().replace('/', '-').replace('.', '-'));
                } catch (java.time.format.DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
        picker.setPromptText("yyyy-mm-dd");
    }

    /** Shows a choice's values by {@code text}, none as {@code nullText}; a choice is picked, never typed. */
    public static <T> StringConverter<T> shownAs(String nullText, Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? nullText : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A facet combo: the first item (null) reads "all"; others are shown by {@code text}. */
    public static <T> void facet(ComboBox<T> combo, String allText, Function<T, String> text) {
        StringConverter<T> converter = shownAs(allText, text);
        combo.setConverter(converter);
        combo.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        });
        combo.setButtonCell(combo.getCellFactory().call(null));
    }

    /** A combo of enum constants shown by label; {@code nullText} non-null adds an empty choice. */
    public static <E extends Enum<E> & Labeled> void labeledChoices(ComboBox<E> combo, Class<E> type, String nullText) {
        combo.getItems().clear();
        if (nullText != null) {
            combo.getItems().add(null);
        }
        combo.getItems().addAll(type.getEnumConstants());
        facet(combo, nullText == null ? "" : nullText, Labeled::label);
    }
}
