package org.transferdesk.cli;

import java.nio.file.Path;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.common.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "pilot-register", mixinStandardHelpOptions = true)
public final class ExportPilotRegisterCommand extends CliCommand {
    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Override
    protected Integer run(AppContext context) {
        Path file = out != null ? out
                : Path.of(I18n.t("pilotExport.register.fileName", context.pilots().today().toString()));
        context.pilotDocuments().writeRegister(file);
        out().println(I18n.t("cli.export.documentWritten", file.toAbsolutePath()));
        return 0;
    }
}
