package org.transferdesk.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.DealMode;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.people.Person;

/** What checking an import needs to know from the database: which keys exist already. */
public interface LedgerLookup {

    /** A result already in the database, with the application numbers of its IP assets. */
    record ExistingResult(long id, Set<String> applicationNos) {
        public ExistingResult {
            applicationNos = Set.copyOf(applicationNos);
        }
    }

    /**
     * A deal already in the database, with its receipts and costs, which a ledger's are matched to by
     * {@link MoneyIdentity} so the same money is not recorded twice.
     */
    record ExistingDeal(long id, DealMode mode, List<StoredReceipt> receipts, List<StoredCost> costs) {
        public ExistingDeal {
            receipts = List.copyOf(receipts);
            costs = List.copyOf(costs);
        }
    }

    /**
     * A stored receipt or cost: its date, and whether a live distribution holds it (then the ledger may neither
     * change nor remove it).
     */
    interface StoredMoney {
        long id();

        LocalDate on();

        BigDecimal amount();

        boolean held();
    }

    /** A stored cost; {@code held}: a live distribution deducted it. */
    record StoredCost(long id, LocalDate incurredOn, CostCategory category, BigDecimal amount, boolean held)
            implements StoredMoney {
        @Override
        public LocalDate on() {
            return incurredOn;
        }
    }

    /** A stored receipt; {@code held}: a live distribution was computed from it. */
    record StoredReceipt(long id, LocalDate receivedOn, BigDecimal amount, String voucherNo, boolean held)
            implements StoredMoney {
        @Override
        public LocalDate on() {
            return receivedOn;
        }
    }

    /**
     * A reward imported earlier (not revoked): the distribution of one contract, payment date and kind
     * ({@link #rewardKey}), with the staff numbers of its lines.
     */
    record ExistingReward(long id, Set<String> staffNos) {
        public ExistingReward {
            staffNos = Set.copyOf(staffNos);
        }
    }

    /**
     * 赋权: a result in the database with its type and its pilot cases ({@code onlyImported}: the case was
     * written by a ledger import and nothing has been done to it in TransferDesk since).
     */
    record PilotTarget(long disclosureId, ResultType type, List<ExistingPilot> cases) {
        public PilotTarget {
            cases = List.copyOf(cases);
        }
    }

    record ExistingPilot(long id, String caseNo, boolean onlyImported) {
    }

    /** Same contract, payment date and kind: one imported distribution. */
    static String rewardKey(String contractNo, LocalDate paidOn, RewardKind kind) {
        return contractNo + "|" + paidOn + "|" + kind.name();
    }


    /** The deals with these contract numbers, by contract number. */
    Map<String, ExistingDeal> deals(Collection<String> contractNos);

    /** Rewards imported earlier for these contract numbers, by {@link #rewardKey}. */
    Map<String, ExistingReward> importedRewards(Collection<String> contractNos);

    /** The people with these staff numbers, by staff number; unknown numbers are simply absent. */
    Map<String, Person> people(Collection<String> staffNos);

    /** The people with these names, by name (完成人 written as names, issue 17). */
    Map<String, List<Person>> peopleNamed(Collection<String> names);

    /** The results with these result numbers with their types and pilot cases, by result number. */
    Map<String, PilotTarget> pilotTargets(Collection<String> resultNos);

    /** The results with these result numbers, by result number. */
    Map<String, ExistingResult> results(Collection<String> resultNos);
}
