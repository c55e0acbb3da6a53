package org.transferdesk.settings.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.transferdesk.audit.AuditService;
import org.transferdesk.audit.AuditTexts;
import org.transferdesk.audit.AuditVerification;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.TaskExecutor;

/**
 * Settings' 核验审计记录 (issue 22): checks the whole audit trail in the background (a large ledger's chain takes a
 * while) and says what it found in words: intact, or the first row changed, missing or out of place.
 */
public final class AuditCheckViewModel {
    private final AuditService audit;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper broken = new ReadOnlyBooleanWrapper(false);

    public AuditCheckViewModel(AuditService audit, TaskExecutor executor) {
        this.audit = audit;
        this.executor = executor;
    }

    public void verify() {
        if (running.get()) {
            return;
        }
        running.set(true);
        broken.set(false);
        result.set(I18n.t("audit.check.running"));
        executor.execute(BackgroundTask.of(p -> audit.verify()).onSuccess(this::show).onFailure(e -> {
            broken.set(true);
            result.set(e instanceof UserFacingException u ? u.getLocalizedMessage()
                    : I18n.t("audit.check.failed", String.valueOf(e.getMessage())));
        }).onFinished(() -> running.set(false)));
    }

    private void show(AuditVerification found) {
        broken.set(!found.intact());
        result.set(found.intact() ? AuditTexts.intact(found)
                : AuditTexts.checked(found) + "\n" + AuditTexts.problem(found));
    }

    /** What the last check found, in words (empty before the first). */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Whether the last check found the trail damaged (the view shows it as a warning). */
    public ReadOnlyBooleanProperty brokenProperty() {
        return broken.getReadOnlyProperty();
    }
}
