package org.transferdesk.app;

import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;

/** The shell's commands without a window: tasks run on the calling thread, questions go to a fake dialog service. */
final class TestShellCommands {
    private TestShellCommands() {
    }

    /** Commands on {@code context} whose exit and import wizard do nothing, without the reward exports. */
    static ShellCommands on(AppContext context, FakeDialogService dialogs) {
        return on(context, dialogs, () -> { });
    }

    /** Commands whose first-run setup is {@code firstRun}. */
    static ShellCommands on(AppContext context, FakeDialogService dialogs, Runnable firstRun) {
        return new ShellCommands(context, new CurrentThreadTaskExecutor(), dialogs, new DataEvents(), () -> { },
                () -> { }, firstRun, null);
    }
}
