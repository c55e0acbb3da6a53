package org.transferdesk.outreach.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.deal.ui.RowsViewModel;
import org.transferdesk.outreach.CompanyRef;
import org.transferdesk.outreach.Lead;
import org.transferdesk.outreach.LeadStatus;

/**
 * The leads that followed an event: a company (one that came), the result it asked about (one presented, or none), a
 * note, where it stands, and the deal it became (one of the company's deals, or none).
 */
public final class LeadRows extends RowsViewModel<Lead> {
    private final ObjectProperty<CompanyRef> company = value();
    private final ObjectProperty<ResultRef> result = value();
    private final StringProperty note = text();
    private final ObjectProperty<LeadStatus> status = value();
    private final ObjectProperty<DealSummary> deal = value();
    /** Every deal, read with the event: a lead's deal is chosen among its company's. */
    private final ObservableList<DealSummary> allDeals = FXCollections.observableArrayList();
    private final ObservableList<DealSummary> companyDeals = FXCollections.observableArrayList();

    private final ObservableList<ResultRef> presented;

    LeadRows(ObservableList<ResultRef> presented) {
        super(Lead::id);
        this.presented = presented;
        company.addListener((o, a, chosen) -> {
            companyDeals.setAll(chosen == null ? java.util.List.of() : allDeals.stream()
                    .filter(d -> d.counterpartyId() != null && d.counterpartyId() == chosen.id()).toList());
            if (deal.get() != null && !companyDeals.contains(deal.get())) {
                deal.set(null);
            }
        });
        formCleared();
    }

    @Override
    protected void formCleared() {
        status.set(LeadStatus.NEW);
    }

    @Override
    protected Lead fromForm(Long id) {
        CompanyRef c = company.get();
        if (c == null) {
            return fail(I18n.t("outreachLead.companyRequired"));
        }
        ResultRef r = result.get();
        DealSummary d = deal.get();
        LeadStatus s = status.get() == null ? LeadStatus.NEW : status.get();
        return new Lead(id, c.id(), c.name(), r == null ? null : r.disclosureId(), r == null ? null : r.title(),
                note.get() == null || note.get().isBlank() ? null : note.get().strip(), s,
                d == null ? null : d.id(), d == null ? null : d.contractNo());
    }

    @Override
    protected void toForm(Lead l) {
        company.set(new CompanyRef(l.counterpartyId(), l.company()));
        result.set(l.disclosureId() == null ? null : presented.stream()
                .filter(r -> r.disclosureId() == l.disclosureId()).findFirst().orElse(null));
        note.set(l.note() == null ? "" : l.note());
        status.set(l.status());
        deal.set(l.dealId() == null ? null
                : companyDeals.stream().filter(d -> d.id() == l.dealId()).findFirst().orElse(null));
    }

    void deals(java.util.List<DealSummary> deals) {
        allDeals.setAll(deals);
    }

    public ObjectProperty<CompanyRef> company() {
        return company;
    }

    public ObjectProperty<ResultRef> result() {
        return result;
    }

    public StringProperty note() {
        return note;
    }

    public ObjectProperty<LeadStatus> status() {
        return status;
    }

    public ObjectProperty<DealSummary> deal() {
        return deal;
    }

    /** The deals the chosen company has. */
    public ObservableList<DealSummary> companyDeals() {
        return companyDeals;
    }
}
