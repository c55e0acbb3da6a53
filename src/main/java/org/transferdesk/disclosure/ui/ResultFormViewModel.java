package org.transferdesk.disclosure.ui;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.people.Department;

/** The plain fields of a result. */
public final class ResultFormViewModel {
    final StringProperty resultNo = new SimpleStringProperty();
    final StringProperty title = new SimpleStringProperty();
    final ObjectProperty<LocalDate> disclosedOn = new SimpleObjectProperty<>();
    final ObjectProperty<Department> department = new SimpleObjectProperty<>();
    final ObjectProperty<ResultType> resultType = new SimpleObjectProperty<>();
    final ObjectProperty<FundingSource> funding = new SimpleObjectProperty<>();
    final StringProperty projectNumbers = new SimpleStringProperty();
    final StringProperty technicalField = new SimpleStringProperty();
    final StringProperty abstractText = new SimpleStringProperty();
    final BooleanProperty confidential = new SimpleBooleanProperty();
    private final ObservableList<Department> departments = FXCollections.observableArrayList();

    void setFrom(Disclosure d) {
        resultNo.set(d.resultNo());
        title.set(d.title());
        disclosedOn.set(d.disclosedOn());
        department.set(departments.stream().filter(x -> x.id().equals(d.departmentId())).findFirst()
                .orElse(d.departmentId() == null ? null : new Department(d.departmentId(), d.departmentName(), true, 0)));
        resultType.set(d.resultType());
        funding.set(d.funding());
        projectNumbers.set(d.projectNumbers());
        technicalField.set(d.technicalField());
        abstractText.set(d.abstractText());
        confidential.set(d.confidential());
    }

    public StringProperty resultNoProperty() {
        return resultNo;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> disclosedOnProperty() {
        return disclosedOn;
    }

    public ObjectProperty<Department> departmentProperty() {
        return department;
    }

    public ObjectProperty<ResultType> resultTypeProperty() {
        return resultType;
    }

    public ObjectProperty<FundingSource> fundingProperty() {
        return funding;
    }

    public StringProperty projectNumbersProperty() {
        return projectNumbers;
    }

    public StringProperty technicalFieldProperty() {
        return technicalField;
    }

    public StringProperty abstractTextProperty() {
        return abstractText;
    }

    public BooleanProperty confidentialProperty() {
        return confidential;
    }

    public ObservableList<Department> departments() {
        return departments;
    }
}
