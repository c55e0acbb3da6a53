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

    /**
     * For each ledger row, the stored line with the same identity, or null for a new one. Stored lines are taken in
     * the order they were stored (by id), ledger rows in file order, so positions on one date line up.
     */
    static <S, R> List<S> match(List<S> stored, java.util.function.Function<S, Long> id,
                                java.util.function.Function<S, LocalDate> storedDate,
                                java.util.function.Function<S, String> storedVoucher, List<R> rows,
                                java.util.function.Function<R, LocalDate> rowDate,
                                java.util.function.Function<R, String> rowVoucher) {
        List<S> inOrder = stored.stream()
                .sorted(java.util.Comparator.comparing(id, java.util.Comparator.nullsLast(Long::compare))).toList();
        List<String> storedIds = of(inOrder.stream().map(storedDate).toList(),
                inOrder.stream().map(storedVoucher).toList());
        Map<String, S> byIdentity = new HashMap<>();
        for (int i = 0; i < inOrder.size(); i++) {
            byIdentity.put(storedIds.get(i), inOrder.get(i));
        }
        List<String> rowIds = of(rows.stream().map(rowDate).toList(), rows.stream().map(rowVoucher).toList());
        List<S> matches = new ArrayList<>(rows.size());
        rowIds.forEach(identity -> matches.add(byIdentity.get(identity)));
        return matches;
    }

    /** One identity per line, in the order given (file order, or the order the lines were stored). */
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
