package org.transferdesk.people.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.transferdesk.common.Pinyin;
import org.transferdesk.people.Person;

/**
 * Picking people into a team whose shares must add up to 100 % (a result's inventors, a pilot case's owners): the
 * staff autocomplete and the sum line under the table, shared so both editors read and behave alike.
 */
public final class PersonPicker {
    private PersonPicker() {
    }

    /**
     * Offers the people {@code suggest} finds for what is typed ("T001 张三 · 化学院"); a pick goes to {@code add}
     * and empties the field for the next name.
     */
    public static void autocomplete(TextField field, Function<String, List<Person>> suggest, Consumer<Person> add) {
        var binding = TextFields.bindAutoCompletion(field,
                request -> suggest.apply(request.getUserText()).stream().sorted(Pinyin.by(Person::name)).toList(),
                new StringConverter<Person>() {
                    @Override
                    public String toString(Person p) {
                        return shown(p);
                    }

                    @Override
                    public Person fromString(String s) {
                        return null;
                    }
                });
        binding.setOnAutoCompleted(e -> {
            add.accept(e.getCompletion());
            // the autocomplete writes the chosen text into the field after this handler: clear it after that
            Platform.runLater(field::clear);
        });
    }

    /** How a suggestion reads: staff number, name and, when known, the department. */
    static String shown(Person p) {
        return p == null ? "" : p.staffNo() + " " + p.name()
                + (p.departmentName() == null ? "" : " · " + p.departmentName());
    }

    /** The sum line shows {@code text}, green while {@code ok} (the shares add up), red otherwise. */
    public static void shareSum(Label sumLabel, ObservableStringValue text, ObservableBooleanValue ok) {
        sumLabel.textProperty().bind(text);
        ok.addListener((o, a, now) -> styleSum(sumLabel, now));
        styleSum(sumLabel, ok.get());
    }

    private static void styleSum(Label sumLabel, boolean ok) {
        sumLabel.getStyleClass().removeAll("share-sum-ok", "share-sum-bad");
        sumLabel.getStyleClass().add(ok ? "share-sum-ok" : "share-sum-bad");
    }
}
