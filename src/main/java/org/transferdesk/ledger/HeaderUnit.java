package org.transferdesk.ledger;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit an amount column is written in (DOMAIN §9 "Units and formats"): yuan, or 万元 (×10,000), read from
 * the header ("合同金额（万元）", "金额(元)", "金额/万元") or from a units row above it ("单位：万元"). Any other
 * unit is refused rather than guessed; a header without a unit is yuan unless the sheet's units row says 万元.
 */
enum HeaderUnit {
    YUAN(0), WAN(4);

    private static final Pattern BRACKETED = Pattern.compile(".*[(（【\\[]([^)）】\\]]*)[)）】\\]]$");
    private static final Pattern SLASHED = Pattern.compile(".*[/／]([^/／]+)$");
    private static final Pattern UNITS_ROW = Pattern.compile("(?:计量)?单位\\s*[:：]?\\s*(人民币)?\\s*(万元|元)\\s*");
    private static final Set<String> YUAN_NAMES = Set.of("元", "人民币元", "人民币", "rmb", "cny", "yuan");
    private static final Set<String> WAN_NAMES = Set.of("万元", "万", "人民币万元", "万元人民币");

    /** How many places the decimal point moves right to make yuan. */
    final int shift;

    HeaderUnit(int shift) {
        this.shift = shift;
    }

    /** What a header says about its unit. */
    sealed interface Found permits Known, Unknown, NotStated {
    }

    record Known(HeaderUnit unit) implements Found {
    }

    /** A unit this import does not convert (千元, 美元 …): an error, never a guess. */
    record Unknown(String text) implements Found {
    }

    record NotStated() implements Found {
    }

    /** The unit in a header's trailing bracket or after its last slash; the column's English alias is no unit. */
    static Found inHeader(String header, LedgerColumn column) {
        String h = header == null ? "" : header.replaceAll("[\\s\\u00A0\\u3000]+", "");
        Matcher m = BRACKETED.matcher(h);
        String unit = m.matches() ? m.group(1) : null;
        if (unit == null) {
            Matcher s = SLASHED.matcher(h);
            unit = s.matches() ? s.group(1) : null;
        }
        if (unit == null || unit.isEmpty() || unit.equalsIgnoreCase(column.alias()) || unit.equals(column.name())) {
            return new NotStated();
        }
        String u = unit.toLowerCase(java.util.Locale.ROOT).replace("单位:", "").replace("单位：", "");
        if (YUAN_NAMES.contains(u)) {
            return new Known(YUAN);
        }
        if (WAN_NAMES.contains(u)) {
            return new Known(WAN);
        }
        return new Unknown(unit);
    }

    /** A units row above the header ("单位：万元", "金额单位：元"), or empty when the text is no such row. */
    static Optional<HeaderUnit> inUnitsRow(String cellText) {
        if (cellText == null) {
            return Optional.empty();
        }
        String t = cellText.strip().replace("金额单位", "单位");
        Matcher m = UNITS_ROW.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of("万元".equals(m.group(2)) ? WAN : YUAN);
    }
}
