package org.transferdesk.due.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.transferdesk.common.I18n;
import org.transferdesk.due.DueService;
import org.transferdesk.fees.FeeSettings;
import org.transferdesk.fees.ui.FeeRuleEditors;
import org.transferdesk.ip.IpType;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.ui.DatedRulesViewModel;
import org.transferdesk.settings.ui.SettingEditor;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.TaskExecutor;

/**
 * The deadlines' rules with a date of effect: reminder levels, where reminders start, the annual report's
 * deadline, and the patent fee schedule and reductions (R-PAT-FEE: schedules are data, they change).
 */
public final class DueRulesViewModel extends DatedRulesViewModel {
    public static final List<String> KEYS;

    static {
        List<String> keys = new ArrayList<>(List.of(DueService.REMINDER_DAYS, DueService.REMIND_FROM,
                DueService.REPORT_DEADLINE));
        keys.addAll(FeeSettings.KEYS);
        KEYS = List.copyOf(keys);
    }

    public DueRulesViewModel(DueService due, OfficeSettings office, TaskExecutor executor, DialogService dialogs,
                             java.time.Clock clock) {
        super(office, executor, dialogs, clock, new Rules(KEYS, DueRulesViewModel::labelOf, DueRulesViewModel::check,
                day -> inForce(due, office, day), on -> I18n.t("dueRules.saved", on), DueRulesViewModel::editorOf));
    }

    /** Issue 24 item 4: the fee rules as a table and a form, the start of reminders as a date. */
    private static SettingEditor editorOf(String key) {
        return switch (key) {
            case DueService.REMIND_FROM -> new SettingEditor.Day();
            case DueService.REMINDER_DAYS -> org.transferdesk.pilot.ui.PilotRulesViewModel.reminderDays();
            case DueService.REPORT_DEADLINE -> new SettingEditor.YearDay(
                    org.transferdesk.due.ReportReminders::parse, org.transferdesk.due.ReportReminders::format);
            default -> FeeRuleEditors.of(key);
        };
    }

    private static void check(String key, String value) {
        if (FeeSettings.KEYS.contains(key)) {
            FeeSettings.check(key, value);
        } else {
            DueService.check(key, value);
        }
    }

    private static Map<String, String> inForce(DueService due, OfficeSettings office, LocalDate day) {
        Map<String, String> now = new LinkedHashMap<>();
        now.put(DueService.REMINDER_DAYS, String.join(",", due.reminderDays(day).stream().map(String::valueOf).toList()));
        now.put(DueService.REMIND_FROM, due.remindFrom(day).toString());
        java.time.MonthDay deadline = due.reportDeadline(day.getYear());
        now.put(DueService.REPORT_DEADLINE, String.format("%02d-%02d", deadline.getMonthValue(), deadline.getDayOfMonth()));
        for (IpType type : FeeSettings.PATENT_TYPES) {
            String key = FeeSettings.scheduleKey(type);
            now.put(key, office.valueOn(key, day).orElse(FeeSettings.DEFAULT_SCHEDULES.get(type)));
        }
        now.put(FeeSettings.REDUCTION, office.valueOn(FeeSettings.REDUCTION, day).orElseGet(
                () -> FeeSettings.defaultReductionOn(day)));
        return now;
    }

    public static String labelOf(String key) {
        return switch (key) {
            case DueService.REMINDER_DAYS -> I18n.t("dueRules.reminderDays");
            case DueService.REMIND_FROM -> I18n.t("dueRules.remindFrom");
            case DueService.REPORT_DEADLINE -> I18n.t("dueRules.reportDeadline");
            case FeeSettings.REDUCTION -> I18n.t("rulesEdit.feeReduction");
            default -> I18n.t("rulesEdit.feeSchedule", IpType.valueOf(key.substring(key.lastIndexOf('.') + 1)).label());
        };
    }
}
