package org.transferdesk.deal.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Approval;
import org.transferdesk.deal.ApprovalTier;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;

/** R-APPROVAL: the approvals recorded for the deal. */
public final class ApprovalsViewModel extends RowsViewModel<Approval> implements DealTab {
    private final ObjectProperty<ApprovalTier> tier = value();
    private final StringProperty approver = text();
    private final ObjectProperty<LocalDate> approvedOn = value();
    private final StringProperty minutesRef = text();
    private final BooleanProperty relatedPartyStep = flag();

    public ApprovalsViewModel() {
        super(Approval::id);
    }

    @Override
    protected Approval fromForm(Long id) {
        if (tier.get() == null || approvedOn.get() == null || DealTermsViewModel.blankToNull(approver.get()) == null) {
            return fail(I18n.t("dealEditor.approval.incomplete"));
        }
        return new Approval(id, tier.get(), DealTermsViewModel.blankToNull(approver.get()), approvedOn.get(),
                DealTermsViewModel.blankToNull(minutesRef.get()), relatedPartyStep.get());
    }

    @Override
    protected void toForm(Approval row) {
        tier.set(row.tier());
        approver.set(DealTermsViewModel.nz(row.approver()));
        approvedOn.set(row.approvedOn());
        minutesRef.set(DealTermsViewModel.nz(row.minutesRef()));
        relatedPartyStep.set(row.relatedPartyStep());
    }

    public ObjectProperty<ApprovalTier> tierProperty() {
        return tier;
    }

    public StringProperty approverProperty() {
        return approver;
    }

    public ObjectProperty<LocalDate> approvedOnProperty() {
        return approvedOn;
    }

    public StringProperty minutesRefProperty() {
        return minutesRef;
    }

    public BooleanProperty relatedPartyStepProperty() {
        return relatedPartyStep;
    }

    @Override
    public void show(Deal deal) {
        setAll(deal.approvals());
    }

    @Override
    public Deal contribute(Deal edited) {
        return DealBuilder.toBuilder(edited).approvals(List.copyOf(rows())).build();
    }
}
