package org.transferdesk.app;

import java.util.function.Consumer;
import javafx.stage.Stage;
import org.transferdesk.due.RecordRef;
import org.transferdesk.due.ui.DueView;
import org.transferdesk.due.ui.DueViewModel;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.Module;
import org.transferdesk.ui.Page;

/**
 * The deadline screens of the GUI: the Due page (待办), its calendar and fee-plan exports, and the
 * navigation badge counting what is overdue or due within the smallest reminder level.
 */
final class DueWindows {
    private final AppContext context;
    private final Stage stage;
    private final FxTaskExecutor executor;
    private final DialogService dialogs;
    private final DataEvents events;
    private final ExportActions export;
    private final Consumer<RecordRef> open;
    private long badgeGeneration;

    DueWindows(AppContext context, Stage stage, FxTaskExecutor executor, DialogService dialogs, DataEvents events,
               ExportActions export, Consumer<RecordRef> open) {
        this.context = context;
        this.stage = stage;
        this.executor = executor;
        this.dialogs = dialogs;
        this.events = events;
        this.export = export;
        this.open = open;
    }

    Page page() {
        DueView view = new DueView(new DueViewModel(context.due(), executor, events), open::accept, export);
        return view.build();
    }

    /** Keeps the 待办 badge current: counted in the background now and after every change of records. */
    void keepBadge(java.util.function.BiConsumer<Module, Integer> show) {
        events.subscribe(change -> refreshBadge(show));
        refreshBadge(show);
    }

    private void refreshBadge(java.util.function.BiConsumer<Module, Integer> show) {
        long mine = ++badgeGeneration;
        executor.execute(BackgroundTask.of(p -> context.due().urgentCount(context.due().today())).onSuccess(n -> {
            if (mine == badgeGeneration) {
                show.accept(Module.DUE, n);
            }
        }));
    }
}
