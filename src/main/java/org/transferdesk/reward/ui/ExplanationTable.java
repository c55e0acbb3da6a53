package org.transferdesk.reward.ui;

import java.util.List;
import java.util.stream.Collectors;
import org.transferdesk.common.I18n;
import org.transferdesk.reward.Explanation;

/** The explanation as a table: its headers, its rows for an XLSX, its text for the clipboard. */
public final class ExplanationTable {
    private ExplanationTable() {
    }

    public static List<String> headers() {
        return List.of(I18n.t("rewardEditor.explain.rule"), I18n.t("rewardEditor.explain.item"),
                I18n.t("rewardEditor.explain.amount"), I18n.t("rewardEditor.explain.detail"));
    }

    public static List<List<Object>> rows(List<Explanation.Step> steps) {
        return steps.stream().map(s -> List.<Object>of(s.rule(), s.label(), s.value(), s.detail())).toList();
    }

    /** Tab-separated, header first. */
    public static String text(List<Explanation.Step> steps) {
        return String.join("\t", headers()) + steps.stream()
                .map(s -> "\n" + String.join("\t", s.rule(), s.label(), s.value(), s.detail()))
                .collect(Collectors.joining());
    }
}
