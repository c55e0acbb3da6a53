package org.transferdesk.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.I18n;
import org.transferdesk.db.DatabaseCompactor;
import picocli.CommandLine.Command;

/**
 * {@code db compact}: gives the file's dead space back (issue 20). It needs the database to itself, so it does not
 * open it the usual shared way and is refused while the desktop app or another command has it open.
 */
@Command(name = "compact", mixinStandardHelpOptions = true)
public final class DbCompactCommand extends FolderCommand {
    @Override
    protected Integer run(DataFolder folder) {
        if (saysNoDatabase(folder)) {
            return 0;
        }
        DataDirOption.unlockFile(folder);
        sayNow("cli.db.compact.running");
        DatabaseCompactor.Result r = DatabaseCompactor.compact(folder.database(), LocalDate.now(clock()));
        out().println(I18n.t("cli.db.compact.done", megabytes(r.before()), megabytes(r.after())));
        return 0;
    }

    /** Bytes as megabytes with one decimal, e.g. "208.4". */
    static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024L), 1, RoundingMode.HALF_UP).toPlainString();
    }
}
