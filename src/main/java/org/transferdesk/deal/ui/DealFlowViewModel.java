package org.transferdesk.deal.ui;

import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealFlow;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.TaskExecutor;

/**
 * The deal editor's 流程 timeline (issue 24): the steps of the deal as edited, each with the checks the service runs on
 * its move ({@code DealService.flow}), asked again in the background whenever an edit may change them.
 */
public final class DealFlowViewModel {
    private final Function<Deal, DealFlow> flowOf;
    private final TaskExecutor executor;
    private final ObservableList<DealFlow.Step> steps = FXCollections.observableArrayList();
    private long generation;

    public DealFlowViewModel(Function<Deal, DealFlow> flowOf, TaskExecutor executor) {
        this.flowOf = flowOf;
        this.executor = executor;
    }

    /** Asks for the flow of {@code edited}; an answer overtaken by a later edit is dropped. */
    void refresh(Deal edited) {
        long asked = ++generation;
        executor.execute(BackgroundTask.of(p -> flowOf.apply(edited)).onSuccess(flow -> {
            if (asked == generation) {
                steps.setAll(flow.steps());
            }
        }));
    }

    void clear() {
        ++generation;
        steps.setAll(List.of());
    }

    public ObservableList<DealFlow.Step> steps() {
        return steps;
    }
}
