package org.transferdesk.deal.ui;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Approval;
import org.transferdesk.deal.ApprovalTier;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;

/** R-APPROVAL: the approvals recorded for the deal. */
public final class ApprovalsViewModel extends DealRowsTab<Approval> {
    /** The form under the approvals table. */
    public record Form(ObjectProperty<ApprovalTier> tier, StringProperty approver, ObjectProperty<LocalDate> approvedOn,
                       StringProperty minutesRef, BooleanProperty relatedPartyStep) {
    }

    private final Form form = new Form(value(), text(), value(), text(), flag());
    private ApprovalTier required;

    public ApprovalsViewModel() {
        super(Approval::id, Deal::approvals, DealBuilder::approvals);
    }

    @Override
    protected Approval fromForm(Long id) {
        String approver = DealTermsViewModel.blankToNull(form.approver().get());
        if (form.tier().get() == null || form.approvedOn().get() == null || approver == null) {
            return fail(I18n.t("dealEditor.approval.incomplete"));
        }
        return new Approval(id, form.tier().get(), approver, form.approvedOn().get(),
                DealTermsViewModel.blankToNull(form.minutesRef().get()), form.relatedPartyStep().get());
    }

    @Override
    protected void toForm(Approval row) {
        form.tier().set(row.tier());
        form.approver().set(DealTermsViewModel.nz(row.approver()));
        form.approvedOn().set(row.approvedOn());
        form.minutesRef().set(DealTermsViewModel.nz(row.minutesRef()));
        form.relatedPartyStep().set(row.relatedPartyStep());
    }

    /**
     * The tier the deal's amount needs (R-APPROVAL, asked of the service): a new approval starts with it, and the form
     * follows it while the clerk has not chosen another.
     */
    public void requireTier(ApprovalTier tier) {
        ApprovalTier before = required;
        required = tier;
        if (form.tier().get() == null || form.tier().get() == before) {
            form.tier().set(tier);
        }
    }

    @Override
    protected void formCleared() {
        form.tier().set(required);
    }

    public Form form() {
        return form;
    }
}
