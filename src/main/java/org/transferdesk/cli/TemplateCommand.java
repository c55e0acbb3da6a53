package org.transferdesk.cli;

import java.nio.file.Path;
import org.transferdesk.app.DataFolder;
import org.transferdesk.common.I18n;
import org.transferdesk.ledger.LedgerTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write an empty ledger workbook (sheets 人员, 成果, 知识产权, 合同, 到账, 费用, 奖励发放 with their header rows) to fill in "
                + "and bring back with the import command.")
public final class TemplateCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The .xlsx file to write (replaced if it exists).")
    Path file;

    @Override
    protected boolean needsDatabase() {
        return false;
    }

    @Override
    protected Integer run(DataFolder folder) {
        LedgerTemplate.write(file);
        out().println(I18n.t("cli.template.done", file.toAbsolutePath()));
        return 0;
    }
}
