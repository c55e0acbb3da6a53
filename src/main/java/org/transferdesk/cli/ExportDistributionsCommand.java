package org.transferdesk.cli;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.common.I18n;
import org.transferdesk.reward.DistributionJson;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.ExportedDistribution;
import org.transferdesk.reward.export.DistributionTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "distributions", mixinStandardHelpOptions = true)
public final class ExportDistributionsCommand extends CliCommand<DistributionService> {
    public ExportDistributionsCommand() {
        super(AppContext::distributions);
    }

    @Option(names = "--year", required = true, paramLabel = "Y")
    int year;

    @Option(names = "--format", required = true, paramLabel = "json|xlsx|csv")
    String format;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Override
    protected Integer run(DistributionService distributions) throws Exception {
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("json") && !f.equals("csv") && !f.equals("xlsx")) {
            err().println(I18n.t("cli.export.badFormat", format));
            return 2;
        }
        if (f.equals("xlsx") && out == null) {
            err().println(I18n.t("cli.export.xlsxNeedsOut"));
            return 2;
        }
        ExportedDistribution.Selection selection = ExportedDistribution.select(distributions, year);
        var kept = selection.distributions();
        if (out == null) {
            if (f.equals("json")) {
                out().println(DistributionJson.toJson(kept));
            } else {
                StringWriter csv = new StringWriter();
                DistributionTables.writeCsv(csv, kept, false);
                out().print(csv);
            }
            out().flush();
        } else {
            switch (f) {
                case "json" -> DistributionTables.writeJson(out, kept);
                case "csv" -> DistributionTables.writeCsv(out, kept);
                default -> DistributionTables.writeXlsx(out, kept);
            }
            out().println(I18n.t("cli.export.written", kept.size(), out.toAbsolutePath()));
        }
        if (selection.leftOut() > 0) {
            err().println(I18n.t("cli.export.leftOut", selection.leftOut()));
        }
        return 0;
    }
}
