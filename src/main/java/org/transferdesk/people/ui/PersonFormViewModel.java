package org.transferdesk.people.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.people.Department;
import org.transferdesk.people.IdType;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.Person;

/** The plain fields of a person, and the departments the picker offers. */
public final class PersonFormViewModel {
    private final StringProperty staffNo = new SimpleStringProperty();
    private final StringProperty name = new SimpleStringProperty();
    private final ObjectProperty<Department> department = new SimpleObjectProperty<>();
    private final ObjectProperty<LeaderRole> leaderRole = new SimpleObjectProperty<>(LeaderRole.NONE);
    private final ObjectProperty<IdType> idType = new SimpleObjectProperty<>(IdType.RESIDENT_ID);
    private final StringProperty idNumber = new SimpleStringProperty();
    private final StringProperty contact = new SimpleStringProperty();
    private final ObservableList<Department> departments = FXCollections.observableArrayList();

    /**
     * Shows {@code p}; the picker offers the active departments plus the person's own when it has been
     * deactivated since, so opening an old record does not silently drop its department.
     */
    void setFrom(Person p, List<Department> active) {
        List<Department> offered = new ArrayList<>(active);
        Department own = null;
        if (p.departmentId() != null) {
            own = active.stream().filter(d -> d.id().equals(p.departmentId())).findFirst()
                    .orElseGet(() -> new Department(p.departmentId(), p.departmentName(), false, 0));
            if (!offered.contains(own)) {
                offered.add(own);
            }
        }
        departments.setAll(DepartmentsViewModel.byName(offered));
        staffNo.set(p.staffNo());
        name.set(p.name());
        department.set(own);
        leaderRole.set(p.leaderRole() == null ? LeaderRole.NONE : p.leaderRole());
        idType.set(p.idType());
        idNumber.set(p.idNumber());
        contact.set(p.contact());
    }

    /** The person as edited, keeping id and version of {@code original}. */
    Person toPerson(Person original) {
        Department d = department.get();
        return new Person(original.id(), staffNo.get(), name.get(), d == null ? null : d.id(),
                d == null ? null : d.name(), leaderRole.get(), idType.get(), idNumber.get(), contact.get(),
                original.version());
    }

    /** Whether the edited fields differ from {@code p}, ignoring surrounding blanks as the save does. */
    boolean differsFrom(Person p) {
        Person now = toPerson(p);
        return !same(now.staffNo(), p.staffNo()) || !same(now.name(), p.name())
                || !Objects.equals(now.departmentId(), p.departmentId())
                || now.leaderRole() != (p.leaderRole() == null ? LeaderRole.NONE : p.leaderRole())
                || now.idType() != p.idType()
                || !same(now.idNumber(), p.idNumber()) || !same(now.contact(), p.contact());
    }

    private static boolean same(String a, String b) {
        return Objects.equals(a == null ? "" : a.strip(), b == null ? "" : b.strip());
    }

    public StringProperty staffNoProperty() {
        return staffNo;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Department> departmentProperty() {
        return department;
    }

    public ObjectProperty<LeaderRole> leaderRoleProperty() {
        return leaderRole;
    }

    public ObjectProperty<IdType> idTypeProperty() {
        return idType;
    }

    public StringProperty idNumberProperty() {
        return idNumber;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public ObservableList<Department> departments() {
        return departments;
    }
}
