package org.transferdesk.reward.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.reward.Tax58;
import org.transferdesk.reward.WageTax;

/**
 * The 税费估算 tab (E3): for one line, the person's annual tax without the reward, with it under 58号 and
 * with it taxed in full — an estimate, computed from what the user types, no database.
 */
public final class TaxEstimateViewModel {
    private final ObservableMap<String, String> fieldErrors;
    private final ObjectProperty<DistributionEditorViewModel.LineRow> line = new SimpleObjectProperty<>();
    private final StringProperty wages = new SimpleStringProperty("");
    private final StringProperty specialDeductions = new SimpleStringProperty("0");
    private final StringProperty additionalDeductions = new SimpleStringProperty("0");
    private final ObservableList<String[]> estimate = FXCollections.observableArrayList();

    TaxEstimateViewModel(ObservableMap<String, String> fieldErrors) {
        this.fieldErrors = fieldErrors;
    }

    /** Keeps the chosen line (by position) when the lines are shown again. */
    void linesShown(List<DistributionEditorViewModel.LineRow> lines) {
        DistributionEditorViewModel.LineRow chosen = line.get();
        line.set(lines.isEmpty() ? null
                : chosen == null || chosen.position() >= lines.size() ? lines.get(0) : lines.get(chosen.position()));
    }

    public void estimate() {
        fieldErrors.remove("wages");
        DistributionEditorViewModel.LineRow row = line.get();
        BigDecimal w = Money.parse(Objects.toString(wages.get(), "")).orElse(null);
        BigDecimal s = Money.parse(blankToZero(specialDeductions.get())).orElse(null);
        BigDecimal a = Money.parse(blankToZero(additionalDeductions.get())).orElse(null);
        if (row == null || w == null || s == null || a == null) {
            fieldErrors.put("wages", I18n.t("rewardEditor.tax.inputInvalid"));
            estimate.clear();
            return;
        }
        if (row.line().equityShare() != null && row.line().equityShare().signum() > 0) {
            // R-TAX-EQUITY: no tax when equity is received; 20% of the gain only on sale
            estimate.setAll(List.<String[]>of(new String[] {I18n.t("rewardEditor.tax.equity"), "R-TAX-EQUITY"}));
            return;
        }
        BigDecimal exempt = row.tax().applicable() ? row.tax().eligibility().exemptPart() : BigDecimal.ZERO;
        // A draft fails R-TAX58 only for want of publicity: show what it will save once publicised.
        boolean oncePublicised = row.tax().applicable()
                && row.tax().eligibility().failed().equals(List.of(Tax58.Condition.PUBLICISED));
        if (oncePublicised) {
            exempt = row.tax().eligibility().windowExempt();
        }
        WageTax.Estimate e = WageTax.estimate(w, s, a, row.line().amount(), exempt);
        estimate.setAll(List.of(
                new String[] {I18n.t("rewardEditor.tax.reward"), Money.format(row.line().amount())},
                new String[] {oncePublicised ? I18n.t("rewardEditor.tax.exemptOncePublicised")
                        : I18n.t("rewardEditor.tax.exempt"), Money.format(exempt)},
                new String[] {I18n.t("rewardEditor.tax.withoutReward"), Money.format(e.withoutReward())},
                new String[] {I18n.t("rewardEditor.tax.with58"), Money.format(e.with58())},
                new String[] {I18n.t("rewardEditor.tax.withoutRelief"), Money.format(e.withoutRelief())},
                new String[] {I18n.t("rewardEditor.tax.saving"), Money.format(e.saving())}));
    }

    private static String blankToZero(String s) {
        return s == null || s.isBlank() ? "0" : s;
    }

    public ObjectProperty<DistributionEditorViewModel.LineRow> lineProperty() {
        return line;
    }

    public StringProperty wagesProperty() {
        return wages;
    }

    public StringProperty specialDeductionsProperty() {
        return specialDeductions;
    }

    public StringProperty additionalDeductionsProperty() {
        return additionalDeductions;
    }

    public ObservableList<String[]> rows() {
        return estimate;
    }
}
