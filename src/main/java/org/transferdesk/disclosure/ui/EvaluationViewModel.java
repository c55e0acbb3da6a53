package org.transferdesk.disclosure.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.disclosure.Evaluation;
import org.transferdesk.disclosure.Recommendation;

/** 价值评估: four 1–5 ratings, a recommendation and notes, as the editable fields of an {@link Evaluation}. */
public record EvaluationViewModel(ObjectProperty<Integer> scientific, ObjectProperty<Integer> technical,
                                  ObjectProperty<Integer> economic, ObjectProperty<Integer> social,
                                  ObjectProperty<Recommendation> recommendation, StringProperty notes) {

    public EvaluationViewModel() {
        this(new SimpleObjectProperty<>(), new SimpleObjectProperty<>(), new SimpleObjectProperty<>(),
                new SimpleObjectProperty<>(), new SimpleObjectProperty<>(), new SimpleStringProperty());
    }

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
}
