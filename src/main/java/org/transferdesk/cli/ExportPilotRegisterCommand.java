package org.transferdesk.cli;

import java.nio.file.Path;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.common.I18n;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.pilot.export.PilotDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "pilot-register", mixinStandardHelpOptions = true)
public final class ExportPilotRegisterCommand extends CliCommand<ExportPilotRegisterCommand.Services> {
    record Services(PilotService pilots, PilotDocuments documents) {
    }

    public ExportPilotRegisterCommand() {
        super(context -> new Services(context.pilots(), context.pilotDocuments()));
    }

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Override
    protected Integer run(Services services) {
        Path file = out != null ? out
                : Path.of(I18n.t("pilotExport.register.fileName", services.pilots().today().toString()));
        services.documents().writeRegister(file);
        out().println(I18n.t("cli.export.documentWritten", file.toAbsolutePath()));
        return 0;
    }
}
