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
    /**
     * The notice's fields; {@code earliestEnd} is "最早可于 … 结束" for the start date entered (computed by the
     * service).
     */
    public record Notice(ObjectProperty<LocalDate> startsOn, ObjectProperty<LocalDate> endsOn, StringProperty place,
                         StringProperty content, StringProperty earliestEnd) {
    }

    /** The form under the objections table. */
    public record ObjectionForm(ObjectProperty<LocalDate> receivedOn, StringProperty raisedBy, StringProperty content,
                                StringProperty handling, ObjectProperty<LocalDate> closedOn) {
    }

    private final Notice notice = new Notice(new SimpleObjectProperty<>(), new SimpleObjectProperty<>(),
            new SimpleStringProperty(""), new SimpleStringProperty(""), new SimpleStringProperty(""));
    private final ObjectionForm form = new ObjectionForm(value(), text(), text(), text(), value());

    public PublicityViewModel() {
        super(Objection::id);
    }

    void setFrom(Publicity p) {
        notice.startsOn().set(p == null ? null : p.startsOn());
        notice.endsOn().set(p == null ? null : p.endsOn());
        notice.place().set(p == null ? "" : DealTermsViewModel.nz(p.place()));
        notice.content().set(p == null ? "" : DealTermsViewModel.nz(p.content()));
        setAll(p == null ? List.of() : p.objections());
    }

    /** The publicity as edited, or null when nothing of it is filled in. */
    Publicity toPublicity() {
        LocalDate startsOn = notice.startsOn().get();
        LocalDate endsOn = notice.endsOn().get();
        String pl = DealTermsViewModel.blankToNull(notice.place().get());
        String co = DealTermsViewModel.blankToNull(notice.content().get());
        if (startsOn == null && endsOn == null && pl == null && co == null && rows().isEmpty()) {
            return null;
        }
        return new Publicity(startsOn, endsOn, pl, co, rows());
    }

    /** Closes an open objection today (its handling can be typed first). */
    public void close(Objection o, LocalDate today) {
        int index = rows().indexOf(o);
        if (index >= 0 && o.isOpen()) {
            String handling = DealTermsViewModel.blankToNull(form.handling().get());
            rows().set(index, new Objection(o.id(), o.receivedOn(), o.raisedBy(), o.content(),
                    handling == null ? o.handling() : handling, today));
        }
    }

    @Override
    protected Objection fromForm(Long id) {
        if (form.receivedOn().get() == null || DealTermsViewModel.blankToNull(form.content().get()) == null) {
            return fail(I18n.t("dealEditor.objection.incomplete"));
        }
        return new Objection(id, form.receivedOn().get(), DealTermsViewModel.blankToNull(form.raisedBy().get()),
                form.content().get().strip(), DealTermsViewModel.blankToNull(form.handling().get()),
                form.closedOn().get());
    }

    @Override
    protected void toForm(Objection row) {
        form.receivedOn().set(row.receivedOn());
        form.raisedBy().set(DealTermsViewModel.nz(row.raisedBy()));
        form.content().set(DealTermsViewModel.nz(row.content()));
        form.handling().set(DealTermsViewModel.nz(row.handling()));
        form.closedOn().set(row.closedOn());
    }

    public Notice notice() {
        return notice;
    }

    public ObjectionForm objectionForm() {
        return form;
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
