package org.transferdesk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
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
            if (makesDemo()) {
                exit = run(context);
            } else {
                long lastAudit = context.demo().lastAudit();
                try {
                    exit = run(context);
                } finally {
                    keepUnfinishedDemo(context, lastAudit);
                }
            }
        }
        afterClose(folder, clock());
        return exit;
    }

    /** Runs once this command's database connections are closed (e.g. to compact the file: issue 20). */
    protected void afterClose(DataFolder folder, Clock clock) {
    }

    /**
     * A command that saved anything next to an interrupted demo (issue 19) makes the demo's records the office's:
     * {@code demo} would otherwise wipe what the clerk imported or distributed since, with the demo.
     */
    private static void keepUnfinishedDemo(AppContext context, long lastAudit) {
        try {
            context.demo().keepIfWrittenSince(lastAudit);
        } catch (RuntimeException e) {
            // the command's own outcome (or failure) is what the clerk must see; the mark stays, the wipe re-checks
            org.slf4j.LoggerFactory.getLogger(CliCommand.class).warn("Could not check for an interrupted demo", e);
        }
    }

    /** The commands that make demo records themselves ({@code demo}) override this. */
    protected boolean makesDemo() {
        return false;
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
