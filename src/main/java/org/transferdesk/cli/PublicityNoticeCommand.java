package org.transferdesk.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.PublicityNotice;
import org.transferdesk.deal.PublicityNoticeService;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.export.PublicityNoticeXlsx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "publicity-notice", mixinStandardHelpOptions = true)
public final class PublicityNoticeCommand extends CliCommand<PublicityNoticeCommand.Services> {
    record Services(DealRepository deals, PublicityNoticeService notices) {
    }

    public PublicityNoticeCommand() {
        super(context -> new Services(new DealRepository(context.database().dsl()), context.publicityNotices()));
    }

    @Parameters(index = "0", paramLabel = "CONTRACT_NO", descriptionKey = "CONTRACT_NO")
    String contractNo;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Override
    protected Integer run(Services services) {
        Optional<Deal> found = services.deals().findByContractNo(contractNo.strip());
        if (found.isEmpty()) {
            err().println(I18n.t("cli.publicityNotice.notFound", contractNo));
            return 1;
        }
        Deal deal = found.get();
        PublicityNotice notice = services.notices().noticeFor(deal);
        PublicityNoticeXlsx.write(out, notice);
        out().println(I18n.t("cli.publicityNotice.done", deal.contractNo(), out.toAbsolutePath()));
        return 0;
    }
}
