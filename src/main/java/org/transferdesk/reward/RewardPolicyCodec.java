package org.transferdesk.reward;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.transferdesk.common.Percent;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.reward.RewardPolicy.LeaderEquity;
import org.transferdesk.reward.RewardPolicy.Preset;
import org.transferdesk.reward.RewardPolicy.PublicityCalendar;

/**
 * The text form of a reward policy kept in {@code policy_setting} (key {@code reward.policy}): every field
 * as {@code name=value}, in a fixed order, separated by {@code ;}; rates are fractions (0.7 = 70%), so a
 * clerk or an auditor can read the stored row. Decoding is strict: a stored policy that cannot be read
 * exactly must not silently become another one.
 *
 * <p>The fields of R-45-TECH ({@code techContract}, {@code techKey}) and R-UNIT-SPLIT ({@code unitUniversity},
 * {@code unitSchool}, {@code unitOffice}) came with schema V10. A version stored before has none of them and
 * reads with their defaults — the technical-contract rate follows that version's transfer/licence rate, R-KEY
 * applies, nothing is split — which is what the office's policy meant then; a text with only some of them is
 * refused like any other malformed one.
 */
public final class RewardPolicyCodec {
    public static final String SETTING_KEY = "reward.policy";

    private static final List<String> FIELDS = List.of("preset", "transferLicense", "equity", "self", "selfYears",
            "key", "deductible", "publicityDays", "publicityCalendar", "leaderEquity", "transferStaff",
            "inventionBonus", "otherPatentBonus");
    private static final List<String> LATER_FIELDS = List.of("techContract", "techKey", "unitUniversity", "unitSchool",
            "unitOffice");

    private RewardPolicyCodec() {
    }

    public static String encode(RewardPolicy p) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("preset", p.jurisdiction().name());
        fields.put("transferLicense", fraction(p.transferLicenseRate()));
        fields.put("equity", fraction(p.equityRate()));
        fields.put("self", fraction(p.selfRate()));
        fields.put("selfYears", Integer.toString(p.selfYears()));
        fields.put("key", fraction(p.keyContributorMinimum()));
        fields.put("deductible", Arrays.stream(CostCategory.values()).filter(p.deductible()::contains)
                .map(Enum::name).collect(Collectors.joining(",")));
        fields.put("publicityDays", Integer.toString(p.publicityDays()));
        fields.put("publicityCalendar", p.publicityCalendar().name());
        fields.put("leaderEquity", p.leaderEquity().name());
        fields.put("transferStaff", fraction(p.transferStaffShare()));
        fields.put("inventionBonus", p.inventionBonus().toPlainString());
        fields.put("otherPatentBonus", p.otherPatentBonus().toPlainString());
        fields.put("techContract", fraction(p.techContracts().rate()));
        fields.put("techKey", Boolean.toString(p.techContracts().keyRule()));
        fields.put("unitUniversity", fraction(p.unitShares().university()));
        fields.put("unitSchool", fraction(p.unitShares().school()));
        fields.put("unitOffice", fraction(p.unitShares().transferOffice()));
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    /** Reads {@link #encode}'s form; anything else is refused with an {@link IllegalArgumentException} naming the fault. */
    public static RewardPolicy decode(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Empty reward policy text");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : text.strip().split(";", -1)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("Reward policy field without '=': '" + part + "' in " + text);
            }
            String name = part.substring(0, eq).strip();
            if (!FIELDS.contains(name) && !LATER_FIELDS.contains(name)) {
                throw new IllegalArgumentException("Unknown reward policy field '" + name + "' in " + text);
            }
            if (fields.put(name, part.substring(eq + 1).strip()) != null) {
                throw new IllegalArgumentException("Reward policy field '" + name + "' given twice in " + text);
            }
        }
        List<String> missing = FIELDS.stream().filter(f -> !fields.containsKey(f)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Reward policy text lacks " + missing + ": " + text);
        }
        List<String> later = LATER_FIELDS.stream().filter(fields::containsKey).toList();
        if (!later.isEmpty() && later.size() != LATER_FIELDS.size()) {
            throw new IllegalArgumentException("Reward policy text lacks " + LATER_FIELDS.stream()
                    .filter(f -> !fields.containsKey(f)).toList() + ": " + text);
        }
        try {
            RewardPolicy.TechContracts tech = later.isEmpty() ? null
                    : new RewardPolicy.TechContracts(rate(fields, "techContract"), bool(fields.get("techKey")));
            RewardPolicy.UnitShares units = later.isEmpty() ? null : new RewardPolicy.UnitShares(
                    rate(fields, "unitUniversity"), rate(fields, "unitSchool"), rate(fields, "unitOffice"));
            return new RewardPolicy(Preset.valueOf(fields.get("preset")), rate(fields, "transferLicense"),
                    rate(fields, "equity"), rate(fields, "self"), Integer.parseInt(fields.get("selfYears")),
                    rate(fields, "key"), categories(fields.get("deductible")),
                    Integer.parseInt(fields.get("publicityDays")),
                    PublicityCalendar.valueOf(fields.get("publicityCalendar")),
                    LeaderEquity.valueOf(fields.get("leaderEquity")), rate(fields, "transferStaff"),
                    new BigDecimal(fields.get("inventionBonus")), new BigDecimal(fields.get("otherPatentBonus")),
                    tech, units);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Malformed reward policy text (" + e.getMessage() + "): " + text, e);
        }
    }

    private static String fraction(Percent p) {
        BigDecimal f = p.fraction().stripTrailingZeros();
        return (f.scale() < 0 ? f.setScale(0) : f).toPlainString();
    }

    private static Percent rate(Map<String, String> fields, String name) {
        return new Percent(new BigDecimal(fields.get(name)));
    }

    private static boolean bool(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("not true/false: '" + text + "'");
        };
    }

    private static Set<CostCategory> categories(String text) {
        Set<CostCategory> result = EnumSet.noneOf(CostCategory.class);
        for (String name : text.split(",")) {
            if (!name.isBlank()) {
                result.add(CostCategory.valueOf(name.strip()));
            }
        }
        return result;
    }
}
