package org.transferdesk.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.ip.IpType;
import org.transferdesk.ip.PatentTerm;

/**
 * The stored texts of the fee rules ({@code "1-3:900;4-6:1200"}, {@code "SOLE:85;JOINT:70;YEARS:10;ELIGIBLE:true"})
 * split into the pieces a clerk edits and joined back: the one place that knows their separators, used by
 * {@link FeeSettings} to read them and by the settings window to show them as a table and a form. The texts are a
 * contract with the CLI, the ledger and the database, so joining writes the same grammar the parser reads.
 */
public final class FeeRuleTexts {
    /** One band of a schedule as typed: fee years from–to and the fee in yuan, each still text. */
    public record Band(String from, String to, String fee) {
    }

    /** The parts of the reduction text, in the order they are written. */
    public static final List<String> REDUCTION_PARTS = List.of("SOLE", "JOINT", "YEARS", "ELIGIBLE");

    private FeeRuleTexts() {
    }

    /** "1-3:900;4:950" → bands as typed (a single year is from = to); IllegalArgumentException on a malformed part. */
    public static List<Band> bands(String text) {
        List<Band> bands = new ArrayList<>();
        if (text == null) {
            return bands;
        }
        for (String part : text.split("[;；]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] yearsAndFee = part.split("[:：]", -1);
            if (yearsAndFee.length != 2) {
                throw new IllegalArgumentException("expected years:fee, got " + part.strip());
            }
            String[] range = yearsAndFee[0].split("[-–]", -1);
            if (range.length > 2) {
                throw new IllegalArgumentException("expected from-to years, got " + yearsAndFee[0].strip());
            }
            String from = range[0].strip();
            bands.add(new Band(from, range.length == 2 ? range[1].strip() : from, yearsAndFee[1].strip()));
        }
        return bands;
    }

    /** Bands → "1-3:900;4-6:1200", skipping rows left wholly blank. */
    public static String scheduleText(List<Band> bands) {
        return bands.stream().filter(b -> !(b.from().isBlank() && b.to().isBlank() && b.fee().isBlank()))
                .map(b -> b.from().strip() + "-" + b.to().strip() + ":" + b.fee().strip())
                .collect(Collectors.joining(";"));
    }

    /**
     * What is wrong with a schedule being edited, in the app's language: each row's years and fee, then gaps and
     * overlaps between the rows and whether they cover fee years 1 to the type's longest term. Empty when it is good.
     * A fee finer than a fen is refused, never rounded: the stored text would say one amount and the plan use another.
     */
    public static List<String> scheduleProblems(IpType type, List<Band> bands) {
        List<String> problems = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        boolean yearsRead = true;
        int row = 0;
        for (Band b : bands) {
            row++;
            if (b.from().isBlank() && b.to().isBlank() && b.fee().isBlank()) {
                continue;
            }
            Integer from = year(b.from());
            Integer to = year(b.to());
            if (from == null || to == null) {
                problems.add(I18n.t("feeRulesEdit.badYears", row));
                yearsRead = false;
            } else if (to < from) {
                problems.add(I18n.t("feeRulesEdit.yearsBackwards", row, from, to));
                yearsRead = false;
            } else {
                ranges.add(new int[] {from, to});
            }
            int at = row;
            feeProblem(b.fee()).ifPresent(key -> problems.add(I18n.t(key, at, b.fee().strip())));
        }
        if (!yearsRead) {
            // a row that is not a range yet would also show as a gap; its own message says enough
            return problems;
        }
        if (ranges.isEmpty()) {
            return problems.isEmpty() ? List.of(I18n.t("feeRulesEdit.empty")) : problems;
        }
        ranges.sort(Comparator.comparingInt((int[] r) -> r[0]));
        int found = problems.size();
        int next = 1;
        for (int[] r : ranges) {
            if (r[0] < next) {
                problems.add(years("feeRulesEdit.overlap", "feeRulesEdit.overlapYear", r[0], Math.min(r[1], next - 1)));
            } else if (r[0] > next) {
                problems.add(years("feeRulesEdit.gap", "feeRulesEdit.gapYear", next, r[0] - 1));
            }
            next = Math.max(next, r[1] + 1);
        }
        int term = PatentTerm.years(type, LocalDate.MAX).orElseThrow();
        if (problems.size() == found && next - 1 != term) {
            problems.add(next - 1 < term ? I18n.t("feeRulesEdit.short", next, term)
                    : I18n.t("feeRulesEdit.long", term, next - 1));
        }
        return problems;
    }

    /** "第 3 年" for one year, "第 3–5 年" for several. */
    private static String years(String severalKey, String oneKey, int from, int to) {
        return from == to ? I18n.t(oneKey, from) : I18n.t(severalKey, from, to);
    }

    private static Integer year(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            return n >= 1 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The bundle key saying what is wrong with a fee, if anything. */
    private static java.util.Optional<String> feeProblem(String text) {
        BigDecimal fee;
        try {
            fee = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return java.util.Optional.of("feeRulesEdit.feeNotNumber");
        }
        if (fee.signum() < 0) {
            return java.util.Optional.of("feeRulesEdit.feeNegative");
        }
        if (fee.stripTrailingZeros().scale() > Money.SCALE) {
            return java.util.Optional.of("feeRulesEdit.feeFen");
        }
        return java.util.Optional.empty();
    }

    /**
     * "SOLE:85;JOINT:70;YEARS:10;ELIGIBLE:true" → its parts by upper-case name, in the order written;
     * IllegalArgumentException on a part that is not one of {@link #REDUCTION_PARTS}, given twice or missing.
     */
    public static Map<String, String> reductionParts(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty reduction setting");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : text.split("[;；]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] nameValue = part.split("[:：]", -1);
            String name = nameValue[0].strip().toUpperCase(Locale.ROOT);
            if (nameValue.length != 2 || !REDUCTION_PARTS.contains(name)) {
                throw new IllegalArgumentException("expected one of " + REDUCTION_PARTS + " with :value, got "
                        + part.strip());
            }
            if (parts.put(name, nameValue[1].strip()) != null) {
                throw new IllegalArgumentException(name + " given twice");
            }
        }
        for (String name : REDUCTION_PARTS) {
            if (!parts.containsKey(name)) {
                throw new IllegalArgumentException(name + " is missing");
            }
        }
        return parts;
    }

    /** Parts by name → "SOLE:85;JOINT:70;YEARS:10;ELIGIBLE:true", in {@link #REDUCTION_PARTS} order. */
    public static String reductionText(Map<String, String> parts) {
        return REDUCTION_PARTS.stream().map(name -> name + ":" + parts.getOrDefault(name, "").strip())
                .collect(Collectors.joining(";"));
    }
}
