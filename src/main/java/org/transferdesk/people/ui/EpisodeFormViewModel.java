package org.transferdesk.people.ui;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.people.PersonEpisode;

/** The fields of the episode being added or edited. */
public final class EpisodeFormViewModel {
    private final ObjectProperty<EpisodeKind> kind = new SimpleObjectProperty<>(EpisodeKind.SIDE_JOB);
    private final StringProperty company = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> extendedTo = new SimpleObjectProperty<>();
    private final StringProperty approvalRef = new SimpleStringProperty();
    private final StringProperty note = new SimpleStringProperty();

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

    public ObjectProperty<EpisodeKind> kindProperty() {
        return kind;
    }

    public StringProperty companyProperty() {
        return company;
    }

    public ObjectProperty<LocalDate> startsOnProperty() {
        return startsOn;
    }

    public ObjectProperty<LocalDate> endsOnProperty() {
        return endsOn;
    }

    public ObjectProperty<LocalDate> extendedToProperty() {
        return extendedTo;
    }

    public StringProperty approvalRefProperty() {
        return approvalRef;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
