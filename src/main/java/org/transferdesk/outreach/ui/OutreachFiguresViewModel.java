package org.transferdesk.outreach.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.transferdesk.outreach.OutreachCounts;
import org.transferdesk.outreach.OutreachService;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.TaskExecutor;

/** The home screen's outreach line (issue 25): this year's events, results presented, companies met, open leads. */
public final class OutreachFiguresViewModel {
    private final OutreachService service;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<OutreachCounts> counts = new ReadOnlyObjectWrapper<>();

    public OutreachFiguresViewModel(OutreachService service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
    }

    /** Reads this year's counts (the year of the app's today) in the background. */
    public void refresh() {
        executor.execute(BackgroundTask.of(p -> service.counts(service.today().getYear())).onSuccess(counts::set));
    }

    /** Null until first read. */
    public ReadOnlyObjectProperty<OutreachCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }
}
