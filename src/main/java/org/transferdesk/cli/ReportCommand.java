package org.transferdesk.cli;

import java.nio.file.Path;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.common.I18n;
import org.transferdesk.report.ReportPackage;
import org.transferdesk.report.ReportService;
import org.transferdesk.report.export.ReportDocx;
import org.transferdesk.report.export.ReportJson;
import org.transferdesk.report.export.ReportXlsx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "report", mixinStandardHelpOptions = true)
public final class ReportCommand extends CliCommand<ReportService> {
    public ReportCommand() {
        super(AppContext::reports);
    }

    enum Format { json, xlsx, docx }

    @Option(names = "--year", paramLabel = "YEAR")
    Integer year;

    @Option(names = "--format", paramLabel = "FORMAT")
    Format format = Format.json;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Override
    protected Integer run(ReportService reports) throws Exception {
        int y = year != null ? year : reports.defaultYear();
        if (y < 1900 || y > 9999) {
            throw new ParameterException(spec.commandLine(), I18n.t("cli.report.badYear", String.valueOf(y)));
        }
        if (out == null && format != Format.json) {
            throw new ParameterException(spec.commandLine(), I18n.t("cli.report.outRequired"));
        }
        ReportPackage report = reports.report(y);
        if (out == null) {
            ReportJson.write(report, out());
            return 0;
        }
        switch (format) {
            case json -> ReportJson.write(out, report);
            case xlsx -> ReportXlsx.write(out, report);
            case docx -> ReportDocx.write(out, report);
        }
        documentWritten(out);
        if (!report.current().checks().isEmpty()) {
            err().println(I18n.t("cli.report.checks", report.current().checks().size()));
        }
        return 0;
    }
}
