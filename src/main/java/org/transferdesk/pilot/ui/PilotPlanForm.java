package org.transferdesk.pilot.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.common.Money;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotCaseBuilder;
import org.transferdesk.pilot.PilotModel;

/**
 * The plan tab's fields (R-PILOT-FLOW 方案): the model with its team share or term of use, the conversion plan,
 * the negative-list confirmation and the publicity place; shown from a case and written back into one.
 */
public record PilotPlanForm(ObjectProperty<PilotModel> model, StringProperty teamShare, StringProperty useYears,
                            StringProperty renewalYears, StringProperty useFee, StringProperty conversionPlan,
                            StringProperty negativeListBy, ObjectProperty<LocalDate> negativeListOn,
                            StringProperty publicityPlace) {
    PilotPlanForm() {
        this(new SimpleObjectProperty<>(), new SimpleStringProperty(""), new SimpleStringProperty(""),
                new SimpleStringProperty(""), new SimpleStringProperty(""), new SimpleStringProperty(""),
                new SimpleStringProperty(""), new SimpleObjectProperty<>(), new SimpleStringProperty(""));
    }

    void show(PilotCase c) {
        model.set(c.model());
        teamShare.set(c.teamShare() == null ? "" : c.teamShare().percent().toPlainString());
        useYears.set(c.useYears() == null ? "" : String.valueOf(c.useYears()));
        renewalYears.set(c.renewalYears() == null ? "" : String.valueOf(c.renewalYears()));
        useFee.set(c.useFee() == null ? "" : c.useFee().toPlainString());
        conversionPlan.set(nz(c.conversionPlan()));
        negativeListBy.set(nz(c.negativeListBy()));
        negativeListOn.set(c.negativeListOn());
        publicityPlace.set(nz(c.publicityPlace()));
    }

    /** The plan as edited: an ownership case keeps no term of use, a case of use no team share. */
    PilotCaseBuilder writeTo(PilotCaseBuilder b) {
        boolean ownership = ownership();
        return b.model(model.get())
                .teamShare(ownership ? Percent.parsePercent(teamShare.get()).orElse(null) : null)
                .useYears(ownership ? null : integer(useYears.get()))
                .renewalYears(ownership ? null : integer(renewalYears.get()))
                .useFee(ownership ? null : money(useFee.get())).conversionPlan(blankToNull(conversionPlan.get()))
                .negativeListBy(blankToNull(negativeListBy.get())).negativeListOn(negativeListOn.get())
                .publicityPlace(blankToNull(publicityPlace.get()));
    }

    /** Typed numbers of the chosen model that are not numbers (the case would otherwise quietly lose them). */
    List<Problem> parseProblems() {
        List<Problem> p = new ArrayList<>();
        boolean ownership = ownership();
        notNumber(ownership, teamShare.get(), Percent.parsePercent(teamShare.get()).isPresent(), "teamShare", p);
        notNumber(!ownership, useYears.get(), integer(useYears.get()) != null, "useYears", p);
        notNumber(!ownership, renewalYears.get(), integer(renewalYears.get()) != null, "renewalYears", p);
        notNumber(!ownership, useFee.get(), money(useFee.get()) != null, "useFee", p);
        return p;
    }

    private boolean ownership() {
        return model.get() != PilotModel.LONG_TERM_USE;
    }

    private static void notNumber(boolean applies, String text, boolean ok, String field, List<Problem> p) {
        if (applies && text != null && !text.isBlank() && !ok) {
            p.add(Problem.error("pilotEditor.notANumber", field, text.strip()));
        }
    }

    private static Integer integer(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal money(String s) {
        // Money.parse, not new BigDecimal: it refuses 1e999999999, which rounding to the fen would expand for ever
        return Money.parse(s).orElse(null);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
