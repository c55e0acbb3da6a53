package org.transferdesk.due;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.transferdesk.TestDatabase;
import org.transferdesk.app.AppContext;
import org.transferdesk.app.DataFolder;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.persistence.DealRepository;

/**
 * Issue 20 measurement, not a test: a save's background deadline work on a generated database, before (the
 * badge and the home screen each derived everything) and after (one incremental derive both share).
 * {@code java -cp … org.transferdesk.due.DueSaveCost DIR RESULTS PEOPLE}: DIR is generated once and reused.
 */
public final class DueSaveCost {
    private DueSaveCost() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int results = Integer.parseInt(args[1]);
        int people = Integer.parseInt(args[2]);
        AppContext context = AppContext.open(new DataFolder(dir), TestDatabase.CLOCK);
        if (context.demo().isEmpty()) {
            long t = System.nanoTime();
            context.demo().fill(people, results, ProgressSink.NONE);
            System.out.printf(Locale.ROOT, "generated %,d results in %.0f s%n", results, (System.nanoTime() - t) / 1e9);
        }
        DueService due = context.due();
        LocalDate today = due.today();
        DealRepository deals = new DealRepository(context.database().dsl());
        List<Deal> all = deals.findAll();
        System.out.printf(Locale.ROOT, "%,d deals, %,d items%n", all.size(), due.deriveAll(today).size());
        List<Double> before = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            due.deriveAll(today); // the badge
            due.deriveAll(today); // the home screen
            before.add((System.nanoTime() - t) / 1e6);
        }
        due.incremental();
        long t0 = System.nanoTime();
        due.derive(today);
        double first = (System.nanoTime() - t0) / 1e6;
        List<Double> after = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Deal d = deals.findById(all.get(i * 7 % all.size()).id()).orElseThrow();
            List<Receipt> receipts = new ArrayList<>(d.receipts());
            receipts.add(new Receipt(null, today.minusDays(i), new BigDecimal("1234.00"), "PZ-BENCH-" + i, null));
            deals.save(d.withReceipts(receipts), "bench", LocalDateTime.now(context.clock()));
            due.changed(RecordType.DEAL, d.id());
            long t = System.nanoTime();
            due.urgentCount(today); // the badge
            due.within(today, 30); // the home screen's attention list
            after.add((System.nanoTime() - t) / 1e6);
        }
        List<Double> idle = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            due.derive(today); // nothing changed: the context's reads only
            idle.add((System.nanoTime() - t) / 1e6);
        }
        List<Double> dealOnly = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long id = all.get(i * 11 % all.size()).id();
            long t = System.nanoTime();
            deals.findById(id);
            dealOnly.add((System.nanoTime() - t) / 1e6);
        }
        System.out.printf(Locale.ROOT, "derive with nothing changed median %.1f ms %s; one deal read median %.1f ms%n",
                median(idle), idle, median(dealOnly));
        boolean same = due.derive(today).equals(due.deriveAll(today));
        System.out.printf(Locale.ROOT, "before: a save's deadline work (badge + home, full derive each) median %.0f ms %s%n",
                median(before), before);
        System.out.printf(Locale.ROOT, "after:  first (start-up) derive %.0f ms; a save (badge + home) median %.1f ms %s%n",
                first, median(after), after);
        System.out.printf(Locale.ROOT, "ratio before/after per save: %.0f×; incremental equals full derive: %s%n",
                median(before) / median(after), same);
        context.close();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
