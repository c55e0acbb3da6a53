package org.transferdesk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.transferdesk.app.AppContext;
import org.transferdesk.app.DataFolder;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of the headless commands: opens the data folder's database and closes it afterwards. */
public abstract class CliCommand implements Callable<Integer> {
    @Mixin
    protected DataDirOption options;

    @Spec
    protected CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        if (spec.root().userObject() instanceof TransferDeskCommand root) {
            options.inheritFrom(root.options);
        }
        DataFolder folder = options.prepare();
        options.applyLanguage();
        if (!needsDatabase()) {
            return run(folder);
        }
        int exit;
        try (AppContext context = AppContext.open(folder, clock())) {
            exit = run(context);
        }
        afterClose(folder, clock());
        return exit;
    }

    /** Runs once this command's database connections are closed (e.g. to compact the file: issue 20). */
    protected void afterClose(DataFolder folder, Clock clock) {
    }

    /** The root command's clock when run under {@code transferdesk}, else the system's. */
    protected Clock clock() {
        return spec.root().userObject() instanceof TransferDeskCommand root ? root.clock() : Clock.systemDefaultZone();
    }

    /** Commands that work on the data folder without opening the database (restore) override this. */
    protected boolean needsDatabase() {
        return true;
    }

    protected Integer run(AppContext context) throws Exception {
        throw new UnsupportedOperationException();
    }

    protected Integer run(DataFolder folder) throws Exception {
        throw new UnsupportedOperationException();
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
