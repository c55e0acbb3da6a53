package org.transferdesk.reward.ui;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.transferdesk.calendar.CalendarGaps;
import org.transferdesk.common.I18n;
import org.transferdesk.reward.PublicityEnd;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.TaskExecutor;

/**
 * The first and last day of a distribution's publicity (公示). Choosing the first day shows the earliest last
 * day the rules allow (R-PUB-REWARD, from the work calendar — looked up in the background) and proposes it as
 * the last day, unless the user chose another.
 */
public final class PublicityDates {
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper earliestEnd = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper calendarWarning = new ReadOnlyStringWrapper("");
    private LocalDate suggestedEnd;
    /** The first day {@link #suggestedEnd} was computed for. */
    private LocalDate suggestedFor;

    PublicityDates(TaskExecutor executor, Function<LocalDate, PublicityEnd> earliestEndOf) {
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
                    suggestedFor = day;
                }
            }));
        });
    }

    /** The earliest last day for the first day chosen, once computed (null before, or without a first day). */
    LocalDate earliestEnd() {
        return from.get() != null && from.get().equals(suggestedFor) ? suggestedEnd : null;
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
}
