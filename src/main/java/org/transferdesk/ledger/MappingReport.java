package org.transferdesk.ledger;

import java.util.List;
import java.util.Set;

/**
 * How a check read the source, for the wizard's mapping step and for saving a profile: every worksheet, every header
 * and every distinct value of a column with a list of values, each with where its reading came from; and the
 * questions only the clerk can answer. {@link #mapping()} is the profile that reproduces this reading.
 */
public record MappingReport(List<SheetChoice> sheets, List<ColumnChoice> columns, List<ValueChoice> values,
                            List<FractionQuestion> fractions, SharesQuestion shares, List<NameQuestion> names,
                            List<KeyQuestion> keys, ImportMapping mapping) {

    /** Where a reading came from. */
    public enum Origin {
        /** The format's own name or label: nothing to confirm. */
        FORMAT,
        /** Another spelling the import knows (DOMAIN §9): shown, to be confirmed. */
        GUESSED,
        /** The mapping profile said so. */
        PROFILE,
        /** Not read: a worksheet or column left out, or a value that is a question. */
        UNMAPPED
    }

    /** A choice offered for a value: its constant and its label in the current language. */
    public record Option(String constant, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** {@code sheet} null: the worksheet is not read. */
    public record SheetChoice(String worksheet, LedgerSheet sheet, Origin origin) {
    }

    /** {@code column} null: the header's values are not imported. */
    public record ColumnChoice(LedgerSheet sheet, String worksheet, String header, LedgerColumn column, Origin origin) {
    }

    /** One distinct value of a column; {@code constant} null while it is a question. */
    public record ValueChoice(LedgerSheet sheet, LedgerColumn column, String header, String text, String constant,
                              Origin origin, int cells, int firstRow, List<Option> options) {
    }

    /** Bare numbers between 0 and 1 under a percentage column: 0.2 = 20% or 0.2%? {@code answer} null: not said. */
    public record FractionQuestion(LedgerSheet sheet, LedgerColumn column, String header, String example, int cells,
                                   int firstRow, String answer) {
    }

    /** 完成人 cells with names and no shares ({@code cells} 0: none); {@code answered}: equal shares confirmed. */
    public record SharesQuestion(String example, int cells, int firstRow, boolean answered) {
    }

    /** A 完成人 name that several people have; {@code candidates} are staff numbers labelled with their department. */
    public record NameQuestion(String name, List<Option> candidates, String answer, int firstRow, int cells) {
    }

    /** A result whose 完成人 mark no key contributor; {@code inventors} as the cell writes them. */
    public record KeyQuestion(String resultNo, int row, List<String> inventors, Set<String> answer) {
    }

    public MappingReport {
        sheets = List.copyOf(sheets);
        columns = List.copyOf(columns);
        values = List.copyOf(values);
        fractions = List.copyOf(fractions);
        names = List.copyOf(names);
        keys = List.copyOf(keys);
    }

    /** Whether anything was read through a guess the clerk has not confirmed (which the GUI asks to confirm). */
    public boolean hasGuesses() {
        return sheets.stream().anyMatch(s -> s.origin() == Origin.GUESSED)
                || columns.stream().anyMatch(c -> c.origin() == Origin.GUESSED)
                || values.stream().anyMatch(v -> v.origin() == Origin.GUESSED);
    }

    /** The questions still open: each unmapped value, fraction column, shares, shared name and result without key. */
    public int openQuestions() {
        return (int) (values.stream().filter(v -> v.constant() == null).count()
                + fractions.stream().filter(f -> f.answer() == null).count()
                + (shares.cells() > 0 && !shares.answered() ? 1 : 0)
                + names.stream().filter(n -> n.answer() == null).count()
                + keys.stream().filter(k -> k.answer().isEmpty()).count());
    }
}
