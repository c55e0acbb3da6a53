package org.transferdesk.deal.ui;

import java.util.List;
import java.util.function.Consumer;
import org.transferdesk.common.Problem;
import org.transferdesk.deal.Deal;

/**
 * One tab of the deal editor: the editor's session shows each tab the deal, collects each tab's part
 * into the deal it saves, and asks each tab for the problems only the form can see (typed text that is
 * not an amount). A tab whose rows are written apart from the deal record (obligations) keeps its own
 * edits and saves them after the deal.
 */
public interface DealTab {
    /** Shows {@code deal} as loaded or last saved. */
    void show(Deal deal);

    /** {@code edited} with this tab's part as the form holds it; tabs run in order, the terms tab first. */
    default Deal contribute(Deal edited) {
        return edited;
    }

    /** Errors of the form before any rule runs; {@code edited} is the whole deal as edited. */
    default List<Problem> parseProblems(Deal edited) {
        return List.of();
    }

    /** Edits this tab saves itself, apart from the deal record. */
    default boolean hasOwnEdits() {
        return false;
    }

    /** Saves those edits; {@code after} gets true when saved (or nothing to save). */
    default void saveOwn(Consumer<Boolean> after) {
        after.accept(true);
    }
}
