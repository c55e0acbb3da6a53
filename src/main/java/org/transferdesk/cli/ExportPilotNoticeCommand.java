package org.transferdesk.cli;

import java.nio.file.Path;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.common.I18n;
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
        Path file = out != null ? out : Path.of(I18n.t("pilotExport.notice.fileName", c.caseNo()));
        documents.writeNotice(c.id(), file);
        out().println(I18n.t("cli.export.documentWritten", file.toAbsolutePath()));
        return 0;
    }
}
