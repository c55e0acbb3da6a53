package org.transferdesk.ledger;

import static org.transferdesk.ledger.LedgerSheet.Columns.APPLICATION_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.FILED_ON;
import static org.transferdesk.ledger.LedgerSheet.Columns.GRANTED_ON;
import static org.transferdesk.ledger.LedgerSheet.Columns.IP_TYPE;
import static org.transferdesk.ledger.LedgerSheet.Columns.RESULT_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.STATUS;

import java.time.LocalDate;
import java.util.List;
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
        FirstRows firstRow = new FirstRows();
        return SheetWalk.parse(raw, header, errors, steps, cells -> {
            String resultNo = cells.requiredText(RESULT_NO);
            IpType type = cells.choice(IP_TYPE, IpType.class);
            String given = cells.text(APPLICATION_NO, 32);
            LocalDate filedOn = cells.date(FILED_ON);
            LocalDate grantedOn = cells.date(GRANTED_ON);
            IpStatus status = cells.choice(STATUS, IpStatus.class);
            IpAsset asset = new IpAsset(null, type, given, null, filedOn, grantedOn,
                    status == null ? IpStatus.FILED : status, null);
            for (Problem p : DisclosureValidator.validateIp(asset, cells.number(), null)) {
                cells.problem(columnOf(p.key()), p);
            }
            String applicationNo = DisclosureValidator.normaliseApplicationNo(type, given);
            if (resultNo != null && applicationNo != null) {
                firstRow.once(cells, APPLICATION_NO, resultNo + "\u0000" + applicationNo, "ledger.ip.duplicateInFile",
                        applicationNo);
            }
            return new IpRow(cells.number(), resultNo, type, applicationNo, filedOn, grantedOn, status);
        });
    }

    private static LedgerColumn columnOf(String key) {
        if (key.equals("validation.ip.type")) {
            return IP_TYPE;
        }
        return key.startsWith("validation.ip.grant") ? GRANTED_ON : APPLICATION_NO;
    }
}
