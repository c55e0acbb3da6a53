package org.transferdesk.cli;

import java.nio.file.Path;
import org.transferdesk.bootstrap.AppContext;
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
        Path file = fileOrDefault(out, "pilotExport.register.fileName", services.pilots().today().toString());
        services.documents().writeRegister(file);
        documentWritten(file);
        return 0;
    }
}
