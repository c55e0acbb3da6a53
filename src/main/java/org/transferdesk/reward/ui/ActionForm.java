package org.transferdesk.reward.ui;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.calendar.CalendarGaps;
import org.transferdesk.common.I18n;
import org.transferdesk.reward.PublicityEnd;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.TaskExecutor;

/**
 * The fields of the distribution editor's life-cycle actions (公示, 审批, 发放, 撤销). Choosing the first
 * day of publicity shows the earliest last day the rules allow (R-PUB-REWARD, from the work calendar —
 * looked up in the background) and proposes it as the last day, unless the user chose another.
 */
public final class ActionForm {
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper earliestEnd = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper calendarWarning = new ReadOnlyStringWrapper("");
    private final StringProperty docNo = new SimpleStringProperty("");
    private final StringProperty docName = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> approvedOn = new SimpleObjectProperty<>();
    private final StringProperty approvedBy = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> paidOn = new SimpleObjectProperty<>();
    private final StringProperty payrollRef = new SimpleStringProperty("");
    private final StringProperty revokeReason = new SimpleStringProperty("");
    private LocalDate suggestedEnd;

    ActionForm(TaskExecutor executor, Function<LocalDate, PublicityEnd> earliestEndOf) {
        from.addListener((o, a, day) -> {
            if (day == null) {
                earliestEnd.set("");
                calendarWarning.set("");
                return;
            }
            executor.execute(BackgroundTask.of(p -> earliestEndOf.apply(day)).onSuccess(computed -> {
                if (day.equals(from.get())) {
                    LocalDate end = computed.end();
                    earliestEnd.set(I18n.t("rewardEditor.earliestEnd", end));
                    calendarWarning.set(CalendarGaps.message(computed.unarrangedYears()));
                    if (to.get() == null || to.get().equals(suggestedEnd)) {
                        to.set(end);
                    }
                    suggestedEnd = end;
                }
            }));
        });
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyStringProperty earliestEndProperty() {
        return earliestEnd.getReadOnlyProperty();
    }

    /** Not empty when the earliest end counted a year without holiday arrangements (weekends only). */
    public ReadOnlyStringProperty calendarWarningProperty() {
        return calendarWarning.getReadOnlyProperty();
    }

    public StringProperty docNoProperty() {
        return docNo;
    }

    /** 公示结果文件名称, recorded with the number (R-TAX58-FILING). */
    public StringProperty docNameProperty() {
        return docName;
    }

    public ObjectProperty<LocalDate> approvedOnProperty() {
        return approvedOn;
    }

    public StringProperty approvedByProperty() {
        return approvedBy;
    }

    public ObjectProperty<LocalDate> paidOnProperty() {
        return paidOn;
    }

    public StringProperty payrollRefProperty() {
        return payrollRef;
    }

    public StringProperty revokeReasonProperty() {
        return revokeReason;
    }
}
