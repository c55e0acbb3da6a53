package org.transferdesk.dashboard;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.transferdesk.due.DueAttention;
import org.transferdesk.due.DueKind;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.YearFigures;

/**
 * What the home screen shows, read at one moment: the charts' figures of {@code year} − 4 … {@code year}
 * (oldest first; {@code year} is usually the current one, counted so far), {@code year}'s whole figures
 * ({@code current}: its results by department), the key figures of {@code year}
 * against the year before, the pilot cases by their current step (cases with no step recorded are left out),
 * and the most urgent {@link Attention} items, at most {@link DashboardService#ATTENTION_LIMIT} of
 * {@code attentionTotal} (what {@code due} counts, and the annual report's data checks); {@code dueByKind} splits
 * {@code due}'s total by kind, the kinds in the order of their most urgent item.
 */
public record Dashboard(int year, LocalDate asOf, List<YearFigures> years, AnnualReport current,
                        List<KeyFigure> keyFigures,
                        Map<PilotStep, Integer> pilotSteps, List<Attention> attention, int attentionTotal,
                        DueAttention due, Map<DueKind, Integer> dueByKind) {
    public Dashboard {
        years = List.copyOf(years);
        keyFigures = List.copyOf(keyFigures);
        // an EnumMap keeps the steps in the order of the flow
        pilotSteps = Collections.unmodifiableMap(pilotSteps.isEmpty() ? new EnumMap<>(PilotStep.class)
                : new EnumMap<>(pilotSteps));
        attention = List.copyOf(attention);
        // a LinkedHashMap keeps the kinds in the order of the attention list
        dueByKind = Collections.unmodifiableMap(new LinkedHashMap<>(dueByKind));
        if (years.isEmpty() || years.get(years.size() - 1).year() != year || current.year() != year) {
            throw new IllegalArgumentException("the last year must be " + year);
        }
    }

    public KeyFigure figure(Figure f) {
        return keyFigures.stream().filter(k -> k.figure() == f).findFirst().orElseThrow();
    }
}
