package org.transferdesk.cli;

import java.nio.file.Path;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.I18n;
import org.transferdesk.ledger.LedgerTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "template", mixinStandardHelpOptions = true)
public final class TemplateCommand extends FolderCommand {
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "FILE")
    Path file;

    @Override
    protected Integer run(DataFolder folder) {
        LedgerTemplate.write(file);
        out().println(I18n.t("cli.template.done", file.toAbsolutePath()));
        return 0;
    }

    @Override
    protected boolean worksOnServer() {
        return true; // writes a file; the database is not opened
    }
}
