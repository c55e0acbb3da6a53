package org.transferdesk.match;

import org.transferdesk.common.Labeled;

/**
 * The texts a match can be found in, and how much a word found there counts: a word of the title says more about
 * a result than one of its abstract. A need's description is its SUMMARY.
 */
public enum MatchField implements Labeled {
    TITLE(3f), SUMMARY(1f), FIELD(1.5f), IP(2f);

    private final float boost;

    MatchField(float boost) {
        this.boost = boost;
    }

    float boost() {
        return boost;
    }

    /** The Lucene field name. */
    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String labelPrefix() {
        return "matchField";
    }
}
