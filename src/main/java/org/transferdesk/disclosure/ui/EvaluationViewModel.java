package org.transferdesk.disclosure.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.disclosure.Evaluation;
import org.transferdesk.disclosure.Recommendation;

/** 价值评估: four 1–5 ratings, a recommendation and notes. */
public final class EvaluationViewModel {
    final ObjectProperty<Integer> scientific = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> technical = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> economic = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> social = new SimpleObjectProperty<>();
    final ObjectProperty<Recommendation> recommendation = new SimpleObjectProperty<>();
    final StringProperty notes = new SimpleStringProperty();

    void setFrom(Evaluation e) {
        scientific.set(e.scientific());
        technical.set(e.technical());
        economic.set(e.economic());
        social.set(e.social());
        recommendation.set(e.recommendation());
        notes.set(e.notes());
    }

    Evaluation toEvaluation() {
        return new Evaluation(scientific.get(), technical.get(), economic.get(), social.get(), recommendation.get(),
                notes.get());
    }

    public ObjectProperty<Integer> scientificProperty() {
        return scientific;
    }

    public ObjectProperty<Integer> technicalProperty() {
        return technical;
    }

    public ObjectProperty<Integer> economicProperty() {
        return economic;
    }

    public ObjectProperty<Integer> socialProperty() {
        return social;
    }

    public ObjectProperty<Recommendation> recommendationProperty() {
        return recommendation;
    }

    public StringProperty notesProperty() {
        return notes;
    }
}
