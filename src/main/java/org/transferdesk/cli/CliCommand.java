package org.transferdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.Optional;
import java.util.function.Function;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.db.ServerAddress;
import org.transferdesk.db.ServerSchemaGuard;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of the headless commands: opens the data folder's database and closes it afterwards. A command names what
 * it uses as {@code S} (a service, or a small record of the few it needs) and, in its constructor, how to take it
 * from the open context; its body, {@link #run}, sees only that (issue 23 item 3: ArchitectureTest keeps the
 * context's methods out of the commands' other code). The benchmark commands measure the whole application and
 * stay outside this base.
 */
public abstract class CliCommand<S> implements Callable<Integer> {
    @Mixin
    protected DataDirOption options;

    @Spec
    protected CommandSpec spec;

    private final Function<AppContext, S> uses;

    /** {@code uses}: what the command uses, taken from the open context (e.g. {@code AppContext::due}). */
    protected CliCommand(Function<AppContext, S> uses) {
        this.uses = uses;
    }

    @Override
    public final Integer call() throws Exception {
        if (spec.root().userObject() instanceof TransferDeskCommand root) {
            options.inheritFrom(root.options);
        }
        DataFolder folder = options.prepare();
        options.applyLanguage();
        return runOn(folder);
    }

    /** Opens the database for the body; the commands that must not open it ({@link FolderCommand}) override this. */
    Integer runOn(DataFolder folder) throws Exception {
        int exit;
        try (AppContext context = open(folder, clock(), schemaGuard())) {
            S services = uses.apply(context);
            if (makesDemo()) {
                exit = run(services);
            } else {
                long lastAudit = context.demo().lastAudit();
                try {
                    exit = run(services);
                } finally {
                    keepUnfinishedDemo(context, lastAudit);
                }
            }
        }
        afterClose(folder, clock());
        return exit;
    }

    /**
     * What opening a shared database ({@code --db}) may do to its schema: an ordinary command needs it set up and
     * current; {@code db init} and {@code db upgrade} say otherwise.
     */
    protected ServerSchemaGuard schemaGuard() {
        return ServerSchemaGuard.OPEN;
    }

    /**
     * Opens the database the options name: the shared server of {@code --db} under {@code guard}, else the data
     * folder's own file. The server's password is taken from {@value DataDirOption#PASSWORD_ENV}; without it the server is first
     * tried without one (a server that trusts this machine needs none) and, when it asks, the console prompts.
     */
    private AppContext open(DataFolder folder, Clock clock, ServerSchemaGuard guard) {
        Optional<ServerAddress> server = options.server();
        if (server.isEmpty()) {
            DataDirOption.unlockFile(folder);
            return AppContext.open(folder, clock);
        }
        String password = System.getenv(DataDirOption.PASSWORD_ENV);
        try {
            return AppContext.openShared(folder, server.get(), password, guard, clock);
        } catch (UserFacingException e) {
            if (password != null || !"error.server.passwordNeeded".equals(e.key())) {
                throw e;
            }
            return AppContext.openShared(folder, server.get(), DataDirOption.askPassword(server.get()), guard, clock);
        }
    }

    /** The command's body, given only what its constructor said it uses; its answer is the exit code. */
    protected abstract Integer run(S services) throws Exception;

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

    /** {@code out} when given, else the document's usual name ({@code nameKey}, {@code args}) in the working folder. */
    protected static Path fileOrDefault(Path out, String nameKey, Object... args) {
        return out != null ? out : Path.of(I18n.t(nameKey, args));
    }

    /** Tells where the document went, as every export does. */
    protected void documentWritten(Path file) {
        out().println(I18n.t("cli.export.documentWritten", file.toAbsolutePath()));
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
