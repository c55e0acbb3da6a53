package org.transferdesk.cli;

import java.nio.file.Path;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.bootstrap.SharedDatabaseCopy;
import org.transferdesk.common.I18n;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.ServerAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code db copy --from DATA_DIR --to postgresql://…} (issue 21): an office's embedded database into an empty shared
 * one, then the proof that both hold the same (row counts, ledger export, every year's report). Opens the two
 * databases itself, like the benchmarks, so it stays outside {@link CliCommand}'s one-database open.
 */
@Command(name = "copy", mixinStandardHelpOptions = true)
public final class DbCopyCommand extends FolderCommand {
    @Option(names = "--from", paramLabel = "DATA_DIR", required = true)
    Path from;

    @Option(names = "--to", paramLabel = "postgresql://HOST:PORT/DB", required = true)
    String to;

    @Override
    protected boolean worksOnServer() {
        return true;
    }

    @Override
    protected Integer run(DataFolder folder) {
        ServerAddress target = ServerAddress.parse(to, options.dbUser);
        DataFolder source = DataFolder.resolve(from);
        DataDirOption.unlockFile(source); // issue 22: an encrypted folder is read with its file password
        sayNow("cli.db.copy.running", source.root(), target);
        SharedDatabaseCopy.Outcome done = SharedDatabaseCopy.copy(source, target, System.getenv(
                DataDirOption.PASSWORD_ENV), clock(), ProgressSink.NONE);
        out().println(I18n.t("cli.db.copy.done", done.totalRows(), done.rows().size(), target));
        out().println(I18n.t("cli.db.copy.documents", done.documents()));
        // years as plain text: a number argument would print 2,016
        out().println(I18n.t("cli.db.copy.verified", done.rows().size(), done.ledgerFiles(),
                String.valueOf(done.firstYear()), String.valueOf(done.lastYear())));
        return 0;
    }
}
