package org.transferdesk.disclosure;

import java.util.EnumSet;
import java.util.Set;
import org.transferdesk.common.Labeled;

/**
 * 已披露 → 评估中 → 保护中 → 推广中 → 已转化, or 已放弃. A result may skip stages forward (a trade secret
 * is never "protected" by a filing); an abandoned result can be reopened for evaluation; a converted
 * one stays converted (later deals do not change it).
 */
public enum ResultStatus implements Labeled {
    DISCLOSED, EVALUATING, PROTECTING, PROMOTING, CONVERTED, ABANDONED;

    @Override
    public String labelPrefix() {
        return "resultStatus";
    }

    public Set<ResultStatus> allowedNext() {
        return switch (this) {
            case CONVERTED -> EnumSet.noneOf(ResultStatus.class);
            case ABANDONED -> EnumSet.of(EVALUATING);
            default -> {
                EnumSet<ResultStatus> next = EnumSet.range(values()[ordinal() + 1], CONVERTED);
                next.add(ABANDONED);
                yield next;
            }
        };
    }

    public boolean canMoveTo(ResultStatus target) {
        return allowedNext().contains(target);
    }
}
