package org.transferdesk.pilot.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.transferdesk.common.I18n;
import org.transferdesk.pilot.PilotRules;
import org.transferdesk.pilot.PilotSettings;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.ui.DatedRulesViewModel;
import org.transferdesk.settings.ui.SettingEditor;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.TaskExecutor;

/**
 * The pilot's office rules (publicity days, minimum use term, short first term, reminder levels) with a
 * date of effect: shows the values in force and every recorded value; saves all four from one date.
 */
public final class PilotRulesViewModel extends DatedRulesViewModel {

    public PilotRulesViewModel(OfficeSettings office, TaskExecutor executor, DialogService dialogs,
                               java.time.Clock clock) {
        super(office, executor, dialogs, clock, new Rules(PilotSettings.KEYS, PilotRulesViewModel::labelOf,
                PilotSettings::check, day -> inForce(office, day), on -> I18n.t("pilotRules.saved", on),
                PilotRulesViewModel::editorOf));
    }

    /** Issue 24 item 4: days and years as numbers with their unit, the short first term as 是/否. */
    private static SettingEditor editorOf(String key) {
        return switch (key) {
            case PilotSettings.PUBLICITY_DAYS -> SettingEditor.Numeric.whole(1, 365, I18n.t("rulesEdit.unit.days"));
            case PilotSettings.MIN_USE_YEARS -> SettingEditor.Numeric.whole(1, 50, I18n.t("rulesEdit.unit.years"));
            case PilotSettings.SHORT_FIRST_TERM -> SettingEditor.Choice.yesNo();
            default -> reminderDays();
        };
    }

    private static Map<String, String> inForce(OfficeSettings office, LocalDate day) {
        PilotRules r = new PilotSettings(office).rulesOn(day);
        Map<String, String> now = new LinkedHashMap<>();
        now.put(PilotSettings.PUBLICITY_DAYS, String.valueOf(r.publicityDays()));
        now.put(PilotSettings.MIN_USE_YEARS, String.valueOf(r.minUseYears()));
        now.put(PilotSettings.SHORT_FIRST_TERM, String.valueOf(r.shortFirstTerm()));
        now.put(PilotSettings.REMINDER_DAYS, String.join(",", r.reminderDays().stream().map(String::valueOf).toList()));
        return now;
    }

    public static String labelOf(String key) {
        return switch (key) {
            case PilotSettings.PUBLICITY_DAYS -> I18n.t("pilotRules.publicityDays");
            case PilotSettings.MIN_USE_YEARS -> I18n.t("pilotRules.minUseYears");
            case PilotSettings.SHORT_FIRST_TERM -> I18n.t("pilotRules.shortFirstTerm");
            default -> I18n.t("pilotRules.reminderDays");
        };
    }

    /** Reminder levels as a list of day counts, read and written by the one parser, {@link PilotSettings}. */
    public static SettingEditor.DayCounts reminderDays() {
        return new SettingEditor.DayCounts(1, 365, PilotSettings::parseDays, PilotSettings::joinDays);
    }
}
