package org.transferdesk.need;

import java.util.EnumSet;
import java.util.Set;
import org.transferdesk.common.Labeled;

/**
 * 待对接 → 已匹配 → 洽谈中 → 已成交, or 已关闭 (from any state, with a reason). A need only moves forward, one step at a
 * time: a match that fails is closed, not taken back, so the register keeps what happened.
 */
public enum NeedStatus implements Labeled {
    OPEN, MATCHED, NEGOTIATING, DEAL, CLOSED;

    @Override
    public String labelPrefix() {
        return "needStatus";
    }

    public Set<NeedStatus> allowedNext() {
        return switch (this) {
            case OPEN -> EnumSet.of(MATCHED, CLOSED);
            case MATCHED -> EnumSet.of(NEGOTIATING, CLOSED);
            case NEGOTIATING -> EnumSet.of(DEAL, CLOSED);
            case DEAL -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(NeedStatus.class);
        };
    }

    /** Still looking for a result: what the 待办 list reminds of as its deadline nears. */
    public boolean isOpen() {
        return this == OPEN || this == MATCHED || this == NEGOTIATING;
    }
}
