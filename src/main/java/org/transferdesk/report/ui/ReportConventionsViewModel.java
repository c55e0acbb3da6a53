package org.transferdesk.report.ui;

import java.util.function.Consumer;
import org.transferdesk.common.I18n;
import org.transferdesk.report.ReportConventions;
import org.transferdesk.report.ReportService;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.ui.DatedRulesViewModel;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.TaskExecutor;

/**
 * 统计口径 (R-REPORT-COUNT, R-REPORT-LARGE, R-REPORT-MORE) as dated settings: a year is counted under the values in force on
 * its last day. After a save the report page reads its figures again.
 */
public final class ReportConventionsViewModel extends DatedRulesViewModel {
    private final Runnable onSaved;

    public ReportConventionsViewModel(ReportService reports, OfficeSettings office, TaskExecutor executor,
                                      DialogService dialogs, java.time.Clock clock, Runnable onSaved) {
        super(office, executor, dialogs, clock, new Rules(ReportConventions.KEYS,
                ReportConventionsViewModel::labelOf, ReportConventions::check,
                day -> reports.conventions(day.getYear()).texts(), on -> I18n.t("reportRules.saved", on)));
        this.onSaved = onSaved;
    }

    @Override
    public void save(Consumer<Boolean> after) {
        super.save(saved -> {
            if (saved) {
                onSaved.run();
            }
            after.accept(saved);
        });
    }

    /** Each convention's label says what it decides and the values it takes. */
    public static String labelOf(String key) {
        return switch (key) {
            case ReportConventions.CONTRACT_YEAR -> I18n.t("reportRules.contractYear");
            case ReportConventions.REFUNDS -> I18n.t("reportRules.refunds");
            case ReportConventions.EQUITY_RECEIVED -> I18n.t("reportRules.equityReceived");
            case ReportConventions.TERMINATED -> I18n.t("reportRules.terminated");
            case ReportConventions.CASH_REWARD_YEAR -> I18n.t("reportRules.cashRewardYear");
            case ReportConventions.PILOT_YEAR -> I18n.t("reportRules.pilotYear");
            case ReportConventions.LARGE -> I18n.t("reportRules.large");
            case ReportConventions.TECH_REWARDS -> I18n.t("reportRules.techRewards");
            default -> key;
        };
    }
}
