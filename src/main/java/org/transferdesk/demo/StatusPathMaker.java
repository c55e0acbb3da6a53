package org.transferdesk.demo;

import static org.transferdesk.disclosure.ResultStatus.ABANDONED;
import static org.transferdesk.disclosure.ResultStatus.CONVERTED;
import static org.transferdesk.disclosure.ResultStatus.DISCLOSED;
import static org.transferdesk.disclosure.ResultStatus.EVALUATING;
import static org.transferdesk.disclosure.ResultStatus.PROMOTING;
import static org.transferdesk.disclosure.ResultStatus.PROTECTING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.disclosure.Evaluation;
import org.transferdesk.disclosure.Recommendation;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.disclosure.StatusChange;

/**
 * A result's life so far: dated status changes that follow {@link ResultStatus#allowedNext()}, each
 * a few weeks to a few years after the last and never after today, so old results have moved on and
 * recent ones are still being evaluated. Who recorded a change is left empty for the writer to fill.
 */
final class StatusPathMaker {
    /** What the IP maker needs to know: when protection was decided and, if so, when the result was given up. */
    record Path(List<StatusChange> history, Evaluation evaluation, LocalDate protectingOn, LocalDate abandonedOn) {
        ResultStatus status() {
            return history.get(history.size() - 1).to();
        }
    }

    private final Dice dice;
    private final LocalDate today;
    private final List<StatusChange> history = new ArrayList<>();
    private ResultStatus current;
    private LocalDate last;

    StatusPathMaker(Dice dice, LocalDate today) {
        this.dice = dice;
        this.today = today;
    }

    Path make(LocalDate disclosedOn, ResultType type) {
        history.clear();
        history.add(new StatusChange(null, DISCLOSED, disclosedOn, "提交成果披露", null));
        current = DISCLOSED;
        last = disclosedOn;
        boolean protectable = isProtectable(type);
        Evaluation evaluation = Evaluation.NONE;
        LocalDate protectingOn = null;
        if (protectable && dice.chance(0.08)) {
            // Urgent filings skip the evaluation to secure the filing date.
            if (move(PROTECTING, 3, 20, "为抢占申请日，先行申请知识产权保护")) {
                protectingOn = last;
            }
        } else if (move(EVALUATING, 5, 45, dice.pick(List.of("提交成果评估", "组织专家评估", "院系推荐评估")))) {
            ResultStatus decision = dice.chance(0.12) ? ABANDONED : protectable ? PROTECTING : PROMOTING;
            if (move(decision, 20, 120, reason(decision, type))) {
                evaluation = evaluation(decision, type);
                protectingOn = decision == PROTECTING ? last : null;
            }
        }
        if (current == PROTECTING) {
            double roll = dice.unit();
            if (roll < 0.65) {
                move(PROMOTING, 120, 900, reason(PROMOTING, type));
            } else if (roll < 0.73) {
                move(CONVERTED, 180, 1100, reason(CONVERTED, type));
            } else if (roll < 0.80) {
                move(ABANDONED, 300, 1500, type == ResultType.SOFTWARE || type == ResultType.IC_LAYOUT
                        ? "无转化前景，终止推广维护" : "申请被驳回或未缴年费，终止保护");
            }
        }
        if (current == PROMOTING) {
            double roll = dice.unit();
            if (roll < 0.35) {
                move(CONVERTED, 90, 1200, reason(CONVERTED, type));
            } else if (roll < 0.43) {
                move(ABANDONED, 365, 1500, "长期推广未找到受让方，终止推广");
            }
        }
        LocalDate abandonedOn = current == ABANDONED ? last : null;
        if (current == ABANDONED && dice.chance(0.08)
                && move(EVALUATING, 180, 900, "有企业表达合作意向，重新评估") && dice.chance(0.5)
                && move(PROMOTING, 30, 120, "重新评估通过，纳入推广目录")) {
            evaluation = evaluation(PROMOTING, type);
        }
        return new Path(List.copyOf(history), evaluation, protectingOn, abandonedOn);
    }

    static boolean isProtectable(ResultType type) {
        return switch (type) {
            case INVENTION_PATENT, UTILITY_MODEL, DESIGN, SOFTWARE, IC_LAYOUT, PLANT_VARIETY -> true;
            default -> false;
        };
    }

    /** Records the move unless its date would lie in the future: then the result is still where it is. */
    private boolean move(ResultStatus to, int minDays, int maxDays, String reason) {
        if (!current.canMoveTo(to)) {
            throw new IllegalStateException(current + " → " + to + " is not allowed");
        }
        LocalDate on = dice.workdayAfter(last, minDays, maxDays);
        if (on.isAfter(today)) {
            return false;
        }
        history.add(new StatusChange(current, to, on, reason, null));
        current = to;
        last = on;
        return true;
    }

    private String reason(ResultStatus to, ResultType type) {
        return switch (to) {
            case PROTECTING -> switch (type) {
                case SOFTWARE -> "评估通过，办理软件著作权登记";
                case PLANT_VARIETY -> "评估通过，申请植物新品种权";
                case IC_LAYOUT -> "评估通过，办理集成电路布图设计登记";
                default -> dice.pick(List.of("评估通过，申请专利保护", "专家建议申请专利并推广", "具备新颖性和创造性，申请专利"));
            };
            case PROMOTING -> type == ResultType.TRADE_SECRET ? "作为技术秘密保护，定向推广"
                    : dice.pick(List.of("纳入学校成果推广目录", "在技术交易平台挂牌", "参加科技成果对接会", "向合作企业推介"));
            case CONVERTED -> dice.pick(List.of("与企业签订技术转让合同", "签订技术实施许可合同", "作价投资入股企业",
                    "与企业签订合作实施协议"));
            case ABANDONED -> dice.pick(List.of("评估认为市场前景不足，暂不保护", "技术成熟度较低，完成人同意放弃",
                    "与现有技术相比优势不明显"));
            default -> "";
        };
    }

    /** Ratings follow the decision: promising results score 3–5, abandoned ones 1–3. */
    private Evaluation evaluation(ResultStatus decision, ResultType type) {
        boolean good = decision != ABANDONED;
        int lo = good ? 3 : 1;
        int hi = good ? 5 : 3;
        Recommendation recommendation = switch (decision) {
            case ABANDONED -> dice.chance(0.7) ? Recommendation.ABANDON : Recommendation.HOLD;
            case PROTECTING -> Recommendation.PROTECT_AND_PROMOTE;
            default -> type == ResultType.TRADE_SECRET ? Recommendation.KEEP_SECRET : Recommendation.PROMOTE;
        };
        String notes = switch (recommendation) {
            case PROTECT_AND_PROMOTE -> "技术新颖性较好，具有一定市场前景，建议先保护后推广";
            case PROMOTE -> "技术较成熟，建议尽快推广应用";
            case KEEP_SECRET -> "工艺诀窍不宜公开，建议以技术秘密方式保护";
            case HOLD -> "市场需求尚不明确，建议暂缓";
            case ABANDON -> "创新性和应用前景不足，建议不予保护";
        };
        return new Evaluation(dice.between(lo, hi), dice.between(lo, hi), dice.between(lo, hi), dice.between(lo, hi),
                recommendation, notes);
    }
}
