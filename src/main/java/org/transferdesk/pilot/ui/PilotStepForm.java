package org.transferdesk.pilot.ui;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.pilot.PilotStep;

/** The next-step form on the 流程 tab: which step, on which day (and the publicity's last day), by whom, a note. */
public record PilotStepForm(ObjectProperty<PilotStep> step, ObjectProperty<LocalDate> date,
                            ObjectProperty<LocalDate> endsOn, StringProperty actor, StringProperty note) {
    PilotStepForm() {
        this(new SimpleObjectProperty<>(), new SimpleObjectProperty<>(), new SimpleObjectProperty<>(),
                new SimpleStringProperty(""), new SimpleStringProperty(""));
    }

    /** The form's values at one moment, to hand to the service off the UI thread. */
    record Entry(PilotStep step, LocalDate on, LocalDate endsOn, String actor, String note) {
    }

    Entry entry() {
        return new Entry(step.get(), date.get(), endsOn.get(), actor.get(), note.get());
    }
}
