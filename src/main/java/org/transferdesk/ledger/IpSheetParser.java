package org.transferdesk.ledger;

import static org.transferdesk.ledger.LedgerSheet.Columns.APPLICATION_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.FILED_ON;
import static org.transferdesk.ledger.LedgerSheet.Columns.GRANTED_ON;
import static org.transferdesk.ledger.LedgerSheet.Columns.IP_TYPE;
import static org.transferdesk.ledger.LedgerSheet.Columns.RESULT_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.STATUS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.disclosure.DisclosureValidator;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.ledger.LedgerRows.IpRow;

/** 知识产权: R-ID-PATENT and the date rules of the result editor (DisclosureValidator.validateIp). */
final class IpSheetParser {
    private IpSheetParser() {
    }

    static List<IpRow> parse(RawSheet raw, SheetHeader header, ErrorList errors, Steps steps) {
        List<IpRow> rows = new ArrayList<>(raw.rows().size());
        Map<String, Integer> firstRow = new HashMap<>();
        String sheetName = header.sheetName();
        for (RawSheet.RawRow r : raw.rows()) {
            steps.step(() -> I18n.t("ledger.progress.checking", sheetName));
            RowCells cells = new RowCells(header, r, errors);
            String resultNo = cells.text(RESULT_NO);
            cells.required(RESULT_NO);
            IpType type = cells.choice(IP_TYPE, IpType.class);
            String given = cells.text(APPLICATION_NO, 32);
            LocalDate filedOn = cells.date(FILED_ON);
            LocalDate grantedOn = cells.date(GRANTED_ON);
            IpStatus status = cells.choice(STATUS, IpStatus.class);
            IpAsset asset = new IpAsset(null, type, given, null, filedOn, grantedOn,
                    status == null ? IpStatus.FILED : status, null);
            for (Problem p : DisclosureValidator.validateIp(asset, r.number(), null)) {
                cells.problem(columnOf(p.key()), p);
            }
            String applicationNo = DisclosureValidator.normaliseApplicationNo(type, given);
            if (resultNo != null && applicationNo != null) {
                Integer first = firstRow.putIfAbsent(resultNo + "\u0000" + applicationNo, r.number());
                if (first != null) {
                    cells.error(APPLICATION_NO, "ledger.ip.duplicateInFile", applicationNo, first);
                }
            }
            rows.add(new IpRow(r.number(), resultNo, type, applicationNo, filedOn, grantedOn, status));
        }
        return rows;
    }

    private static LedgerColumn columnOf(String key) {
        if (key.equals("validation.ip.type")) {
            return IP_TYPE;
        }
        return key.startsWith("validation.ip.grant") ? GRANTED_ON : APPLICATION_NO;
    }
}
