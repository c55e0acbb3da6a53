package org.transferdesk.cli;

import java.nio.file.Path;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.common.I18n;
import org.transferdesk.ledger.LedgerExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code export ledger OUT}: the records in the import format, a workbook (OUT.xlsx) or a folder of CSV files. */
@Command(name = "ledger", mixinStandardHelpOptions = true)
public final class ExportLedgerCommand extends CliCommand<LedgerExport> {
    public ExportLedgerCommand() {
        super(AppContext::ledgerExport);
    }

    @Parameters(index = "0", paramLabel = "OUT", descriptionKey = "OUT")
    Path out;

    @Override
    protected Integer run(LedgerExport ledger) {
        LedgerExport.Written written = ledger.write(out);
        out().println(I18n.t("cli.export.ledgerWritten", written.rows(), out.toAbsolutePath()));
        written.notes().forEach(err()::println);
        return 0;
    }
}
