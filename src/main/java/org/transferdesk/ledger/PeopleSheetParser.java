package org.transferdesk.ledger;

import static org.transferdesk.ledger.LedgerSheet.Columns.DEPARTMENT;
import static org.transferdesk.ledger.LedgerSheet.Columns.ID_NUMBER;
import static org.transferdesk.ledger.LedgerSheet.Columns.ID_TYPE;
import static org.transferdesk.ledger.LedgerSheet.Columns.LEADER_ROLE;
import static org.transferdesk.ledger.LedgerSheet.Columns.NAME;
import static org.transferdesk.ledger.LedgerSheet.Columns.STAFF_NO;

import java.time.LocalDate;
import java.util.List;
import org.transferdesk.common.PersonIdNumber;
import org.transferdesk.common.Problem;
import org.transferdesk.ledger.LedgerRows.PersonRow;
import org.transferdesk.people.IdType;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.Person;

/** 人员: the same field rules as the person editor (PeopleService.validateFields, R-ID-PERSON). */
final class PeopleSheetParser {
    private PeopleSheetParser() {
    }

    static List<PersonRow> parse(RawSheet raw, SheetHeader header, ErrorList errors, LocalDate today, Steps steps) {
        FirstRows firstRow = new FirstRows();
        return SheetWalk.parse(raw, header, errors, steps, cells -> {
            String staffNo = cells.text(STAFF_NO);
            String name = cells.text(NAME);
            String department = cells.text(DEPARTMENT, 100);
            LeaderRole role = cells.choice(LEADER_ROLE, LeaderRole.class);
            String idNumber = cells.text(ID_NUMBER);
            idNumber = idNumber == null ? null : PersonIdNumber.normalise(idNumber);
            IdType idType = cells.choice(ID_TYPE, IdType.class);
            Person person = new Person(null, staffNo, name, null, department, role == null ? LeaderRole.NONE : role,
                    idType, idNumber, null, 0);
            for (Problem p : PeopleService.validateFields(person, today)) {
                cells.problem(columnOf(p.field()), p);
            }
            firstRow.once(cells, STAFF_NO, staffNo, "ledger.duplicateInFile", staffNo);
            return new PersonRow(cells.number(), staffNo, name, department, role, idNumber, idType);
        });
    }

    private static LedgerColumn columnOf(String field) {
        return switch (field) {
            case "staffNo" -> STAFF_NO;
            case "idNumber" -> ID_NUMBER;
            default -> NAME;
        };
    }
}
