package org.transferdesk.people.ui;

import java.util.Locale;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.Person;

/**
 * One row of the people list. It holds the ID number only masked (R-ID-PERSON), so neither the
 * table nor an export of it can show the full number.
 */
public record PersonListRow(long id, String staffNo, String name, String department, LeaderRole leaderRole,
                            String maskedIdNumber, String contact, int resultCount, String searchText) {

    public static PersonListRow of(Person p, int resultCount) {
        String search = String.join("\u0001", p.staffNo(), p.name(), p.departmentName() == null ? ""
                : p.departmentName()).toLowerCase(Locale.ROOT);
        return new PersonListRow(p.id(), p.staffNo(), p.name(), p.departmentName(), p.leaderRole(),
                p.maskedIdNumber(), p.contact(), resultCount, search);
    }
}
