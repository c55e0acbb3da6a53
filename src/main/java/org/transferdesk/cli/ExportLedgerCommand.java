package org.transferdesk.cli;

import java.nio.file.Path;
import org.transferdesk.app.AppContext;
import org.transferdesk.common.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code export ledger OUT}: the records in the import format, a workbook (OUT.xlsx) or a folder of CSV files. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = {"Write the ledger in the import format: 人员, 成果, 知识产权, 合同, 到账, 费用, 奖励发放, 赋权.",
                "OUT ending in .xlsx is one workbook; otherwise a folder of UTF-8 CSV files named after the sheets.",
                "What the format cannot hold (draft contracts, unpaid or revoked rewards, ended pilot cases …) is "
                        + "left out and counted on stderr."})
public final class ExportLedgerCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "OUT", description = "The .xlsx file or the folder to write.")
    Path out;

    @Override
    protected Integer run(AppContext context) {
        org.transferdesk.ledger.LedgerExport.Written written = context.ledgerExport().write(out);
        out().println(I18n.t("cli.export.ledgerWritten", written.rows(), out.toAbsolutePath()));
        written.notes().forEach(err()::println);
        return 0;
    }
}
