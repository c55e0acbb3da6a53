package org.transferdesk.demo;

import java.time.LocalDate;
import java.util.List;
import org.transferdesk.disclosure.FundingSource;

/**
 * Where the money came from, with project numbers in the shapes offices copy from grant letters:
 * NSFC {@code NSFC-52172123} (division digit, year, programme digit, serial), national key R&D
 * {@code 2021YFB3400123}, provincial key R&D {@code 2022C01123}, industry contracts {@code HX2021-0356}.
 * Commissioned work names the company, which often co-owns the IP.
 */
final class FundingMaker {
    record Funding(FundingSource source, String projectNumbers, String partner) {
    }

    private static final List<String> CITIES = List.of("北京", "上海", "深圳", "杭州", "苏州", "南京", "武汉", "成都",
            "西安", "合肥", "广州", "宁波", "厦门", "长沙", "青岛", "无锡", "天津", "重庆", "济南", "常州");
    private static final String BRAND_FIRST = "华中恒瑞博天汇鼎新凯远启嘉盛卓睿宏金同立";
    private static final String BRAND_SECOND = "创信达泽源智晟景明禾辉越拓诚邦铭锐弘德航";

    private final Dice dice;

    FundingMaker(Dice dice) {
        this.dice = dice;
    }

    Funding make(ResearchField f, LocalDate disclosedOn) {
        int year = disclosedOn.getYear();
        return switch (dice.weighted(new int[] {60, 22, 10, 8})) {
            case 0 -> new Funding(FundingSource.FISCAL, fiscal(f, year), dice.chance(0.03) ? company(f) : null);
            case 1 -> new Funding(FundingSource.COMMISSIONED,
                    String.format("HX%d-%04d", year - dice.between(0, 2), dice.between(1, 999)), company(f));
            case 2 -> new Funding(FundingSource.SELF_FUNDED, null, null);
            default -> new Funding(FundingSource.OTHER,
                    dice.chance(0.5) ? String.format("XJ%d-%03d", year - dice.between(0, 2), dice.between(1, 300)) : null,
                    null);
        };
    }

    /** One or two grants awarded a few years before the disclosure. */
    private String fiscal(ResearchField f, int year) {
        String first = grant(f, year);
        if (dice.chance(0.25)) {
            String second = grant(f, year);
            return second.equals(first) ? first : first + "; " + second;
        }
        return first;
    }

    private String grant(ResearchField f, int year) {
        int awarded = year - dice.between(0, 3);
        int roll = dice.between(0, 9);
        if (roll < 3 && awarded >= 2016 && !f.keyRd().isEmpty()) {
            // 国家重点研发计划 started in 2016.
            return String.format("%dYF%s%07d", awarded, f.keyRd(), dice.between(1000, 4999) * 1000 + dice.between(1, 999));
        }
        if (roll == 3) {
            return String.format("%dC0%d%03d", awarded, dice.between(1, 4), dice.between(1, 999));
        }
        char programme = "7707073".charAt(dice.between(0, 6));
        return String.format("NSFC-%s%02d%c%04d", f.nsfc(), awarded % 100, programme, dice.between(1, 9999));
    }

    String company(ResearchField f) {
        String brand = "" + BRAND_FIRST.charAt(dice.between(0, BRAND_FIRST.length() - 1))
                + BRAND_SECOND.charAt(dice.between(0, BRAND_SECOND.length() - 1));
        return dice.pick(CITIES) + brand + f.industry() + (dice.chance(0.2) ? "股份有限公司" : "有限公司");
    }
}
