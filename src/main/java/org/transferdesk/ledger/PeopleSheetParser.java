package org.transferdesk.ledger;

import static org.transferdesk.ledger.LedgerSheet.Columns.DEPARTMENT;
import static org.transferdesk.ledger.LedgerSheet.Columns.ID_NUMBER;
import static org.transferdesk.ledger.LedgerSheet.Columns.ID_TYPE;
import static org.transferdesk.ledger.LedgerSheet.Columns.LEADER_ROLE;
import static org.transferdesk.ledger.LedgerSheet.Columns.NAME;
import static org.transferdesk.ledger.LedgerSheet.Columns.STAFF_NO;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.transferdesk.common.I18n;
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
        List<PersonRow> rows = new ArrayList<>(raw.rows().size());
        Map<String, Integer> firstRow = new HashMap<>();
        String sheetName = header.sheetName();
        for (RawSheet.RawRow r : raw.rows()) {
            steps.step(() -> I18n.t("ledger.progress.checking", sheetName));
            RowCells cells = new RowCells(header, r, errors);
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
            if (staffNo != null) {
                Integer first = firstRow.putIfAbsent(staffNo, r.number());
                if (first != null) {
                    cells.error(STAFF_NO, "ledger.duplicateInFile", staffNo, first);
                }
            }
            rows.add(new PersonRow(r.number(), staffNo, name, department, role, idNumber, idType));
        }
        return rows;
    }

    private static LedgerColumn columnOf(String field) {
        return switch (field) {
            case "staffNo" -> STAFF_NO;
            case "idNumber" -> ID_NUMBER;
            default -> NAME;
        };
    }
}
