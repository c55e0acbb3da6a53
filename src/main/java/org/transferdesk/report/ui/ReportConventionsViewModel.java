package org.transferdesk.report.ui;

import java.util.List;
import java.util.function.Consumer;
import org.transferdesk.common.I18n;
import org.transferdesk.report.ReportConventions;
import org.transferdesk.report.ReportService;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.ui.DatedRulesViewModel;
import org.transferdesk.settings.ui.SettingEditor;
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
                day -> reports.conventions(day.getYear()).texts(), on -> I18n.t("reportRules.saved", on),
                ReportConventionsViewModel::editorOf));
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

    /** Each convention's label says what it decides; its choices say the values it takes (issue 24 item 4). */
    public static String labelOf(String key) {
        return switch (key) {
            case ReportConventions.CONTRACT_YEAR -> I18n.t("rulesEdit.report.contractYear");
            case ReportConventions.REFUNDS -> I18n.t("rulesEdit.report.refunds");
            case ReportConventions.EQUITY_RECEIVED -> I18n.t("rulesEdit.report.equityReceived");
            case ReportConventions.TERMINATED -> I18n.t("rulesEdit.report.terminated");
            case ReportConventions.CASH_REWARD_YEAR -> I18n.t("rulesEdit.report.cashRewardYear");
            case ReportConventions.PILOT_YEAR -> I18n.t("rulesEdit.report.pilotYear");
            case ReportConventions.LARGE -> I18n.t("rulesEdit.report.large");
            case ReportConventions.TECH_REWARDS -> I18n.t("rulesEdit.report.techRewards");
            default -> key;
        };
    }

    /** The codes of {@link ReportConventions#check} as choices with their labels, the thresholds as three amounts. */
    static SettingEditor editorOf(String key) {
        return switch (key) {
            case ReportConventions.CONTRACT_YEAR -> SettingEditor.Choice.of(ReportConventions.ContractYear.class);
            case ReportConventions.CASH_REWARD_YEAR -> SettingEditor.Choice.of(ReportConventions.RewardYear.class);
            case ReportConventions.PILOT_YEAR -> SettingEditor.Choice.of(ReportConventions.PilotYear.class);
            case ReportConventions.REFUNDS -> SettingEditor.Choice.keyed("SUBTRACT", "rulesEdit.refunds.SUBTRACT",
                    "IGNORE", "rulesEdit.refunds.IGNORE");
            case ReportConventions.EQUITY_RECEIVED -> SettingEditor.Choice.keyed("ZERO", "rulesEdit.equity.ZERO",
                    "RECEIPTS", "rulesEdit.equity.RECEIPTS");
            case ReportConventions.TERMINATED -> SettingEditor.Choice.keyed("INCLUDE", "rulesEdit.terminated.INCLUDE",
                    "EXCLUDE", "rulesEdit.terminated.EXCLUDE");
            case ReportConventions.TECH_REWARDS -> SettingEditor.Choice.keyed(
                    "EXCLUDE", "rulesEdit.techRewards.EXCLUDE", "INCLUDE", "rulesEdit.techRewards.INCLUDE");
            default -> thresholdsEditor();
        };
    }

    private static final List<String> THRESHOLDS = List.of("FIRST", "SECOND", "THIRD");
    private static final List<String> THRESHOLD_LABELS = List.of("settingYuan.large.FIRST", "settingYuan.large.SECOND",
            "settingYuan.large.THIRD");

    /**
     * R-REPORT-LARGE's three thresholds as three amounts in yuan; the stored text stays "a;b;c" (the CLI's and the
     * database's), split and joined by {@link ReportConventions}, which also checks that they rise.
     */
    static SettingEditor thresholdsEditor() {
        SettingEditor.Yuan yuan = new SettingEditor.Yuan(new java.math.BigDecimal("0.01"));
        return new SettingEditor.Parts(java.util.stream.IntStream.range(0, THRESHOLDS.size())
                .mapToObj(i -> new SettingEditor.Part(THRESHOLDS.get(i), I18n.t(THRESHOLD_LABELS.get(i)), yuan))
                .toList(),
                text -> {
                    List<String> amounts = ReportConventions.thresholdTexts(text);
                    if (amounts.size() != THRESHOLDS.size()) {
                        throw new IllegalArgumentException(text);
                    }
                    java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < THRESHOLDS.size(); i++) {
                        parts.put(THRESHOLDS.get(i), amounts.get(i));
                    }
                    return parts;
                },
                parts -> ReportConventions.joinThresholds(THRESHOLDS.stream()
                        .map(name -> parts.getOrDefault(name, "")).toList()));
    }
}
