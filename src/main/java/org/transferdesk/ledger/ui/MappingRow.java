package org.transferdesk.ledger.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.transferdesk.common.I18n;
import org.transferdesk.ledger.ImportMapping;
import org.transferdesk.ledger.LedgerColumn;
import org.transferdesk.ledger.LedgerSheet;
import org.transferdesk.ledger.MappingReport;
import org.transferdesk.ledger.MappingReport.Option;
import org.transferdesk.ledger.MappingReport.Origin;

/**
 * One line of the wizard's mapping step: a worksheet, a header, a distinct value or a question, what it is read as
 * (a choice the clerk can change), and where that reading came from. Changing the choice gives the profile with the
 * clerk's answer ({@link #answer}); nothing is read differently until the next check.
 */
public final class MappingRow {
    /** What a line is about, in the order the step lists them. */
    public enum Kind { QUESTION, SHEET, COLUMN, VALUE }

    /** The choice "not read" / "not answered": no constant. */
    static final String NONE = "";

    private final Kind kind;
    private final String topic;
    private final String where;
    private final String what;
    private final int cells;
    private final int firstRow;
    private final Origin origin;
    private final List<Option> options;
    private final Option initial;
    private final ObjectProperty<Option> choice;
    private final BiFunction<ImportMapping, String, ImportMapping> apply;

    private MappingRow(Kind kind, String topic, String where, String what, int cells, int firstRow, Origin origin,
                       List<Option> options, String chosen, BiFunction<ImportMapping, String, ImportMapping> apply) {
        this.kind = kind;
        this.topic = topic;
        this.where = where;
        this.what = what;
        this.cells = cells;
        this.firstRow = firstRow;
        this.origin = origin;
        this.options = List.copyOf(options);
        this.initial = this.options.stream().filter(o -> o.constant().equals(chosen == null ? NONE : chosen))
                .findFirst().orElse(this.options.get(0));
        this.choice = new SimpleObjectProperty<>(initial);
        this.apply = apply;
    }

    /** Every line of a report: open questions first, then guesses to confirm, then the rest in file order. */
    public static List<MappingRow> of(MappingReport report) {
        List<MappingRow> rows = new ArrayList<>();
        for (MappingReport.FractionQuestion f : report.fractions()) {
            rows.add(new MappingRow(Kind.QUESTION, "mapping.topic.fraction", f.header(),
                    f.example().isEmpty() ? "" : I18n.t("mapping.fraction.example", f.example()), f.cells(),
                    f.firstRow(), f.answer() == null ? Origin.UNMAPPED : Origin.PROFILE,
                    List.of(unanswered(), new Option(ImportMapping.FRACTION, I18n.t("mapping.fraction.fraction")),
                            new Option(ImportMapping.PERCENT, I18n.t("mapping.fraction.percent"))),
                    f.answer(), (m, c) -> m.withFractions(f.sheet(), f.column(), blankToNull(c))));
        }
        MappingReport.SharesQuestion shares = report.shares();
        if (shares.cells() > 0 || shares.answered()) {
            rows.add(new MappingRow(Kind.QUESTION, "mapping.topic.shares", LedgerSheet.RESULTS.sheetName(),
                    shares.example(), shares.cells(), shares.firstRow(),
                    shares.answered() ? Origin.PROFILE : Origin.UNMAPPED,
                    List.of(unanswered(), new Option("equal", I18n.t("mapping.shares.equal"))),
                    shares.answered() ? "equal" : null, (m, c) -> m.withEqualShares(!c.isEmpty())));
        }
        for (MappingReport.NameQuestion n : report.names()) {
            List<Option> options = new ArrayList<>(List.of(unanswered()));
            options.addAll(n.candidates());
            rows.add(new MappingRow(Kind.QUESTION, "mapping.topic.name", LedgerSheet.RESULTS.sheetName(),
                    n.name(), n.cells(), n.firstRow(), n.answer() == null ? Origin.UNMAPPED : Origin.PROFILE, options,
                    n.answer(), (m, c) -> m.withPerson(n.name(), blankToNull(c))));
        }
        for (MappingReport.KeyQuestion k : report.keys()) {
            List<Option> options = new ArrayList<>(List.of(unanswered()));
            options.addAll(keyChoices(k.inventors()));
            String chosen = k.answer().isEmpty() ? null : String.join("、", new LinkedHashSet<>(
                    k.inventors().stream().filter(k.answer()::contains).toList()));
            rows.add(new MappingRow(Kind.QUESTION, "mapping.topic.key", k.resultNo(),
                    String.join("、", k.inventors()), 1, k.row(), k.answer().isEmpty() ? Origin.UNMAPPED : Origin.PROFILE,
                    options, chosen, (m, c) -> m.withKeyContributors(k.resultNo(),
                            c.isEmpty() ? Set.of() : Set.of(c.split("、")))));
        }
        for (MappingReport.ValueChoice v : report.values()) {
            List<Option> options = new ArrayList<>(List.of(new Option(NONE, I18n.t("mapping.value.none"))));
            options.addAll(v.options());
            rows.add(new MappingRow(v.constant() == null ? Kind.QUESTION : Kind.VALUE, "mapping.topic.value",
                    v.header(), v.text(), v.cells(), v.firstRow(), v.origin(), options, v.constant(),
                    (m, c) -> m.withValue(v.sheet(), v.column(), v.text(), blankToNull(c))));
        }
        for (MappingReport.SheetChoice s : report.sheets()) {
            List<Option> options = new ArrayList<>(List.of(new Option(NONE, I18n.t("mapping.sheet.none"))));
            for (LedgerSheet sheet : LedgerSheet.values()) {
                options.add(new Option(sheet.alias(), sheet.sheetName()));
            }
            rows.add(new MappingRow(Kind.SHEET, "mapping.topic.sheet", s.worksheet(), "", 0, 0, s.origin(),
                    options, s.sheet() == null ? null : s.sheet().alias(),
                    (m, c) -> m.withSheet(s.worksheet(), ImportMapping.sheetOf(c))));
        }
        for (MappingReport.ColumnChoice col : report.columns()) {
            List<Option> options = new ArrayList<>(List.of(new Option(NONE, I18n.t("mapping.column.none"))));
            for (LedgerColumn c : col.sheet().columns()) {
                options.add(new Option(c.alias(), c.name()));
            }
            rows.add(new MappingRow(Kind.COLUMN, "mapping.topic.column", col.worksheet(), col.header(), 0, 0,
                    col.origin(), options, col.column() == null ? null : col.column().alias(),
                    (m, c) -> m.withColumn(col.sheet(), col.header(), ImportMapping.columnOf(col.sheet(), c))));
        }
        rows.sort(Comparator.comparingInt(MappingRow::rank));
        return rows;
    }

    /**
     * Who may be ticked as key contributors: every non-empty group of up to four inventors (so two of three can be
     * chosen), each alone and all of them for larger teams; the whole team is labelled 全部.
     */
    static List<Option> keyChoices(List<String> inventors) {
        List<Option> out = new ArrayList<>();
        int n = inventors.size();
        if (n <= 4) {
            for (int size = 1; size <= n; size++) {
                for (int mask = 1; mask < 1 << n; mask++) {
                    if (Integer.bitCount(mask) != size) {
                        continue;
                    }
                    List<String> group = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        if ((mask & 1 << i) != 0) {
                            group.add(inventors.get(i));
                        }
                    }
                    String joined = String.join("、", group);
                    out.add(new Option(joined, size == n && n > 1 ? I18n.t("mapping.key.all") + "（" + joined + "）"
                            : joined));
                }
            }
        } else {
            inventors.forEach(i -> out.add(new Option(i, i)));
            String all = String.join("、", inventors);
            out.add(new Option(all, I18n.t("mapping.key.all") + "（" + all + "）"));
        }
        return out;
    }

    private static Option unanswered() {
        return new Option(NONE, I18n.t("mapping.unanswered"));
    }

    private static String blankToNull(String c) {
        return c == null || c.isEmpty() ? null : c;
    }

    /** Open questions, then guesses, then what is left out, then the profile's and the format's readings. */
    private int rank() {
        if (isOpen()) {
            return 0;
        }
        return switch (origin) {
            case GUESSED -> 1;
            case UNMAPPED -> 2;
            case PROFILE -> 3;
            case FORMAT -> 4;
        };
    }

    /** A question still without an answer. */
    public boolean isOpen() {
        return kind == Kind.QUESTION && initial.constant().equals(NONE);
    }

    /** Whether the clerk needs to look at it: open, guessed, or left out. */
    public boolean needsAttention() {
        return isOpen() || origin == Origin.GUESSED || origin == Origin.UNMAPPED;
    }

    /** Whether the clerk changed the choice since the check. */
    public boolean changed() {
        return !Objects.equals(choice.get(), initial);
    }

    /** The profile with this line's current choice written into it. */
    public ImportMapping answer(ImportMapping mapping) {
        Option chosen = choice.get();
        return apply.apply(mapping, chosen == null ? NONE : chosen.constant());
    }

    public Kind kind() {
        return kind;
    }

    /** What the line is about, in the current language. */
    public String topic() {
        return I18n.t(topic);
    }

    /** The bundle key of {@link #topic()}: what the problems tab matches lines by. */
    String topicKey() {
        return topic;
    }

    public String where() {
        return where;
    }

    public String what() {
        return what;
    }

    public int cells() {
        return cells;
    }

    public int firstRow() {
        return firstRow;
    }

    public Origin origin() {
        return origin;
    }

    public String originLabel() {
        if (isOpen()) {
            return I18n.t("mapping.origin.QUESTION");
        }
        return I18n.t(switch (origin) {
            case FORMAT -> "mapping.origin.FORMAT";
            case GUESSED -> "mapping.origin.GUESSED";
            case PROFILE -> "mapping.origin.PROFILE";
            case UNMAPPED -> "mapping.origin.UNMAPPED";
        });
    }

    public List<Option> options() {
        return options;
    }

    public ObjectProperty<Option> choiceProperty() {
        return choice;
    }
}
