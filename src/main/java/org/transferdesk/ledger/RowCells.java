package org.transferdesk.ledger;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transferdesk.common.ColumnLimits;
import org.transferdesk.common.Labeled;
import org.transferdesk.common.Money;
import org.transferdesk.common.Percent;
import org.transferdesk.common.PlausibleDates;
import org.transferdesk.common.Problem;

/**
 * Typed access to the cells of one row. A cell that cannot be read records an error and marks its
 * column, so the follow-up checks on that column (e.g. "required") do not report it a second time.
 */
final class RowCells {
    // YYYY-MM-DD; also 2024/3/1, 2024.3.1 and 2024年3月1日, which clerks type as often
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private final SheetHeader header;
    private final RawSheet.RawRow row;
    private final ErrorList errors;
    private final Set<LedgerColumn> flagged = new HashSet<>();

    RowCells(SheetHeader header, RawSheet.RawRow row, ErrorList errors) {
        this.header = header;
        this.row = row;
        this.errors = errors;
    }

    int number() {
        return row.number();
    }

    /** The cell as trimmed text; null when empty or when the sheet has no such column. */
    String text(LedgerColumn column) {
        int i = header.indexOf(column);
        String text = i < 0 ? null : asText(row.cell(i));
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.indexOf('\u0000') >= 0) {
            // a NUL character (a damaged file, a paste from another program): PostgreSQL cannot store it, and on H2 it
            // would make a number or name that looks the same as another but is not; refused where it is, never
            // removed unseen (issue 21's fuzzing on PostgreSQL)
            if (!flagged.contains(column)) {
                error(column, "ledger.cell.nulCharacter");
            }
            return null;
        }
        return text.strip();
    }

    String text(LedgerColumn column, int maxLength) {
        String text = text(column);
        if (text != null && text.length() > maxLength) {
            error(column, "ledger.cell.tooLong", maxLength);
        }
        return text;
    }

    /**
     * A date cell; a number in a General cell (an Excel serial such as 45356, or 20240305); or text in the forms
     * offices write — 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305, full-width digits, a trailing 00:00:00.
     * Day-month orders (6/7/2023, 23/6/18) and a month alone are refused as ambiguous, never guessed. Null when
     * empty or unreadable (then with an error).
     */
    LocalDate date(LedgerColumn column) {
        int i = header.indexOf(column);
        Object value = i < 0 ? null : row.cell(i);
        if (value instanceof LocalDate d) {
            return plausible(column, d, d.toString());
        }
        if (value instanceof BigDecimal n && n.signum() > 0 && n.precision() - n.scale() <= 10
                && n.stripTrailingZeros().scale() <= 0) {
            LocalDate fromNumber = n.precision() - n.scale() == 8 ? compact(n.toBigInteger().toString())
                    : ExcelDates.fromSerial(n, false);
            if (fromNumber != null) {
                return plausible(column, fromNumber, asText(n));
            }
        }
        String text = text(column);
        return text == null ? null : dateOf(column, text);
    }

    /** {@code date} when {@link PlausibleDates plausible}; else null with an error quoting what was written. */
    private LocalDate plausible(LedgerColumn column, LocalDate date, String written) {
        if (PlausibleDates.contains(date)) {
            return date;
        }
        error(column, "ledger.cell.dateOutOfRange", written, PlausibleDates.FIRST, PlausibleDates.LAST);
        return null;
    }

    /**
     * A list of receipts in one cell (R-TAX58, 奖励发放's 到账日期): parts joined by ";" (also the full-width "；"),
     * each read like {@link #date}; an empty part is kept as null so positions line up with 凭证号. A date cell or
     * text without ";" is one date. Strict: a part that is no date is an error naming that part, never dropped.
     * Empty when the cell is; null when some part is unreadable.
     */
    List<LocalDate> dates(LedgerColumn column) {
        String text = text(column);
        if (text == null || !isList(text)) {
            LocalDate one = date(column);
            return one == null ? (flagged.contains(column) ? null : List.of()) : List.of(one);
        }
        List<LocalDate> dates = new ArrayList<>();
        boolean bad = false;
        for (String part : parts(text)) {
            LocalDate d = part == null ? null : dateOf(column, part);
            bad |= part != null && d == null;
            dates.add(d);
        }
        return bad ? null : dates;
    }

    /** Text parts joined by ";" (or "；"), each stripped, an empty part null; each at most {@code maxLength}. */
    List<String> texts(LedgerColumn column, int maxLength) {
        String text = text(column);
        if (text == null) {
            return List.of();
        }
        List<String> parts = parts(text);
        for (String part : parts) {
            if (part != null && part.length() > maxLength) {
                error(column, "ledger.cell.tooLong", maxLength);
            }
        }
        return parts;
    }

    private static boolean isList(String text) {
        return text.indexOf(';') >= 0 || text.indexOf('；') >= 0;
    }

    /** "a; ;b" → [a, null, b]: the separators' positions are kept, so a list lines up with another. */
    private static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split("[;；]", -1)) {
            parts.add(part.isBlank() ? null : part.strip());
        }
        return parts;
    }

    /** The text forms of {@link #date}; null, with an error quoting {@code text}, when it is none. */
    private LocalDate dateOf(LedgerColumn column, String text) {
        String t = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip()
                .replaceFirst("(\\s+|T)0?0:00(:00)?(\\.0+)?$", "");
        Matcher m = DATE.matcher(t);
        LocalDate parsed = null;
        if (m.matches()) {
            try {
                parsed = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // falls through to the error below: 2024-02-30 is as wrong as "soon"
            }
        } else if (t.matches("\\d{8}")) {
            parsed = compact(t);
        } else if (t.matches("\\d{1,2}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{2,4}")) {
            error(column, "ledger.cell.ambiguousDate", text);
            return null;
        } else if (t.matches("\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*月?")) {
            error(column, "ledger.cell.monthOnly", text);
            return null;
        }
        if (parsed == null) {
            error(column, "ledger.cell.badDate", text);
            return null;
        }
        return plausible(column, parsed, text);
    }

    /** 20240305 → 2024-03-05; null when it is no date. */
    private static LocalDate compact(String digits) {
        try {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** One of an enum's values by name or label; null when empty or unknown (then with an error). */
    <E extends Enum<E> & Labeled> E choice(LedgerColumn column, Class<E> type) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        E value = header.value(column, type, text, row.number());
        if (value == null) {
            // asked once per distinct value when the sheet is done (SheetHeader.finish), not once per cell
            flagged.add(column);
        }
        return value;
    }

    /**
     * An amount in yuan: a numeric cell or text with optional thousands separators, in the column's unit (×10,000
     * under a 万元 header or units row); null when empty or unreadable. An amount finer than a fen in yuan is an
     * error, not rounded away (only the noise of binary floating point, below 10⁻⁹ yuan, is).
     */
    BigDecimal money(LedgerColumn column) {
        int i = header.indexOf(column);
        Object value = i < 0 ? null : row.cell(i);
        BigDecimal written;
        if (value instanceof BigDecimal n) {
            written = n;
        } else {
            String text = text(column);
            if (text == null) {
                return null;
            }
            // full-width digits and the accountants' (50,000.00) for a negative amount (a refund)
            String t = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
            boolean bracketed = t.length() > 2 && t.startsWith("(") && t.endsWith(")");
            written = Money.parseExact(bracketed ? t.substring(1, t.length() - 1) : t)
                    .map(n -> bracketed ? n.negate() : n).orElse(null);
            if (written == null) {
                error(column, "ledger.cell.badAmount", text);
                return null;
            }
        }
        BigDecimal yuan = written.movePointRight(header.unitOf(column).shift);
        if (!ColumnLimits.amountFits(yuan)) {
            error(column, "ledger.cell.amountTooLarge", asText(written), Money.format(ColumnLimits.MAX_AMOUNT));
            return null;
        }
        if (yuan.abs().compareTo(FLOAT_NOISE) <= 0) {
            // 1e-999999999 is nothing, and rounding it the long way would build a billion-digit number
            return Money.of(BigDecimal.ZERO);
        }
        BigDecimal rounded = Money.of(yuan);
        if (rounded.subtract(yuan).abs().compareTo(FLOAT_NOISE) > 0) {
            error(column, "ledger.cell.belowFen", asText(written), Money.format(rounded));
            return null;
        }
        return rounded;
    }

    private static final int PLAIN_DIGITS = 40;
    private static final BigDecimal FLOAT_NOISE = new BigDecimal("0.000000001");

    /**
     * A percentage: a cell formatted as a percentage (value 0.2, shown 20%), text with a % sign, or a number
     * (40 means 40%). A bare number above 0 and up to 1 is refused: 0.2 may mean 20% or 0.2%, and either reading
     * would be a guess (DOMAIN §9). Null when empty or unreadable.
     */
    Percent percent(LedgerColumn column) {
        int i = header.indexOf(column);
        Object value = i < 0 ? null : row.cell(i);
        if (value instanceof PercentCell p) {
            BigDecimal percent = p.fraction().movePointRight(2);
            return fits(column, percent, p.toString()) ? Percent.ofPercent(percent) : null;
        }
        String text = text(column);
        if (text == null) {
            return null;
        }
        String number = text.replace("%", "").replace("％", "").strip();
        BigDecimal written = Money.parseExact(number).orElse(null);
        if (written != null && !fits(column, written, text)) {
            return null;
        }
        Percent p = Percent.parsePercent(text).orElse(null);
        if (p == null) {
            error(column, "ledger.cell.badPercent", text);
            return null;
        }
        boolean signed = text.contains("%") || text.contains("％");
        if (!signed && p.isPositive() && p.compareTo(Percent.ofPercent(java.math.BigDecimal.ONE)) <= 0) {
            String answer = header.fractionAnswer(column);
            if (ImportMapping.FRACTION.equals(answer)) {
                header.answeredFraction(column, answer);
                return Percent.ofPercent(p.percent().movePointRight(2));
            }
            if (ImportMapping.PERCENT.equals(answer)) {
                header.answeredFraction(column, answer);
                return p;
            }
            // a question for the whole column (SheetHeader.finish), not an error per cell
            header.askFraction(column, row.number(), text);
            flagged.add(column);
            return null;
        }
        return p;
    }

    /** Whether {@code percent} fits a share or rate column; else false with an error (issue 19). */
    private boolean fits(LedgerColumn column, BigDecimal percent, String written) {
        if (ColumnLimits.percentFits(percent)) {
            return true;
        }
        error(column, "ledger.cell.percentTooLarge", written, ColumnLimits.MAX_PERCENT.toPlainString());
        return false;
    }

    /** 是/否 (also yes/no, y/n, true/false, 1/0); null when empty or unreadable. */
    Boolean yesNo(LedgerColumn column) {
        int i = header.indexOf(column);
        Object value = i < 0 ? null : row.cell(i);
        if (value instanceof Boolean b) {
            return b;
        }
        String text = text(column);
        if (text == null) {
            return null;
        }
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "是", "yes", "y", "true", "1" -> {
                return Boolean.TRUE;
            }
            case "否", "no", "n", "false", "0" -> {
                return Boolean.FALSE;
            }
            default -> {
                error(column, "ledger.cell.badYesNo", text);
                return null;
            }
        }
    }

    /** Whether the clerk confirmed that 完成人 written without shares have equal shares. */
    boolean equalSharesConfirmed() {
        return header.equalSharesConfirmed();
    }

    /** 完成人 without shares and no answer: a question for the sheet, the cell flagged. */
    void askShares(LedgerColumn column, String text) {
        header.askShares(row.number(), text);
        flagged.add(column);
    }

    /*
     * The required forms read the cell and then say when it is empty, in that order, so a cell that is both
     * unreadable and required is told once (the read's message), as the separate calls did.
     */
    String requiredText(LedgerColumn column) {
        String text = text(column);
        required(column);
        return text;
    }

    String requiredText(LedgerColumn column, int maxLength) {
        String text = text(column, maxLength);
        required(column);
        return text;
    }

    LocalDate requiredDate(LedgerColumn column) {
        LocalDate date = date(column);
        required(column);
        return date;
    }

    BigDecimal requiredMoney(LedgerColumn column) {
        BigDecimal amount = money(column);
        required(column);
        return amount;
    }

    <E extends Enum<E> & Labeled> E requiredChoice(LedgerColumn column, Class<E> type) {
        E value = choice(column, type);
        required(column);
        return value;
    }

    void required(LedgerColumn column) {
        if (header.has(column) && !flagged.contains(column) && text(column) == null) {
            error(column, "ledger.cell.required");
        }
    }

    void error(LedgerColumn column, String key, Object... args) {
        flagged.add(column);
        int number = row.number();
        errors.add(header.sheet(), header.error(number, column, key, args));
    }

    /**
     * Reports a validator's problem at {@code column} unless the cell could not be read (already
     * reported) or the column is missing (reported once for the sheet). A validator may report several
     * problems in one cell (shares off and no key contributor): all of them are kept.
     */
    void problem(LedgerColumn column, Problem problem) {
        if (problem.isError() && header.has(column) && !flagged.contains(column)) {
            int number = row.number();
            errors.add(header.sheet(), new ImportError(header.sheetName(), number, header.nameOf(column),
                    problem.key(), problem.args()));
        }
    }

    static String asText(Object cell) {
        if (cell == null) {
            return null;
        }
        if (cell instanceof PercentCell p) {
            return p.toString();
        }
        if (cell instanceof BigDecimal n) {
            // 10023 typed into a numeric cell is the staff number "10023", not "10023.0"
            BigDecimal plain = n.stripTrailingZeros();
            if (Math.abs(plain.scale()) > PLAIN_DIGITS) {
                return plain.toString(); // 1E+999999999 written out would be a billion digits
            }
            return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
        }
        return cell.toString();
    }
}
