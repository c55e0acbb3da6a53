package org.transferdesk.ledger;

import java.util.ArrayList;
import java.util.List;
import org.transferdesk.ledger.MappingReport.Origin;

/** Puts a check's decisions together: the log's worksheets, each sheet's headers, values and questions. */
final class MappingReports {
    private MappingReports() {
    }

    static MappingReport of(MappingLog log, List<SheetHeader> headers) {
        List<MappingReport.ColumnChoice> columns = new ArrayList<>();
        List<MappingReport.ValueChoice> values = new ArrayList<>();
        List<MappingReport.FractionQuestion> fractions = new ArrayList<>();
        List<MappingReport.NameQuestion> names = new ArrayList<>();
        List<MappingReport.KeyQuestion> keys = new ArrayList<>();
        SheetHeader.Asked shares = null;
        for (SheetHeader h : headers) {
            columns.addAll(h.columnChoices());
            values.addAll(h.valueChoices());
            fractions.addAll(h.fractionQuestions());
            names.addAll(h.nameQuestions());
            keys.addAll(h.keyQuestions());
            if (h.sharesAsked() != null) {
                shares = h.sharesAsked();
            }
        }
        ImportMapping given = log.mapping();
        MappingReport.SharesQuestion sharesQuestion = shares == null
                ? new MappingReport.SharesQuestion("", 0, 0, given.equalSharesConfirmed())
                : new MappingReport.SharesQuestion(shares.example, shares.cells, shares.firstRow, false);
        return new MappingReport(log.sheets(), columns, values, fractions, sharesQuestion, names, keys,
                confirmed(given, log.sheets(), columns, values));
    }

    /**
     * The profile that reads the source as this check did: the given one, with every guess written down as an answer
     * and every worksheet and header left out written down as ignored (so saving it is confirming them).
     */
    private static ImportMapping confirmed(ImportMapping given, List<MappingReport.SheetChoice> sheets,
                                           List<MappingReport.ColumnChoice> columns,
                                           List<MappingReport.ValueChoice> values) {
        ImportMapping m = given;
        for (MappingReport.SheetChoice s : sheets) {
            if (s.origin() == Origin.GUESSED || s.origin() == Origin.UNMAPPED) {
                m = m.withSheet(s.worksheet(), s.sheet());
            }
        }
        for (MappingReport.ColumnChoice c : columns) {
            if (c.origin() == Origin.GUESSED || c.origin() == Origin.UNMAPPED) {
                m = m.withColumn(c.sheet(), c.header(), c.column());
            }
        }
        for (MappingReport.ValueChoice v : values) {
            if (v.origin() == Origin.GUESSED) {
                m = m.withValue(v.sheet(), v.column(), v.text(), v.constant());
            }
        }
        return m;
    }
}
