package org.transferdesk.fees.ui;

import java.math.BigDecimal;
import java.util.List;
import org.transferdesk.common.I18n;
import org.transferdesk.fees.FeeRuleTexts;
import org.transferdesk.fees.FeeSettings;
import org.transferdesk.ip.IpType;
import org.transferdesk.settings.ui.SettingEditor;

/**
 * How the patent fee rules are edited (issue 24 item 4): each schedule as a table of fee years and fees, the
 * reduction as a small form; both read and written through {@link FeeRuleTexts}, so the stored texts keep their
 * grammar.
 */
public final class FeeRuleEditors {
    private FeeRuleEditors() {
    }

    /** The editor of a {@link FeeSettings#KEYS} key. */
    public static SettingEditor of(String key) {
        if (FeeSettings.REDUCTION.equals(key)) {
            return reduction();
        }
        IpType type = FeeSettings.PATENT_TYPES.stream().filter(t -> FeeSettings.scheduleKey(t).equals(key))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("not a patent fee setting: " + key));
        return schedule(type);
    }

    static SettingEditor.Bands schedule(IpType type) {
        return new SettingEditor.Bands(
                text -> FeeRuleTexts.bands(text).stream()
                        .map(b -> new SettingEditor.Band(b.from(), b.to(), b.fee())).toList(),
                rows -> FeeRuleTexts.scheduleText(fees(rows)),
                rows -> FeeRuleTexts.scheduleProblems(type, fees(rows)),
                I18n.t("feeRulesEdit.fee"));
    }

    private static List<FeeRuleTexts.Band> fees(List<SettingEditor.Band> rows) {
        return rows.stream().map(r -> new FeeRuleTexts.Band(r.from(), r.to(), r.amount())).toList();
    }

    static SettingEditor.Parts reduction() {
        SettingEditor.Numeric percent = new SettingEditor.Numeric(BigDecimal.ZERO, BigDecimal.valueOf(100), false,
                "%");
        return new SettingEditor.Parts(List.of(
                new SettingEditor.Part("SOLE", I18n.t("feeRulesEdit.sole"), percent),
                new SettingEditor.Part("JOINT", I18n.t("feeRulesEdit.joint"), percent),
                new SettingEditor.Part("YEARS", I18n.t("feeRulesEdit.years"),
                        SettingEditor.Numeric.whole(0, 20, I18n.t("rulesEdit.unit.years"))),
                new SettingEditor.Part("ELIGIBLE", I18n.t("feeRulesEdit.eligible"), SettingEditor.Choice.yesNo())),
                FeeRuleTexts::reductionParts, FeeRuleTexts::reductionText);
    }
}
