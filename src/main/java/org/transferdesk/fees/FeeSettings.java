package org.transferdesk.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.transferdesk.common.Percent;
import org.transferdesk.ip.IpType;
import org.transferdesk.ip.PatentTerm;
import org.transferdesk.settings.DatedValue;
import org.transferdesk.settings.OfficeSettings;

/**
 * Reads the fee schedule and reductions in force on a date from the office settings (R-PAT-FEE: schedules
 * are data, they change). Keys: {@code patent.fee.<IpType>} = {@code "1-3:900;4-6:1200;…"} (fee years
 * from–to : yuan, covering every fee year 1 to the longest term of the type exactly once) and
 * {@code patent.fee.reduction} = {@code "SOLE:85;JOINT:70;YEARS:10;ELIGIBLE:true"} (percent off for a sole
 * and a joint owner, for how many fee years from the grant year, whether the unit is eligible at all).
 * A key without a value in force on a date falls back to the statutory value of R-PAT-FEE in force on that
 * date; an office's own value wins from its date of effect.
 */
public final class FeeSettings implements FeeRules {
    public static final String REDUCTION = "patent.fee.reduction";
    public static final List<IpType> PATENT_TYPES = List.of(IpType.INVENTION_PATENT, IpType.UTILITY_MODEL, IpType.DESIGN);
    public static final List<String> KEYS = List.of(scheduleKey(IpType.INVENTION_PATENT),
            scheduleKey(IpType.UTILITY_MODEL), scheduleKey(IpType.DESIGN), REDUCTION);

    public static final Map<IpType, String> DEFAULT_SCHEDULES = Map.of(
            IpType.INVENTION_PATENT, "1-3:900;4-6:1200;7-9:2000;10-12:4000;13-15:6000;16-20:8000",
            IpType.UTILITY_MODEL, "1-3:600;4-5:900;6-8:1200;9-10:2000",
            IpType.DESIGN, "1-3:600;4-5:900;6-8:1200;9-10:2000;11-15:3000");
    /** R-PAT-FEE before 财税〔2018〕37号: the reduction covered the first 6 fee years from the grant year. */
    public static final String REDUCTION_6_YEARS = "SOLE:85;JOINT:70;YEARS:6;ELIGIBLE:true";
    /** R-PAT-FEE from 财税〔2018〕37号: 10 fee years from the grant year, for fees due from {@link #TEN_YEARS_FROM}. */
    public static final String DEFAULT_REDUCTION = "SOLE:85;JOINT:70;YEARS:10;ELIGIBLE:true";
    public static final LocalDate TEN_YEARS_FROM = LocalDate.of(2018, 8, 1);
    /**
     * The statutory reduction with its dates of effect, newest first: a law coded with its dates, so a fee
     * due 2018-07-31 is reduced for 6 years from the grant year and one due 2018-08-01 for 10.
     */
    public static final List<DatedValue> DEFAULT_REDUCTIONS = List.of(
            new DatedValue(TEN_YEARS_FROM, DEFAULT_REDUCTION), new DatedValue(LocalDate.MIN, REDUCTION_6_YEARS));
    /** The statutory schedule and reductions in force today (fees due from 2018-08-01). */
    public static final FeeTable DEFAULT = parse(DEFAULT_SCHEDULES, DEFAULT_REDUCTION);
    private static final FeeTable SIX_YEARS = parse(DEFAULT_SCHEDULES, REDUCTION_6_YEARS);
    /** The statutory tables by due date, where the office has recorded nothing. */
    public static final FeeRules STATUTORY = date -> date.isBefore(TEN_YEARS_FROM) ? SIX_YEARS : DEFAULT;

    private final OfficeSettings office;

    public FeeSettings(OfficeSettings office) {
        this.office = office;
    }

    public static String scheduleKey(IpType type) {
        return "patent.fee." + type.name();
    }

    @Override
    public FeeTable on(LocalDate date) {
        Map<IpType, String> schedules = new EnumMap<>(IpType.class);
        for (IpType type : PATENT_TYPES) {
            schedules.put(type, office.valueOn(scheduleKey(type), date).orElse(DEFAULT_SCHEDULES.get(type)));
        }
        return parse(schedules, office.valueOn(REDUCTION, date).orElseGet(() -> defaultReductionOn(date)));
    }

    /** The statutory reduction text in force on {@code date} (R-PAT-FEE, 财税〔2018〕37号). */
    public static String defaultReductionOn(LocalDate date) {
        return inForce(DEFAULT_REDUCTIONS, date).orElseThrow();
    }

    private static java.util.Optional<String> inForce(List<DatedValue> newestFirst, LocalDate date) {
        return newestFirst.stream().filter(v -> !v.effectiveFrom().isAfter(date)).findFirst().map(DatedValue::value);
    }

    /**
     * The rules as recorded now, read once: a plan over many patents and years asks for a table per due
     * date, which would otherwise be four queries each.
     */
    public FeeRules snapshot() {
        Map<String, List<DatedValue>> history = new HashMap<>();
        for (String key : KEYS) {
            history.put(key, office.history(key));
        }
        Map<List<String>, FeeTable> parsed = new HashMap<>();
        return date -> {
            List<String> texts = KEYS.stream().map(k -> inForce(history.get(k), date, k)).toList();
            return parsed.computeIfAbsent(texts, t -> {
                Map<IpType, String> schedules = new EnumMap<>(IpType.class);
                for (int i = 0; i < PATENT_TYPES.size(); i++) {
                    schedules.put(PATENT_TYPES.get(i), t.get(i));
                }
                return parse(schedules, t.get(PATENT_TYPES.size()));
            });
        };
    }

    private static String inForce(List<DatedValue> newestFirst, LocalDate date, String key) {
        return inForce(newestFirst, date).orElseGet(() -> REDUCTION.equals(key) ? defaultReductionOn(date)
                : DEFAULT_SCHEDULES.get(IpType.valueOf(key.substring("patent.fee.".length()))));
    }

    /** Parses the settings' texts; IllegalArgumentException (saying why) on a malformed or incomplete one. */
    public static FeeTable parse(Map<IpType, String> schedules, String reduction) {
        Map<IpType, List<FeeBand>> bands = new EnumMap<>(IpType.class);
        schedules.forEach((type, text) -> bands.put(type, parseSchedule(type, text)));
        Map<String, String> parts = FeeRuleTexts.reductionParts(reduction);
        Percent sole = percent(parts.get("SOLE"));
        Percent joint = percent(parts.get("JOINT"));
        int years = wholeNumber(parts.get("YEARS"));
        String eligible = parts.get("ELIGIBLE");
        if (!eligible.equals("true") && !eligible.equals("false")) {
            throw new IllegalArgumentException("ELIGIBLE must be true or false: " + eligible);
        }
        return new FeeTable(bands, sole, joint, years, Boolean.parseBoolean(eligible));
    }

    /** Whether {@code value} is acceptable for {@code key}; the IllegalArgumentException's message says why not. */
    public static void check(String key, String value) {
        if (value == null) {
            throw new IllegalArgumentException("no value");
        }
        if (REDUCTION.equals(key)) {
            parse(Map.of(), value);
            return;
        }
        for (IpType type : PATENT_TYPES) {
            if (scheduleKey(type).equals(key)) {
                parseSchedule(type, value);
                for (FeeRuleTexts.Band b : FeeRuleTexts.bands(value)) {
                    // FeeBand keeps whole fen: a finer fee would be stored as one amount and used as another
                    if (new BigDecimal(b.fee()).stripTrailingZeros().scale() > org.transferdesk.common.Money.SCALE) {
                        throw new IllegalArgumentException("a fee finer than a fen: " + b.fee());
                    }
                }
                return;
            }
        }
        throw new IllegalArgumentException("not a patent fee setting: " + key);
    }

    /** "1-3:900;4-6:1200" → bands; they must cover fee years 1 to the type's longest term, each once. */
    static List<FeeBand> parseSchedule(IpType type, String text) {
        if (!type.isPatent()) {
            throw new IllegalArgumentException("not a patent type: " + type);
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty fee schedule for " + type);
        }
        List<FeeBand> bands = new ArrayList<>();
        for (FeeRuleTexts.Band b : FeeRuleTexts.bands(text)) {
            bands.add(new FeeBand(wholeNumber(b.from()), wholeNumber(b.to()), amount(b.fee())));
        }
        bands.sort(Comparator.comparingInt(FeeBand::fromYear));
        // the longest term any filing date gets (a design filed from 2021-06-01: 15 years)
        int term = PatentTerm.years(type, LocalDate.MAX).orElseThrow();
        int next = 1;
        for (FeeBand b : bands) {
            if (b.fromYear() != next) {
                throw new IllegalArgumentException(b.fromYear() < next ? "fee year " + b.fromYear() + " given twice"
                        : "no fee for fee year " + next);
            }
            next = b.toYear() + 1;
        }
        if (next - 1 != term) {
            throw new IllegalArgumentException(type + " fees must cover fee years 1-" + term + ", not 1-" + (next - 1));
        }
        return List.copyOf(bands);
    }

    private static Percent percent(String text) {
        Percent p = Percent.parsePercent(text).orElseThrow(() -> new IllegalArgumentException("not a percentage: " + text));
        if (p.fraction().signum() < 0 || p.compareTo(Percent.HUNDRED) > 0) {
            throw new IllegalArgumentException("a reduction is between 0 and 100: " + text);
        }
        return p;
    }

    private static BigDecimal amount(String text) {
        try {
            BigDecimal amount = new BigDecimal(text.strip());
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("negative fee " + text.strip());
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an amount: " + text.strip(), e);
        }
    }

    private static int wholeNumber(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0) {
                throw new IllegalArgumentException("negative number " + text.strip());
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number: " + text.strip(), e);
        }
    }
}
