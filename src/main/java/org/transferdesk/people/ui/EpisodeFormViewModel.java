package org.transferdesk.people.ui;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.people.PersonEpisode;

/** The fields of the episode being added or edited. */
public record EpisodeFormViewModel(ObjectProperty<EpisodeKind> kind, StringProperty company,
                                   ObjectProperty<LocalDate> startsOn, ObjectProperty<LocalDate> endsOn,
                                   ObjectProperty<LocalDate> extendedTo, StringProperty approvalRef,
                                   StringProperty note) {

    public EpisodeFormViewModel() {
        this(new SimpleObjectProperty<>(EpisodeKind.SIDE_JOB), new SimpleStringProperty(),
                new SimpleObjectProperty<>(), new SimpleObjectProperty<>(), new SimpleObjectProperty<>(),
                new SimpleStringProperty(), new SimpleStringProperty());
    }

    void setFrom(PersonEpisode e) {
        kind.set(e.kind());
        company.set(e.company());
        startsOn.set(e.startsOn());
        endsOn.set(e.endsOn());
        extendedTo.set(e.extendedTo());
        approvalRef.set(e.approvalRef());
        note.set(e.note());
    }

    PersonEpisode toEpisode(Long id, long personId) {
        return new PersonEpisode(id, personId, kind.get(), company.get(), startsOn.get(), endsOn.get(),
                extendedTo.get(), approvalRef.get(), note.get());
    }
}
