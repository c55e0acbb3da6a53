package org.transferdesk.ledger;

import static org.transferdesk.ledger.LedgerSheet.Columns.DEPARTMENT;
import static org.transferdesk.ledger.LedgerSheet.Columns.DISCLOSED_ON;
import static org.transferdesk.ledger.LedgerSheet.Columns.FUNDING;
import static org.transferdesk.ledger.LedgerSheet.Columns.INVENTORS;
import static org.transferdesk.ledger.LedgerSheet.Columns.RESULT_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.RESULT_TYPE;
import static org.transferdesk.ledger.LedgerSheet.Columns.TITLE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.transferdesk.common.Problem;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.DisclosureValidator;
import org.transferdesk.disclosure.Evaluation;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.ledger.LedgerRows.InventorEntry;
import org.transferdesk.ledger.LedgerRows.ResultRow;

/**
 * 成果: checked with the result editor's own rules (DisclosureValidator), so the messages are the
 * ones clerks already know. Whether each 工号 exists is checked later, against the database.
 */
final class ResultSheetParser {
    private ResultSheetParser() {
    }

    static List<ResultRow> parse(RawSheet raw, SheetHeader header, ErrorList errors, LocalDate today, Steps steps) {
        FirstRows firstRow = new FirstRows();
        // The validator tells inventors apart by person id; before the database is asked, the staff
        // number stands in for the person, so each distinct one gets its own stand-in id.
        Map<String, Long> standInIds = new HashMap<>();
        return SheetWalk.parse(raw, header, errors, steps, cells -> {
            String resultNo = cells.text(RESULT_NO);
            String title = cells.text(TITLE);
            LocalDate disclosedOn = cells.date(DISCLOSED_ON);
            String department = cells.text(DEPARTMENT, 100);
            ResultType type = cells.choice(RESULT_TYPE, ResultType.class);
            FundingSource funding = cells.choice(FUNDING, FundingSource.class);
            List<InventorEntry> entries = keyContributors(InventorList.parse(cells.text(INVENTORS), cells), resultNo,
                    header, cells.number());
            List<Inventor> inventors = entries.stream().map(e -> new Inventor(
                    standInIds.computeIfAbsent(e.staffNo(), k -> (long) standInIds.size() + 1), e.staffNo(),
                    e.staffNo(), e.share(), e.keyContributor())).toList();
            Disclosure d = DisclosureBuilder.disclosure().status(ResultStatus.DISCLOSED).resultNo(resultNo).title(title)
                    .disclosedOn(disclosedOn).departmentName(department).resultType(type).funding(funding)
                    .evaluation(Evaluation.NONE).inventors(inventors).build();
            for (Problem p : DisclosureValidator.validate(d, today)) {
                cells.problem(columnOf(p.field()), p);
            }
            firstRow.once(cells, RESULT_NO, resultNo, "ledger.duplicateInFile", resultNo);
            return new ResultRow(cells.number(), resultNo, title, disclosedOn, department, type, funding, entries);
        });
    }

    /**
     * A cell that marks no key contributor (names without shares, or shares without *): the clerk's ticks from the
     * mapping step, else a question for that result (the validator still refuses the row until it is answered).
     */
    private static List<InventorEntry> keyContributors(List<InventorEntry> entries, String resultNo,
                                                       SheetHeader header, int row) {
        if (entries.isEmpty() || resultNo == null || entries.stream().anyMatch(InventorEntry::keyContributor)) {
            return entries;
        }
        List<String> written = entries.stream().map(InventorEntry::staffNo).toList();
        java.util.Set<String> ticked = header.keyContributors(resultNo);
        if (ticked.isEmpty()) {
            header.askKeyContributors(resultNo, row, written);
            return entries;
        }
        header.answeredKeyContributors(resultNo, row, written, ticked);
        return entries.stream().map(e -> new InventorEntry(e.staffNo(), e.share(), ticked.contains(e.staffNo())))
                .toList();
    }

    private static LedgerColumn columnOf(String field) {
        return switch (field) {
            case "resultNo" -> RESULT_NO;
            case "title" -> TITLE;
            case "disclosedOn" -> DISCLOSED_ON;
            default -> INVENTORS;
        };
    }
}
