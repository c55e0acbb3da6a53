package org.transferdesk.pilot.ui;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.pilot.PilotObjection;

/**
 * The objection form under the publicity's objections: a new one as received (date, who raised it, content) and
 * the selected one's handling and closing date.
 */
public record PilotObjectionForm(ObjectProperty<LocalDate> receivedOn, StringProperty raisedBy, StringProperty content,
                                 StringProperty handling, ObjectProperty<LocalDate> closedOn) {
    PilotObjectionForm() {
        this(new SimpleObjectProperty<>(), new SimpleStringProperty(""), new SimpleStringProperty(""),
                new SimpleStringProperty(""), new SimpleObjectProperty<>());
    }

    void clear() {
        receivedOn.set(null);
        raisedBy.set("");
        content.set("");
        handling.set("");
        closedOn.set(null);
    }

    /** A newly received objection as typed (blank text is no text). */
    PilotObjection received() {
        return new PilotObjection(null, receivedOn.get(), blankToNull(raisedBy.get()), blankToNull(content.get()), null,
                null);
    }

    /** {@code o} closed with the handling typed and the closing date. */
    PilotObjection closing(PilotObjection o) {
        return new PilotObjection(o.id(), o.receivedOn(), o.raisedBy(), o.content(), blankToNull(handling.get()),
                closedOn.get());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
