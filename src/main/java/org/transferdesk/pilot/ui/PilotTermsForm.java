package org.transferdesk.pilot.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;
import org.transferdesk.pilot.MaintenancePayer;
import org.transferdesk.pilot.PilotTerms;

/** The agreement tab's fields (R-PILOT-FLOW 协议签署): shown from a case's terms and read back as terms. */
public record PilotTermsForm(StringProperty incomeTeamShare, StringProperty decisionRights,
                             ObjectProperty<MaintenancePayer> maintenancePayer, ObjectProperty<LocalDate> convertBy,
                             StringProperty recoveryRule) {
    PilotTermsForm() {
        this(new SimpleStringProperty(""), new SimpleStringProperty(""), new SimpleObjectProperty<>(),
                new SimpleObjectProperty<>(), new SimpleStringProperty(""));
    }

    void show(PilotTerms t) {
        incomeTeamShare.set(t.incomeTeamShare() == null ? "" : t.incomeTeamShare().percent().toPlainString());
        decisionRights.set(t.decisionRights() == null ? "" : t.decisionRights());
        maintenancePayer.set(t.maintenancePayer());
        convertBy.set(t.convertBy());
        recoveryRule.set(t.recoveryRule() == null ? "" : t.recoveryRule());
    }

    /** The terms as edited; an income share that is not a number is reported by {@link #parseProblems}. */
    PilotTerms terms() {
        return new PilotTerms(Percent.parsePercent(incomeTeamShare.get()).orElse(null), blankToNull(decisionRights.get()),
                maintenancePayer.get(), convertBy.get(), blankToNull(recoveryRule.get()));
    }

    List<Problem> parseProblems() {
        String text = incomeTeamShare.get();
        return text == null || text.isBlank() || Percent.parsePercent(text).isPresent() ? List.of()
                : List.of(Problem.error("pilotEditor.notANumber", "incomeTeamShare", text.strip()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
