package org.transferdesk.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.transferdesk.disclosure.ResultType;

/**
 * Result titles and abstracts in the style CNIPA filings and university registers use
 * ("一种基于深度学习的锂电池健康状态估计方法", "一种高镍三元正极材料及其制备方法", "设备健康管理平台V2.0"),
 * composed from a school's vocabulary.
 */
final class TitleMaker {
    /** Techniques that read well in front of any school's subject. */
    private static final List<String> GENERAL_TECHNIQUES = List.of("基于机器学习的", "基于多源数据融合的", "高效的",
            "低成本的");
    private static final List<String> UTILITY_ADJECTIVES = List.of("", "", "新型", "便于拆装的", "可调节的",
            "高稳定性的", "模块化");
    private static final List<String> DESIGN_VARIANTS = List.of("", "", "（Ⅰ型）", "（Ⅱ型）", "（便携式）", "（壁挂式）");
    private static final List<String> VALIDATIONS = List.of("经实验验证", "经中试验证", "经现场应用验证", "经第三方检测");
    private static final List<String> OUTCOMES = List.of("关键性能指标优于现有技术", "相关指标达到国内领先水平",
            "已在合作企业完成小批量试用", "具备产业化条件");
    /** Base weights of result types; schools add their own (research-fields.json, typeWeights). */
    private static final Map<ResultType, Integer> BASE_WEIGHTS = new EnumMap<>(Map.of(
            ResultType.INVENTION_PATENT, 55, ResultType.UTILITY_MODEL, 12, ResultType.DESIGN, 2,
            ResultType.SOFTWARE, 10, ResultType.TRADE_SECRET, 2, ResultType.OTHER, 2));

    private final Dice dice;

    TitleMaker(Dice dice) {
        this.dice = dice;
    }

    /** Weighted toward invention patents; a type the school has no words for is never chosen. */
    ResultType type(ResearchField field) {
        ResultType[] types = ResultType.values();
        int[] weights = new int[types.length];
        for (int i = 0; i < types.length; i++) {
            ResultType t = types[i];
            weights[i] = hasWords(field, t) ? BASE_WEIGHTS.getOrDefault(t, 0) + field.typeWeights().getOrDefault(t.name(), 0)
                    : 0;
        }
        return types[dice.weighted(weights)];
    }

    private static boolean hasWords(ResearchField f, ResultType type) {
        return switch (type) {
            case UTILITY_MODEL -> !f.devices().isEmpty();
            case DESIGN -> !f.products().isEmpty();
            case SOFTWARE -> !f.software().isEmpty();
            case IC_LAYOUT -> !f.chips().isEmpty();
            case PLANT_VARIETY -> !f.varieties().isEmpty();
            case BIOMEDICAL_VARIETY -> !f.biomedical().isEmpty();
            default -> !f.subjects().isEmpty();
        };
    }

    String title(ResultType type, ResearchField f) {
        return switch (type) {
            case INVENTION_PATENT -> invention(f);
            case UTILITY_MODEL -> "一种" + dice.pick(UTILITY_ADJECTIVES) + dice.pick(f.devices());
            case DESIGN -> dice.pick(f.products()) + dice.pick(DESIGN_VARIANTS);
            case SOFTWARE -> dice.pick(f.software()) + "V" + dice.between(1, 3) + ".0";
            case IC_LAYOUT -> dice.pick(f.chips()) + "（" + (char) ('A' + dice.between(0, 25)) + dice.between(10, 99) + "）";
            case PLANT_VARIETY -> dice.pick(f.varieties()).replace("{n}", String.valueOf(dice.between(11, 89)));
            case BIOMEDICAL_VARIETY -> dice.pick(f.biomedical());
            case TRADE_SECRET -> f.materials().isEmpty() ? dice.pick(f.subjects()) + "核心算法及关键参数"
                    : dice.pick(f.materials()) + "规模化制备工艺";
            case OTHER -> dice.pick(f.subjects()) + (dice.chance(0.5) ? "技术规程" : "关键技术研究报告");
        };
    }

    private String invention(ResearchField f) {
        int form = dice.between(0, 9);
        if (form < 3 && !f.materials().isEmpty()) {
            return "一种" + dice.pick(f.materials()) + "及其制备方法";
        }
        if (form == 3 && !f.devices().isEmpty()) {
            return "一种" + dice.pick(f.devices()) + "及其控制方法";
        }
        String technique = dice.chance(0.2) ? dice.pick(GENERAL_TECHNIQUES) : dice.pick(f.techniques());
        return "一种" + technique + dice.pick(f.subjects()) + (form >= 8 ? "方法及系统" : "方法");
    }

    /** Two sentences, as a disclosure form's 成果简介 usually starts. */
    String abstractText(ResultType type, String title, ResearchField f) {
        String application = dice.pick(f.applications());
        String verb = switch (type) {
            case SOFTWARE -> "开发了";
            case IC_LAYOUT, DESIGN -> "设计了";
            case PLANT_VARIETY -> "选育了";
            case BIOMEDICAL_VARIETY -> "研制了";
            case TRADE_SECRET, OTHER -> "形成了";
            default -> "提出了";
        };
        return "本成果针对" + application + "领域现有技术" + dice.pick(f.problems()) + "的问题，" + verb + title + "。"
                + dice.pick(VALIDATIONS) + "，" + dice.pick(OUTCOMES) + "，具有" + dice.pick(f.benefits())
                + "等优点，可广泛应用于" + application + "等领域。";
    }
}
