package org.transferdesk.cli;

import java.nio.file.Path;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.export.PilotDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "pilot-notice", mixinStandardHelpOptions = true)
public final class ExportPilotNoticeCommand extends CliCommand<PilotDocuments> {
    public ExportPilotNoticeCommand() {
        super(AppContext::pilotDocuments);
    }

    @Option(names = "--case", required = true, paramLabel = "FQ-YYYY-NNN")
    String caseNo;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Override
    protected Integer run(PilotDocuments documents) {
        PilotCase c = documents.byCaseNo(caseNo);
        Path file = fileOrDefault(out, "pilotExport.notice.fileName", c.caseNo());
        documents.writeNotice(c.id(), file);
        documentWritten(file);
        return 0;
    }
}
