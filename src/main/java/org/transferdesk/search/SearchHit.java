package org.transferdesk.search;

import org.transferdesk.common.Labeled;

/** One global-search result: a result, a person or an IP asset (which opens its result). */
public record SearchHit(Kind kind, long id, String code, String title) {
    public enum Kind implements Labeled {
        RESULT, PERSON, IP;

        @Override
        public String labelPrefix() {
            return "searchKind";
        }
    }

    @Override
    public String toString() {
        return "[" + kind.label() + "] " + code + "  " + title;
    }
}
