package org.transferdesk.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.transferdesk.common.Money;

/**
 * R-REPORT-COUNT, R-REPORT-LARGE and R-REPORT-MORE: how the report counts, each a dated office setting with the
 * documented default. The values in force on the report year's last day apply. {@code techRewardsIncluded}
 * says whether rewards for development, consulting and service work (R-45-TECH) count in the reward totals:
 * not by default, until the official 口径 is known; they are shown on their own line either way.
 */
public record ReportConventions(ContractYear contractYear, boolean refundsSubtract, boolean equityReceivedZero,
                                boolean countTerminated, RewardYear cashRewardYear, PilotYear pilotYear,
                                BigDecimal large1, BigDecimal large2, BigDecimal large3,
                                boolean techRewardsIncluded) {

    /** Which date puts a contract (项数, 合同金额) in a year. */
    public enum ContractYear implements org.transferdesk.common.Labeled {
        SIGNED, REGISTERED;

        @Override
        public String labelPrefix() {
            return "rulesEdit.contractYear";
        }
    }

    /** Which date puts a cash reward in a year. */
    public enum RewardYear implements org.transferdesk.common.Labeled {
        PAID, APPROVED;

        @Override
        public String labelPrefix() {
            return "rulesEdit.rewardYear";
        }
    }

    /** Which date puts a pilot case in a year: the grant's effect (CNIPA registration / agreement), or the agreement. */
    public enum PilotYear implements org.transferdesk.common.Labeled {
        EFFECT, AGREEMENT;

        @Override
        public String labelPrefix() {
            return "rulesEdit.pilotYear";
        }
    }

    public static final String CONTRACT_YEAR = "report.count.contractYear";
    public static final String REFUNDS = "report.count.refunds";
    public static final String EQUITY_RECEIVED = "report.count.equityReceived";
    public static final String TERMINATED = "report.count.terminated";
    public static final String CASH_REWARD_YEAR = "report.count.cashRewardYear";
    public static final String PILOT_YEAR = "report.count.pilotYear";
    public static final String LARGE = "report.large.thresholds";
    public static final String TECH_REWARDS = "report.count.techRewards";
    public static final List<String> KEYS = List.of(CONTRACT_YEAR, REFUNDS, EQUITY_RECEIVED, TERMINATED,
            CASH_REWARD_YEAR, PILOT_YEAR, LARGE, TECH_REWARDS);

    /** The documented defaults (rule book R-REPORT-COUNT, R-REPORT-LARGE, R-REPORT-MORE). */
    public static final Map<String, String> DEFAULTS;

    static {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(CONTRACT_YEAR, "SIGNED");
        d.put(REFUNDS, "SUBTRACT");
        d.put(EQUITY_RECEIVED, "ZERO");
        d.put(TERMINATED, "INCLUDE");
        d.put(CASH_REWARD_YEAR, "PAID");
        d.put(PILOT_YEAR, "EFFECT");
        d.put(LARGE, "1000000.00;10000000.00;100000000.00");
        d.put(TECH_REWARDS, "EXCLUDE");
        DEFAULTS = java.util.Collections.unmodifiableMap(d);
    }

    public static final ReportConventions DEFAULT = from(key -> Optional.empty());

    /** Reads each key through {@code values} (empty = the default); IllegalArgumentException on a bad value. */
    public static ReportConventions from(Function<String, Optional<String>> values) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String key : KEYS) {
            String text = values.apply(key).orElse(DEFAULTS.get(key));
            check(key, text);
            v.put(key, text.trim());
        }
        List<BigDecimal> large = thresholds(v.get(LARGE));
        return new ReportConventions(ContractYear.valueOf(v.get(CONTRACT_YEAR)), v.get(REFUNDS).equals("SUBTRACT"),
                v.get(EQUITY_RECEIVED).equals("ZERO"), v.get(TERMINATED).equals("INCLUDE"),
                RewardYear.valueOf(v.get(CASH_REWARD_YEAR)), PilotYear.valueOf(v.get(PILOT_YEAR)),
                large.get(0), large.get(1), large.get(2), v.get(TECH_REWARDS).equals("INCLUDE"));
    }

    /** Whether {@code value} is acceptable for {@code key}; the IllegalArgumentException's message says why not. */
    public static void check(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no value");
        }
        String v = value.trim();
        List<String> allowed = switch (key) {
            case CONTRACT_YEAR -> List.of("SIGNED", "REGISTERED");
            case REFUNDS -> List.of("SUBTRACT", "IGNORE");
            case EQUITY_RECEIVED -> List.of("ZERO", "RECEIPTS");
            case TERMINATED -> List.of("INCLUDE", "EXCLUDE");
            case CASH_REWARD_YEAR -> List.of("PAID", "APPROVED");
            case PILOT_YEAR -> List.of("EFFECT", "AGREEMENT");
            case TECH_REWARDS -> List.of("EXCLUDE", "INCLUDE");
            case LARGE -> null;
            default -> throw new IllegalArgumentException("not a report setting: " + key);
        };
        if (allowed == null) {
            thresholds(v);
        } else if (!allowed.contains(v)) {
            throw new IllegalArgumentException("one of " + String.join(", ", allowed) + ": " + v);
        }
    }

    /** "1000000.00;10000000.00;100000000.00": three ascending positive amounts in yuan. */
    /** The three thresholds as stored, split at ';' (unchecked: the editor shows each as typed). */
    public static List<String> thresholdTexts(String text) {
        return List.of((text == null ? "" : text.trim()).split(";", -1)).stream().map(String::trim).toList();
    }

    /** The stored text of three thresholds, as {@link #check} reads it. */
    public static String joinThresholds(List<String> amounts) {
        return String.join(";", amounts.stream().map(String::trim).toList());
    }

    private static List<BigDecimal> thresholds(String text) {
        String[] parts = text.trim().split(";");
        if (parts.length != 3) {
            throw new IllegalArgumentException("three amounts in yuan joined by ';': " + text);
        }
        List<BigDecimal> amounts = new java.util.ArrayList<>();
        for (String p : parts) {
            // exact: a threshold finer than a fen is refused, never rounded to one (1,000,000.005 is no 1,000,000.01)
            BigDecimal a = Money.parseExact(p.trim()).filter(x -> x.signum() > 0)
                    .orElseThrow(() -> new IllegalArgumentException("not a positive amount: " + p));
            if (a.stripTrailingZeros().scale() > Money.SCALE) {
                throw new IllegalArgumentException("finer than a fen: " + p);
            }
            a = a.setScale(Money.SCALE);
            if (!amounts.isEmpty() && a.compareTo(amounts.get(amounts.size() - 1)) <= 0) {
                throw new IllegalArgumentException("thresholds must rise: " + text);
            }
            amounts.add(a);
        }
        return amounts;
    }

    /** The values as settings texts, in {@link #KEYS} order. */
    public Map<String, String> texts() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put(CONTRACT_YEAR, contractYear.name());
        t.put(REFUNDS, refundsSubtract ? "SUBTRACT" : "IGNORE");
        t.put(EQUITY_RECEIVED, equityReceivedZero ? "ZERO" : "RECEIPTS");
        t.put(TERMINATED, countTerminated ? "INCLUDE" : "EXCLUDE");
        t.put(CASH_REWARD_YEAR, cashRewardYear.name());
        t.put(PILOT_YEAR, pilotYear.name());
        t.put(LARGE, large1.toPlainString() + ";" + large2.toPlainString() + ";" + large3.toPlainString());
        t.put(TECH_REWARDS, techRewardsIncluded ? "INCLUDE" : "EXCLUDE");
        return t;
    }
}
