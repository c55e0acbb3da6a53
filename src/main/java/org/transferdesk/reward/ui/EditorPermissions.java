package org.transferdesk.reward.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.DistributionStatus;

/** What the distribution editor lets the clerk do with the distribution shown, by its status (R-PUB-REWARD flow). */
public final class EditorPermissions {
    private final ReadOnlyBooleanWrapper canEdit = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canPublicise = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canApprove = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canPay = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRevoke = new ReadOnlyBooleanWrapper();

    void update(Distribution d) {
        DistributionStatus s = d.status();
        boolean saved = !d.isNew();
        canEdit.set(s == DistributionStatus.DRAFT && !d.imported());
        canPublicise.set(saved && s == DistributionStatus.DRAFT);
        canApprove.set(saved && s == DistributionStatus.PUBLICISING);
        canPay.set(saved && (s == DistributionStatus.PUBLICISING || s == DistributionStatus.APPROVED));
        canRevoke.set(saved && s.isLive() && s != DistributionStatus.PAID
                && d.lines().stream().noneMatch(DistributionLine::isPaid));
    }

    public ReadOnlyBooleanProperty canEditProperty() {
        return canEdit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPubliciseProperty() {
        return canPublicise.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApproveProperty() {
        return canApprove.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPayProperty() {
        return canPay.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRevokeProperty() {
        return canRevoke.getReadOnlyProperty();
    }
}
