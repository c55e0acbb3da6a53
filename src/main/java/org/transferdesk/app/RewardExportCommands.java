package org.transferdesk.app;

import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.RewardPolicyService;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.transferdesk.calendar.CalendarGaps;
import org.transferdesk.common.I18n;
import org.transferdesk.export.print.PrintableSheet;
import org.transferdesk.reward.export.RewardDocuments;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.reward.export.ui.RewardExportDialogView;
import org.transferdesk.reward.export.ui.RewardExportDialogViewModel;
import org.transferdesk.reward.export.ui.RewardExportRequest;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.TaskExecutor;

/**
 * The main menu's reward documents (备案表, 发放表, 个人奖励明细): ask the parameters, choose the file, then
 * build and write it off the FX thread with a progress window.
 */
final class RewardExportCommands {
    /** The services these windows use, and nothing else of the application (issue 23). */
    record Services(RewardPolicyService rewardPolicies, DistributionService distributions,
                    RewardDocuments rewardDocuments) {
    }

    private final Services services;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<Window> owner;

    RewardExportCommands(Services services, TaskExecutor executor, DialogService dialogs, Supplier<Window> owner) {
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.owner = owner;
    }

    void export(RewardExportDialogViewModel.Kind kind) {
        // the unit profile is read off the FX thread and pre-fills the 备案表's unit fields
        executor.execute(BackgroundTask.of(p -> services.rewardPolicies().unitProfile()).onSuccess(profile -> {
            RewardExportDialogViewModel vm = new RewardExportDialogViewModel(kind, services.distributions().today());
            vm.unitNameProperty().set(profile.name());
            vm.creditCodeProperty().set(profile.creditCode());
            new RewardExportDialogView(vm).ask(owner.get()).ifPresent(request -> new PrintableExports(executor)
                    .chooseAndWrite(dialogs, vm.title(), request.suggestedFileName(), target -> {
                        List<PrintableSheet> sheets = sheets(services.rewardDocuments(), request);
                        org.transferdesk.export.print.PrintableXlsx.write(target, sheets);
                        audited(services.rewardDocuments(), request, sheets, target);
                    }, target -> I18n.t("rewardExport.dialog.saved", target)));
        }));
    }

    /** The reward publicity notice of a saved distribution: its recorded period, else the one being proposed. */
    void exportNotice(Long distributionId, java.time.LocalDate from, java.time.LocalDate to) {
        if (distributionId == null) {
            dialogs.notify(I18n.t("rewardEditor.notice.saveFirst"));
            return;
        }
        // the notice is posted publicly: a period counted without the year's holidays is said to the clerk only
        java.util.concurrent.atomic.AtomicReference<String> gap = new java.util.concurrent.atomic.AtomicReference<>("");
        new PrintableExports(executor).chooseAndWrite(dialogs, I18n.t("rewardEditor.notice"),
                I18n.t("rewardEditor.notice.file", distributionId), target -> {
                    RewardDocuments.Notice notice = services.rewardDocuments().notice(distributionId, from, to);
                    gap.set(CalendarGaps.message(notice.unarrangedYears()));
                    org.transferdesk.export.print.PrintableXlsx.write(target, List.of(notice.sheet()));
                }, target -> gap.get().isEmpty() ? I18n.t("rewardExport.dialog.saved", target)
                        : I18n.t("rewardExport.dialog.saved", target) + "\n\n" + gap.get());
    }

    /** Issue 22: a 备案表 or 发放表 written (names, ID numbers, money) is recorded in the audit trail. */
    private static void audited(RewardDocuments documents, RewardExportRequest request, List<PrintableSheet> sheets,
                                java.nio.file.Path target) {
        if (request instanceof RewardExportRequest.TaxFiling t) {
            documents.exported("taxFiling", t.month().toString(), sheets, target);
        } else if (request instanceof RewardExportRequest.Payroll p) {
            documents.exported("payroll", p.from() + "/" + p.to(), sheets, target);
        }
    }

    static List<PrintableSheet> sheets(RewardDocuments documents, RewardExportRequest request) {
        if (request instanceof RewardExportRequest.TaxFiling t) {
            return documents.taxFiling(t.unit(), t.month());
        }
        if (request instanceof RewardExportRequest.Payroll p) {
            return List.of(documents.payroll(p.from(), p.to()));
        }
        return List.of(documents.statement(((RewardExportRequest.Statement) request).staffNo()));
    }
}
