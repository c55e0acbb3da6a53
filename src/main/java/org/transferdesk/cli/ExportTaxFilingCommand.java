package org.transferdesk.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.common.I18n;
import org.transferdesk.export.print.PrintableXlsx;
import org.transferdesk.reward.RewardPolicyService;
import org.transferdesk.reward.export.RewardDocuments;
import org.transferdesk.reward.export.UnitInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "tax-filing", mixinStandardHelpOptions = true)
public final class ExportTaxFilingCommand extends CliCommand<ExportTaxFilingCommand.Services> {
    record Services(RewardPolicyService policies, RewardDocuments documents) {
    }

    public ExportTaxFilingCommand() {
        super(context -> new Services(context.rewardPolicies(), context.rewardDocuments()));
    }

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
    YearMonth month;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--unit-name", paramLabel = "NAME")
    String unitName;

    @Option(names = "--credit-code", paramLabel = "CODE")
    String creditCode;

    @Override
    protected Integer run(Services services) {
        // The unit profile recorded in the reward policy window fills what the options leave out.
        var profile = services.policies().unitProfileOn(month.atEndOfMonth());
        var unit = new UnitInfo(unitName != null ? unitName : profile.name(),
                creditCode != null ? creditCode : profile.creditCode());
        var sheets = services.documents().taxFiling(unit, month);
        PrintableXlsx.write(out, sheets);
        services.documents().exported("taxFiling", month.toString(), sheets, out);
        documentWritten(out);
        if (sheets.size() > 1) {
            err().println(I18n.t("cli.export.missingIds", sheets.get(1).rows().size()));
        }
        return 0;
    }
}
