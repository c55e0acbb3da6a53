package org.transferdesk.due.ui;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.due.DueKind;

/** What the Due screen shows: words to look for, a kind (null: all), how far ahead, and how it is grouped. */
public record DueFilters(StringProperty searchText, ObjectProperty<DueKind> kind, ObjectProperty<Horizon> horizon,
                         ObjectProperty<Grouping> grouping) {
    DueFilters() {
        this(new SimpleStringProperty(""), new SimpleObjectProperty<>(), new SimpleObjectProperty<>(Horizon.DAYS_90),
                new SimpleObjectProperty<>(Grouping.CONSEQUENCE));
    }

    void onChange(Runnable action) {
        for (Observable p : List.<Observable>of(searchText, kind, horizon, grouping)) {
            p.addListener(o -> action.run());
        }
    }

    /** Every kind, no words, 90 days ahead; the grouping is a way of looking, not a filter, and stays. */
    public void clear() {
        searchText.set("");
        kind.set(null);
        horizon.set(Horizon.DAYS_90);
    }
}
