package org.transferdesk.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each known column sits in one sheet, and the name the file gives it (so messages use the
 * clerk's own header). A missing required column is one error for the sheet, reported here.
 */
final class SheetHeader {
    private final LedgerSheet sheet;
    private final String sheetName;
    private final Map<LedgerColumn, Integer> index = new HashMap<>();
    private final Map<LedgerColumn, String> names = new HashMap<>();
    private final Map<LedgerColumn, HeaderUnit> units = new HashMap<>();
    /** Amount columns whose unit the header or a units row states (so a small figure is not suspected of 万元). */
    private final java.util.Set<LedgerColumn> stated = new java.util.HashSet<>();

    private record Spelling(LedgerColumn column, String text) {
    }

    /** The columns that hold amounts in yuan: the ones a unit in the header or a units row applies to. */
    static final java.util.Set<LedgerColumn> AMOUNTS = java.util.Set.of(LedgerSheet.Columns.CONTRACT_AMOUNT,
            LedgerSheet.Columns.AMOUNT, LedgerSheet.Columns.TAX_WITHHELD);

    private final ImportMapping mapping;
    /** Every header cell and what it was read as, for the mapping step. */
    private final List<MappingReport.ColumnChoice> columnChoices = new java.util.ArrayList<>();
    /** Every distinct value of a column with a list of values, in the order first seen. */
    private final Map<Spelling, ValueSeen> valuesSeen = new java.util.LinkedHashMap<>();
    /** Bare fractions under a percentage column the profile has no answer for: column → first row, example, cells. */
    private final Map<LedgerColumn, Asked> fractionsAsked = new java.util.LinkedHashMap<>();
    private final Map<LedgerColumn, String> fractionAnswers = new HashMap<>();
    private Asked sharesAsked;
    private final List<MappingReport.KeyQuestion> keysAsked = new java.util.ArrayList<>();
    private final List<MappingReport.NameQuestion> namesAsked = new java.util.ArrayList<>();

    /** A question met in several cells: where first, an example, how many. */
    static final class Asked {
        final int firstRow;
        final String example;
        int cells;
        /** Every row asked about (the first included), so a marked copy of the ledger can mark each cell. */
        final List<Integer> rows = new java.util.ArrayList<>();

        Asked(int firstRow, String example) {
            this.firstRow = firstRow;
            this.example = example;
        }
    }

    private static final class ValueSeen {
        final Class<? extends Enum<?>> type;
        final String constant;
        final MappingReport.Origin origin;
        final int firstRow;
        int cells;
        final List<Integer> rows = new java.util.ArrayList<>();

        ValueSeen(Class<? extends Enum<?>> type, String constant, MappingReport.Origin origin, int firstRow) {
            this.type = type;
            this.constant = constant;
            this.origin = origin;
            this.firstRow = firstRow;
        }
    }

    private SheetHeader(LedgerSheet sheet, String sheetName, ImportMapping mapping) {
        this.sheet = sheet;
        this.sheetName = sheetName;
        this.mapping = mapping == null ? ImportMapping.NONE : mapping;
    }

    /** For a sheet the source does not have: every column absent, named as in the template. */
    static SheetHeader absent(LedgerSheet sheet, ImportMapping mapping) {
        return new SheetHeader(sheet, sheet.sheetName(), mapping);
    }

    /**
     * Reads the header: where each column is, the unit of each amount column, and — as notices, so the clerk sees
     * them in the preview — every header cell that names no column (its values are not imported) and every
     * amount column read in 万元.
     */
    /** {@code mapping}: the profile's columns come first; a header it maps to nothing is left out without a notice. */
    static SheetHeader of(RawSheet raw, ErrorList errors, ErrorList notices, ImportMapping mapping) {
        LedgerSheet sheet = raw.sheet();
        SheetHeader header = new SheetHeader(sheet, raw.name(), mapping);
        List<String> headers = raw.headers();
        int headerRow = Math.max(raw.headerRow(), 1);
        String sheetName = raw.name();
        HeaderUnit sheetUnit = raw.preamble().stream().flatMap(List::stream)
                .map(HeaderUnit::inUnitsRow).flatMap(java.util.Optional::stream).findFirst().orElse(null);
        for (int i = 0; i < headers.size(); i++) {
            String text = headers.get(i);
            if (text == null || text.isBlank()) {
                continue;
            }
            java.util.Optional<String> mapped = header.mapping.columnFor(sheet, text);
            if (mapped.isPresent() && ImportMapping.IGNORE.equals(mapped.get())) {
                header.columnChoices.add(new MappingReport.ColumnChoice(sheet, sheetName, text.strip(), null,
                        MappingReport.Origin.PROFILE));
                continue;
            }
            LedgerColumn byProfile = mapped.map(alias -> ImportMapping.columnOf(sheet, alias)).orElse(null);
            boolean named = false;
            for (LedgerColumn column : sheet.columns()) {
                if (byProfile != null ? column != byProfile : !column.matches(text)) {
                    continue;
                }
                named = true;
                MappingReport.Origin origin = byProfile != null ? MappingReport.Origin.PROFILE
                        : column.isOwnName(text) ? MappingReport.Origin.FORMAT : MappingReport.Origin.GUESSED;
                header.columnChoices.add(new MappingReport.ColumnChoice(sheet, sheetName, text.strip(), column, origin));
                if (header.index.containsKey(column)) {
                    String first = header.names.get(column);
                    errors.add(sheet, new ImportError(sheetName, headerRow, text, "ledger.column.twice", first));
                } else {
                    header.index.put(column, i);
                    header.names.put(column, text.strip());
                    if (AMOUNTS.contains(column)) {
                        header.readUnit(column, text, sheetUnit, headerRow, errors, notices);
                    }
                }
            }
            if (!named) {
                header.columnChoices.add(new MappingReport.ColumnChoice(sheet, sheetName, text.strip(), null,
                        MappingReport.Origin.UNMAPPED));
                notices.add(sheet, new ImportError(sheetName, headerRow, text.strip(), "ledger.notice.ignoredColumn"));
            }
        }
        for (LedgerColumn column : sheet.columns()) {
            if (column.required() && !header.index.containsKey(column)) {
                String expected = column.name();
                errors.add(sheet, new ImportError(sheetName, headerRow, expected, "ledger.column.missing",
                        expected, column.alias()));
            }
        }
        return header;
    }

    private void readUnit(LedgerColumn column, String text, HeaderUnit sheetUnit, int headerRow, ErrorList errors,
                          ErrorList notices) {
        HeaderUnit.Found found = HeaderUnit.inHeader(text, column);
        HeaderUnit unit;
        if (found instanceof HeaderUnit.Known known) {
            unit = known.unit();
            stated.add(column);
        } else if (found instanceof HeaderUnit.Unknown unknown) {
            errors.add(sheet, new ImportError(sheetName, headerRow, text.strip(), "ledger.column.unit", unknown.text()));
            return;
        } else {
            unit = sheetUnit == null ? HeaderUnit.YUAN : sheetUnit;
            if (sheetUnit != null) {
                stated.add(column);
            }
        }
        units.put(column, unit);
        if (unit == HeaderUnit.WAN) {
            notices.add(sheet, new ImportError(sheetName, headerRow, text.strip(), "ledger.notice.wan"));
        }
    }

    /**
     * The value a cell of a column with a list of values names: by the profile, by the format's own label, or by
     * another spelling (DOMAIN §9), in that order; null when none, and then it is a question, asked once per distinct
     * value ({@link #finish}), not once per cell.
     */
    <E extends Enum<E> & org.transferdesk.common.Labeled> E value(LedgerColumn column, Class<E> type, String text,
                                                                  int row) {
        ValueSeen seen = valuesSeen.get(new Spelling(column, text));
        if (seen == null) {
            E byProfile = mapping.valueFor(sheet, column, text).map(c -> ImportMapping.constant(type, c)).orElse(null);
            E exact = byProfile == null ? Vocabulary.exact(type, text) : null;
            E other = byProfile == null && exact == null ? Vocabulary.otherSpelling(type, text) : null;
            E value = byProfile != null ? byProfile : exact != null ? exact : other;
            MappingReport.Origin origin = byProfile != null ? MappingReport.Origin.PROFILE
                    : exact != null ? MappingReport.Origin.FORMAT
                    : other != null ? MappingReport.Origin.GUESSED : MappingReport.Origin.UNMAPPED;
            seen = new ValueSeen(type, value == null ? null : value.name(), origin, row);
            valuesSeen.put(new Spelling(column, text), seen);
        }
        seen.cells++;
        seen.rows.add(row);
        return seen.constant == null ? null : ImportMapping.constant(type, seen.constant);
    }

    /** The profile's answer for bare fractions in a percentage column: {@link ImportMapping#FRACTION}, PERCENT, null. */
    String fractionAnswer(LedgerColumn column) {
        return mapping.fractionsIn(sheet, column).orElse(null);
    }

    void askFraction(LedgerColumn column, int row, String text) {
        Asked asked = fractionsAsked.computeIfAbsent(column, c -> new Asked(row, text));
        asked.cells++;
        asked.rows.add(row);
    }

    boolean equalSharesConfirmed() {
        return mapping.equalSharesConfirmed();
    }

    /** Whether the clerk has ticked any inventors of a result as key contributors; their names as written. */
    java.util.Set<String> keyContributors(String resultNo) {
        return resultNo == null ? java.util.Set.of() : mapping.keyContributors().getOrDefault(resultNo, java.util.Set.of());
    }

    void askShares(int row, String text) {
        if (sharesAsked == null) {
            sharesAsked = new Asked(row, text);
        }
        sharesAsked.cells++;
        sharesAsked.rows.add(row);
    }

    void askKeyContributors(String resultNo, int row, List<String> inventors) {
        keysAsked.add(new MappingReport.KeyQuestion(resultNo, row, inventors, java.util.Set.of()));
    }

    /** Answered key-contributor questions are listed too, so the wizard can show and change the answer. */
    void answeredKeyContributors(String resultNo, int row, List<String> inventors, java.util.Set<String> answer) {
        keysAsked.add(new MappingReport.KeyQuestion(resultNo, row, inventors, answer));
    }

    ImportMapping mapping() {
        return mapping;
    }

    /**
     * After the rows: one notice per distinct value read through another spelling (with its first row and how many
     * cells), one error per distinct value that is a question, per percentage column with bare fractions and for
     * 完成人 without shares — each naming its first cell and how many cells it stands for.
     */
    void finish(ErrorList errors, ErrorList notices, ErrorList otherCells) {
        valuesSeen.forEach((spelling, seen) -> {
            if (seen.origin == MappingReport.Origin.GUESSED) {
                notices.add(sheet, new ImportError(sheetName, seen.firstRow, nameOf(spelling.column()),
                        "ledger.notice.valueAs", spelling.text(), Vocabulary.label(seen.type, seen.constant), seen.cells));
            } else if (seen.origin == MappingReport.Origin.UNMAPPED) {
                ask(errors, otherCells, seen.rows, spelling.column(), "ledger.value.unmapped", spelling.text(),
                        seen.cells, Vocabulary.choices(seen.type));
            }
        });
        fractionsAsked.forEach((column, asked) -> ask(errors, otherCells, asked.rows, column, "ledger.percent.ask",
                asked.example, asked.cells));
        if (sharesAsked != null) {
            ask(errors, otherCells, sharesAsked.rows, LedgerSheet.Columns.INVENTORS, "ledger.inventors.askShares",
                    sharesAsked.example, sharesAsked.cells);
        }
    }

    /** One error at the first cell a question stands for; the same at each other cell in {@code otherCells}. */
    private void ask(ErrorList errors, ErrorList otherCells, List<Integer> rows, LedgerColumn column, String key,
                     Object... args) {
        for (int i = 0; i < rows.size(); i++) {
            (i == 0 ? errors : otherCells).add(sheet, new ImportError(sheetName, rows.get(i), nameOf(column), key, args));
        }
    }

    List<MappingReport.ColumnChoice> columnChoices() {
        return columnChoices;
    }

    List<MappingReport.ValueChoice> valueChoices() {
        List<MappingReport.ValueChoice> out = new java.util.ArrayList<>();
        valuesSeen.forEach((spelling, seen) -> out.add(new MappingReport.ValueChoice(sheet, spelling.column(),
                nameOf(spelling.column()), spelling.text(), seen.constant, seen.origin, seen.cells, seen.firstRow,
                Vocabulary.options(seen.type))));
        return out;
    }

    /** Asked and answered: a column whose bare fractions the profile reads is listed with its answer. */
    List<MappingReport.FractionQuestion> fractionQuestions() {
        List<MappingReport.FractionQuestion> out = new java.util.ArrayList<>();
        fractionsAsked.forEach((column, asked) -> out.add(new MappingReport.FractionQuestion(sheet, column,
                nameOf(column), asked.example, asked.cells, asked.firstRow, null)));
        fractionAnswers.forEach((column, answer) -> out.add(new MappingReport.FractionQuestion(sheet, column,
                nameOf(column), "", 0, 0, answer)));
        return out;
    }

    /** A bare fraction read by the profile's answer (listed in the mapping step so it can be changed). */
    void answeredFraction(LedgerColumn column, String answer) {
        fractionAnswers.putIfAbsent(column, answer);
    }

    Asked sharesAsked() {
        return sharesAsked;
    }

    void askName(MappingReport.NameQuestion question) {
        namesAsked.add(question);
    }

    List<MappingReport.NameQuestion> nameQuestions() {
        return namesAsked;
    }

    List<MappingReport.KeyQuestion> keyQuestions() {
        return keysAsked;
    }

    /** Whether the header or a units row says which unit the column is in. */
    boolean unitStated(LedgerColumn column) {
        return stated.contains(column);
    }

    /** The unit the column's amounts are written in (yuan unless the header or a units row says 万元). */
    HeaderUnit unitOf(LedgerColumn column) {
        return units.getOrDefault(column, HeaderUnit.YUAN);
    }

    LedgerSheet sheet() {
        return sheet;
    }

    String sheetName() {
        return sheetName;
    }

    boolean has(LedgerColumn column) {
        return index.containsKey(column);
    }

    /** -1 when the file has no such column. */
    int indexOf(LedgerColumn column) {
        return index.getOrDefault(column, -1);
    }

    /** The header as the file writes it, or the template's name when the column is absent. */
    String nameOf(LedgerColumn column) {
        return names.getOrDefault(column, column.name());
    }

    /** An error at a cell of this sheet; {@code column} null for the row as a whole. */
    ImportError error(int row, LedgerColumn column, String key, Object... args) {
        return new ImportError(sheetName, row, column == null ? "" : nameOf(column), key, args);
    }
}
