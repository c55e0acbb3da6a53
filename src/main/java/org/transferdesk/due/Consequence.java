package org.transferdesk.due;

import org.transferdesk.common.Labeled;

/**
 * What leaving an item undone costs (issue 24, item 7), worst first: a right or a filing lost for good, money owed
 * to or by the office, or a routine fee or task. {@link DueRanking} orders the attention by it.
 */
public enum Consequence implements Labeled {
    /** A patent lapses (R-PAT-FEE), a 备案表 or the annual report is late (R-TAX58-FILING, R-REPORT-WHO) … */
    LOST,
    /** An instalment owed to the office, a fee or reward the office owes, ranked by amount. */
    MONEY,
    /** Everything else: a fee not yet due, a publicity's end, an objection, an episode's end. */
    ROUTINE;

    @Override
    public String labelPrefix() {
        return "dueConsequence";
    }
}
