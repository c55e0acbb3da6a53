package org.transferdesk.deal.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.Objection;
import org.transferdesk.deal.Publicity;

/** R-PUB-PRICE: the price publicity and its objections (the rows of this view model). */
public final class PublicityViewModel extends RowsViewModel<Objection> implements DealTab {
    private final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>();
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty content = new SimpleStringProperty("");
    private final StringProperty earliestEnd = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> objReceivedOn = value();
    private final StringProperty objRaisedBy = text();
    private final StringProperty objContent = text();
    private final StringProperty objHandling = text();
    private final ObjectProperty<LocalDate> objClosedOn = value();

    public PublicityViewModel() {
        super(Objection::id);
    }

    void setFrom(Publicity p) {
        startsOn.set(p == null ? null : p.startsOn());
        endsOn.set(p == null ? null : p.endsOn());
        place.set(p == null ? "" : DealTermsViewModel.nz(p.place()));
        content.set(p == null ? "" : DealTermsViewModel.nz(p.content()));
        setAll(p == null ? java.util.List.of() : p.objections());
    }

    /** The publicity as edited, or null when nothing of it is filled in. */
    Publicity toPublicity() {
        String pl = DealTermsViewModel.blankToNull(place.get());
        String co = DealTermsViewModel.blankToNull(content.get());
        if (startsOn.get() == null && endsOn.get() == null && pl == null && co == null && rows().isEmpty()) {
            return null;
        }
        return new Publicity(startsOn.get(), endsOn.get(), pl, co, rows());
    }

    /** Closes an open objection today (its handling can be typed first). */
    public void close(Objection o, LocalDate today) {
        int index = rows().indexOf(o);
        if (index >= 0 && o.isOpen()) {
            String handling = DealTermsViewModel.blankToNull(objHandling.get());
            rows().set(index, new Objection(o.id(), o.receivedOn(), o.raisedBy(), o.content(),
                    handling == null ? o.handling() : handling, today));
        }
    }

    @Override
    protected Objection fromForm(Long id) {
        if (objReceivedOn.get() == null || DealTermsViewModel.blankToNull(objContent.get()) == null) {
            return fail(I18n.t("dealEditor.objection.incomplete"));
        }
        return new Objection(id, objReceivedOn.get(), DealTermsViewModel.blankToNull(objRaisedBy.get()),
                objContent.get().strip(), DealTermsViewModel.blankToNull(objHandling.get()), objClosedOn.get());
    }

    @Override
    protected void toForm(Objection row) {
        objReceivedOn.set(row.receivedOn());
        objRaisedBy.set(DealTermsViewModel.nz(row.raisedBy()));
        objContent.set(DealTermsViewModel.nz(row.content()));
        objHandling.set(DealTermsViewModel.nz(row.handling()));
        objClosedOn.set(row.closedOn());
    }

    public ObjectProperty<LocalDate> startsOnProperty() {
        return startsOn;
    }

    public ObjectProperty<LocalDate> endsOnProperty() {
        return endsOn;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty contentProperty() {
        return content;
    }

    /** "最早可于 … 结束" for the start date entered (computed by the service). */
    public StringProperty earliestEndProperty() {
        return earliestEnd;
    }

    public ObjectProperty<LocalDate> objReceivedOnProperty() {
        return objReceivedOn;
    }

    public StringProperty objRaisedByProperty() {
        return objRaisedBy;
    }

    public StringProperty objContentProperty() {
        return objContent;
    }

    public StringProperty objHandlingProperty() {
        return objHandling;
    }

    public ObjectProperty<LocalDate> objClosedOnProperty() {
        return objClosedOn;
    }

    @Override
    public void show(Deal deal) {
        setFrom(deal.publicity());
    }

    @Override
    public Deal contribute(Deal edited) {
        return DealBuilder.toBuilder(edited).publicity(toPublicity()).build();
    }
}
