package org.transferdesk.cli;

import java.nio.file.Path;
import org.transferdesk.app.AppContext;
import org.transferdesk.common.I18n;
import org.transferdesk.pilot.PilotCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "pilot-notice", mixinStandardHelpOptions = true,
        description = {"Write the printable grant publicity notice (赋权公示, A4) of a pilot case as .xlsx.",
                "Before the publicity is recorded, it proposes a period from today to the earliest end the rules allow.",
                "Exit codes: 0 written, 1 unknown case or file not written."})
public final class ExportPilotNoticeCommand extends CliCommand {
    @Option(names = "--case", required = true, paramLabel = "FQ-YYYY-NNN", description = "The pilot case number.")
    String caseNo;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The .xlsx file to write (default: 赋权公示-<case>.xlsx in the current folder).")
    Path out;

    @Override
    protected Integer run(AppContext context) {
        PilotCase c = context.pilotDocuments().byCaseNo(caseNo);
        Path file = out != null ? out : Path.of(I18n.t("pilotExport.notice.fileName", c.caseNo()));
        context.pilotDocuments().writeNotice(c.id(), file);
        out().println(I18n.t("cli.export.documentWritten", file.toAbsolutePath()));
        return 0;
    }
}
