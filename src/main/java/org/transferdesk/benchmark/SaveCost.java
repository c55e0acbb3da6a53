package org.transferdesk.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.due.DueService;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.due.persistence.DueBulkReader;

/**
 * The background cost of one deal save as the desktop app pays it (issue 20): the save itself, then the due list's
 * incremental refresh that the save's data event starts — the 待办 badge's count and the home screen's attention list,
 * which share one derive. The baseline is the full derive from every record, what each of them cost before the
 * due list was incremental and what the start still costs once.
 */
public final class SaveCost {
    /** The attention list of the home screen: items due within 30 days. */
    private static final int HOME_DAYS = 30;
    private static final int FULL_DERIVES = 3;

    private SaveCost() {
    }

    /**
     * Milliseconds per phase; each list holds one figure per run. {@code warmUp}: the save's rehearsal the desktop
     * app runs after its home screen is filled, NaN when it was left out.
     */
    public record Figures(int deals, int items, List<Double> fullDerive, List<Double> bulkDeals,
                          List<Double> screenDeals, double firstIncremental, double warmUp, List<Double> saves,
                          List<Double> refreshes) {
        /** The save and its refresh, run by run. */
        public List<Double> backgrounds() {
            List<Double> sums = new ArrayList<>();
            for (int i = 0; i < saves.size(); i++) {
                sums.add(saves.get(i) + refreshes.get(i));
            }
            return sums;
        }
    }

    /**
     * Measures {@code saves} saves of deals spread over the database (each gets one more receipt), after
     * {@value #FULL_DERIVES} full derives and the incremental due list's first derive, and then, when
     * {@code warmUp}, the save's rehearsal the desktop app runs once its home screen is filled
     * ({@link org.transferdesk.deal.DealService#rehearseSave}). Leaves {@code context}'s due list incremental.
     */
    public static Figures measure(AppContext context, int saves, boolean warmUp) {
        DueService due = context.due();
        LocalDate today = due.today();
        DealRepository deals = new DealRepository(context.database().dsl());
        List<Long> ids = new DueBulkReader(context.database().dsl()).deals().stream().map(Deal::id).sorted().toList();
        if (ids.isEmpty()) {
            throw new IllegalStateException("no deals to save");
        }
        List<Double> full = new ArrayList<>();
        int items = 0;
        for (int i = 0; i < FULL_DERIVES; i++) {
            long t = System.nanoTime();
            // not incremental yet: every call derives from all the records
            items = due.open(today).size();
            full.add(since(t));
        }
        // the full derive's read of every deal, against the deal screens' reader it replaced (issue 20)
        List<Double> bulk = new ArrayList<>();
        List<Double> screen = new ArrayList<>();
        for (int i = 0; i < FULL_DERIVES; i++) {
            long t = System.nanoTime();
            new DueBulkReader(context.database().dsl()).deals();
            bulk.add(since(t));
            t = System.nanoTime();
            deals.findAll();
            screen.add(since(t));
        }
        due.incremental();
        long t0 = System.nanoTime();
        due.urgentCount(today);
        double first = since(t0);
        double warm = Double.NaN;
        if (warmUp) {
            t0 = System.nanoTime();
            context.deals().rehearseSave();
            warm = since(t0);
        }
        List<Double> saved = new ArrayList<>();
        List<Double> refreshed = new ArrayList<>();
        for (int i = 0; i < saves; i++) {
            // a prime stride spreads the saves over the deals, old and new
            Deal d = deals.findById(ids.get(i * 7 % ids.size())).orElseThrow();
            List<Receipt> receipts = new ArrayList<>(d.receipts());
            receipts.add(new Receipt(null, today.minusDays(i), new BigDecimal("1234.00"), "PZ-BENCH-" + i, null));
            long t = System.nanoTime();
            deals.save(d.withReceipts(receipts), "benchmark", LocalDateTime.now(context.clock()));
            saved.add(since(t));
            t = System.nanoTime();
            due.changed(RecordType.DEAL, d.id());
            due.urgentCount(today); // the badge
            due.within(today, HOME_DAYS); // the home screen
            refreshed.add(since(t));
        }
        return new Figures(ids.size(), items, full, bulk, screen, first, warm, saved, refreshed);
    }

    public static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    public static double worst(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    private static double since(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
