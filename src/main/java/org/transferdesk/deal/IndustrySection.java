package org.transferdesk.deal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.transferdesk.common.Labeled;

/**
 * A counterparty's industry as a GB/T 4754-2017 门类 (section A–T), each with the range of 大类 (two-digit
 * divisions) it holds, so a division or class code (6513 → I) names its section (R-REPORT-MORE: conversion by
 * the counterparty's industry). The Chinese names here are reference data for reading what ledgers wrote;
 * what users see comes from the bundles.
 */
public enum IndustrySection implements Labeled {
    A(1, 5, "农、林、牧、渔业", "农业", "林业", "畜牧业", "渔业", "农林牧渔业", "农林牧渔"),
    B(6, 12, "采矿业", "采矿", "矿业"),
    C(13, 43, "制造业", "制造"),
    D(44, 46, "电力、热力、燃气及水生产和供应业", "电力、燃气及水的生产和供应业", "电力热力燃气及水生产和供应业"),
    E(47, 50, "建筑业", "建筑"),
    F(51, 52, "批发和零售业", "批发零售", "批发和零售"),
    G(53, 60, "交通运输、仓储和邮政业", "交通运输", "物流", "仓储", "邮政"),
    H(61, 62, "住宿和餐饮业", "住宿", "餐饮"),
    I(63, 65, "信息传输、软件和信息技术服务业", "信息传输、计算机服务和软件业", "软件和信息技术服务业", "软件", "信息技术",
            "互联网", "IT", "电信", "软件业"),
    J(66, 69, "金融业", "金融"),
    K(70, 70, "房地产业", "房地产"),
    L(71, 72, "租赁和商务服务业", "租赁和商务服务", "商务服务"),
    M(73, 75, "科学研究和技术服务业", "科学研究、技术服务和地质勘查业", "科学研究和技术服务", "科研", "技术服务", "科技服务",
            "科技服务业"),
    N(76, 79, "水利、环境和公共设施管理业", "水利、环境和公共设施管理"),
    O(80, 82, "居民服务、修理和其他服务业", "居民服务"),
    P(83, 83, "教育"),
    Q(84, 85, "卫生和社会工作", "卫生", "医疗卫生", "卫生、社会保障和社会福利业", "社会工作"),
    R(86, 90, "文化、体育和娱乐业", "体育", "娱乐", "文体娱乐"),
    S(91, 96, "公共管理、社会保障和社会组织", "公共管理、社会保障和社会组织业", "公共管理和社会组织", "公共管理", "社会组织"),
    T(97, 97, "国际组织");

    private final int firstDivision;
    private final int lastDivision;
    private final String officialName;
    private final List<String> spellings;

    IndustrySection(int firstDivision, int lastDivision, String officialName, String... spellings) {
        this.firstDivision = firstDivision;
        this.lastDivision = lastDivision;
        this.officialName = officialName;
        this.spellings = List.of(spellings);
    }

    @Override
    public String labelPrefix() {
        return "industrySection";
    }

    /** The section letter, as the statistics tables write it. */
    public String code() {
        return name();
    }

    /** The GB/T 4754-2017 name of the section (制造业 …). */
    public String officialName() {
        return officialName;
    }

    /** The section with this letter (A–T, any case); empty for null or another text. */
    public static Optional<IndustrySection> ofCode(String code) {
        return code == null ? Optional.empty() : Arrays.stream(values())
                .filter(s -> s.name().equalsIgnoreCase(code.strip())).findFirst();
    }

    /**
     * The section a text names in a way that is not its own label: the letter with the name (C 制造业, C-制造业,
     * (C)制造业), a division or class code (13–97, 2 to 4 digits: 3911 → C), an older edition's name or a common
     * short name (软件 → I). Empty when none: the caller asks, it never guesses (工业, 医药 and 材料 span
     * sections and are asked).
     */
    public static Optional<IndustrySection> fromSpelling(String text) {
        String t = normalise(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.matches("\\d{2,4}")) {
            int division = Integer.parseInt(t.substring(0, 2));
            return Arrays.stream(values()).filter(s -> division >= s.firstDivision && division <= s.lastDivision)
                    .findFirst();
        }
        Optional<IndustrySection> named = byName(t);
        if (named.isPresent()) {
            return named;
        }
        if (t.matches("^\\(?[A-Ta-t]\\)?$")) {
            return ofCode(t.replaceAll("[()]", ""));
        }
        var lettered = java.util.regex.Pattern.compile("^\\(?([A-Ta-t])\\)?[-.:、]?(.+)$").matcher(t);
        if (lettered.matches()) {
            Optional<IndustrySection> byLetter = ofCode(lettered.group(1));
            Optional<IndustrySection> byName = byName(lettered.group(2));
            // a letter and a name that disagree (C 金融业) are a question, not a choice between them
            return byName.isPresent() && byName.equals(byLetter) ? byName : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<IndustrySection> byName(String t) {
        for (IndustrySection s : values()) {
            if (normalise(s.officialName).equals(t)
                    || s.spellings.stream().anyMatch(x -> normalise(x).equals(t))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "").replace("，", "、")
                .replace(",", "、").toLowerCase(Locale.ROOT);
    }
}
