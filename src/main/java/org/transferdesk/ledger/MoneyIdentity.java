package org.transferdesk.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What makes a receipt or cost "the same one" between a ledger and the database (issue 17): within its contract,
 * its voucher number, or — without a voucher (costs have none) — its date and position among that date's lines
 * without voucher. Never its amount (nor a cost's category), so a ledger that corrects one replaces the line
 * instead of adding a second.
 */
final class MoneyIdentity {
    private MoneyIdentity() {
    }

    /** One identity per receipt, in the order given (file order, or the order the receipts were stored). */
    static List<String> of(List<LocalDate> dates, List<String> vouchers) {
        List<String> ids = new ArrayList<>(dates.size());
        Map<LocalDate, Integer> position = new HashMap<>();
        for (int i = 0; i < dates.size(); i++) {
            String voucher = vouchers.get(i);
            if (voucher != null && !voucher.isBlank()) {
                ids.add("V|" + voucher.strip());
            } else {
                ids.add("D|" + dates.get(i) + "|" + position.merge(dates.get(i), 1, Integer::sum));
            }
        }
        return ids;
    }
}
