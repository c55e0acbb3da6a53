package org.transferdesk.ui;

import java.util.function.Predicate;
import javafx.beans.property.SimpleBooleanProperty;
import org.transferdesk.common.I18n;

/**
 * A filter of a list page that is on or off (a check box in its filter bar: the pilots' "只看逾期/待提醒"): while on, a
 * row passes only when the page's test says so. Declared once, with its label, by {@link ListPage#toggle}: the label is
 * the check box's text and what a printed export's filter line says, so the two cannot drift apart, and "clear
 * filters" turns it off like the facets.
 */
public final class ListToggle<R> extends SimpleBooleanProperty {
    private final String labelKey;
    private final Predicate<R> passes;

    ListToggle(String labelKey, Predicate<R> passes) {
        this.labelKey = labelKey;
        this.passes = passes;
    }

    /** The check box's text, in the app's language. */
    public String text() {
        return I18n.t(labelKey);
    }

    /** The toggle in words while it is on ("只看逾期/待提醒"), else null. */
    String describe() {
        return get() ? text() : null;
    }

    /** The test while on; taken once per filtering, like a facet's. */
    Predicate<R> match() {
        return get() ? passes : row -> true;
    }
}
