package org.transferdesk.deal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.transferdesk.common.Labeled;

/**
 * Where a counterparty is: one of the 34 province-level divisions with its GB/T 2260 code, or abroad (境外)
 * (R-REPORT-MORE: conversion by region, 本地转化 = the unit's own province). The Chinese names here are
 * reference data for reading what ledgers wrote; what users see comes from the bundles.
 */
public enum Province implements Labeled {
    BEIJING("110000", "北京市", "北京", "京"),
    TIANJIN("120000", "天津市", "天津", "津"),
    HEBEI("130000", "河北省", "河北", "冀"),
    SHANXI("140000", "山西省", "山西", "晋"),
    INNER_MONGOLIA("150000", "内蒙古自治区", "内蒙古", "内蒙", "蒙"),
    LIAONING("210000", "辽宁省", "辽宁", "辽"),
    JILIN("220000", "吉林省", "吉林", "吉"),
    HEILONGJIANG("230000", "黑龙江省", "黑龙江", "黑"),
    SHANGHAI("310000", "上海市", "上海", "沪"),
    JIANGSU("320000", "江苏省", "江苏", "苏"),
    ZHEJIANG("330000", "浙江省", "浙江", "浙"),
    ANHUI("340000", "安徽省", "安徽", "皖"),
    FUJIAN("350000", "福建省", "福建", "闽"),
    JIANGXI("360000", "江西省", "江西", "赣"),
    SHANDONG("370000", "山东省", "山东", "鲁"),
    HENAN("410000", "河南省", "河南", "豫"),
    HUBEI("420000", "湖北省", "湖北", "鄂"),
    HUNAN("430000", "湖南省", "湖南", "湘"),
    GUANGDONG("440000", "广东省", "广东", "粤"),
    GUANGXI("450000", "广西壮族自治区", "广西", "桂"),
    HAINAN("460000", "海南省", "海南", "琼"),
    CHONGQING("500000", "重庆市", "重庆", "渝"),
    SICHUAN("510000", "四川省", "四川", "川", "蜀"),
    GUIZHOU("520000", "贵州省", "贵州", "黔", "贵"),
    YUNNAN("530000", "云南省", "云南", "滇", "云"),
    XIZANG("540000", "西藏自治区", "西藏", "藏", "Tibet"),
    SHAANXI("610000", "陕西省", "陕西", "陕", "秦"),
    GANSU("620000", "甘肃省", "甘肃", "甘", "陇"),
    QINGHAI("630000", "青海省", "青海", "青"),
    NINGXIA("640000", "宁夏回族自治区", "宁夏", "宁"),
    XINJIANG("650000", "新疆维吾尔自治区", "新疆", "新"),
    TAIWAN("710000", "台湾省", "台湾", "台"),
    HONG_KONG("810000", "香港特别行政区", "香港", "港", "Hong Kong SAR", "HK"),
    MACAO("820000", "澳门特别行政区", "澳门", "澳", "Macau", "Macao SAR"),
    /** 境外: no GB/T 2260 code; stored as {@value #ABROAD_CODE}. */
    ABROAD(Province.ABROAD_CODE, "境外", "国外", "海外", "外国", "国(境)外");

    /** How 境外 is stored where the others store their GB/T 2260 code. */
    public static final String ABROAD_CODE = "ABROAD";

    /**
     * Major cities by the province they lie in, so 深圳 reads as 广东省: capitals, sub-provincial cities and the
     * cities that sign most technology contracts. A city not listed is asked about, never guessed.
     */
    private static final Map<String, Province> CITIES = new HashMap<>();

    /** Countries often written for a foreign counterparty. */
    private static final List<String> COUNTRIES = List.of("美国", "日本", "韩国", "德国", "英国", "法国", "意大利",
            "加拿大", "澳大利亚", "新加坡", "俄罗斯", "荷兰", "瑞士", "瑞典", "以色列", "印度", "马来西亚", "泰国", "越南");

    static {
        city(HEBEI, "石家庄", "唐山", "保定", "廊坊");
        city(SHANXI, "太原", "大同");
        city(INNER_MONGOLIA, "呼和浩特", "包头", "鄂尔多斯");
        city(LIAONING, "沈阳", "大连", "鞍山");
        city(JILIN, "长春", "吉林市");
        city(HEILONGJIANG, "哈尔滨", "大庆");
        city(JIANGSU, "南京", "苏州", "无锡", "常州", "南通", "徐州", "扬州");
        city(ZHEJIANG, "杭州", "宁波", "温州", "嘉兴", "绍兴", "金华", "湖州", "台州");
        city(ANHUI, "合肥", "芜湖");
        city(FUJIAN, "福州", "厦门", "泉州");
        city(JIANGXI, "南昌", "赣州");
        city(SHANDONG, "济南", "青岛", "烟台", "潍坊", "淄博");
        city(HENAN, "郑州", "洛阳");
        city(HUBEI, "武汉", "宜昌", "襄阳");
        city(HUNAN, "长沙", "株洲", "湘潭");
        city(GUANGDONG, "广州", "深圳", "东莞", "佛山", "珠海", "惠州", "中山");
        city(GUANGXI, "南宁", "柳州", "桂林");
        city(HAINAN, "海口", "三亚");
        city(SICHUAN, "成都", "绵阳");
        city(GUIZHOU, "贵阳");
        city(YUNNAN, "昆明");
        city(XIZANG, "拉萨");
        city(SHAANXI, "西安", "宝鸡");
        city(GANSU, "兰州");
        city(QINGHAI, "西宁");
        city(NINGXIA, "银川");
        city(XINJIANG, "乌鲁木齐");
        city(TAIWAN, "台北");
    }

    private final String code;
    private final String fullName;
    private final List<String> spellings;

    Province(String code, String fullName, String... spellings) {
        this.code = code;
        this.fullName = fullName;
        this.spellings = List.of(spellings);
    }

    private static void city(Province p, String... names) {
        for (String n : names) {
            CITIES.put(n, p);
        }
    }

    @Override
    public String labelPrefix() {
        return "province";
    }

    /** The GB/T 2260 code (110000 …), or {@value #ABROAD_CODE}. */
    public String code() {
        return code;
    }

    /** The official Chinese name (北京市, 广西壮族自治区 …; 境外). */
    public String fullName() {
        return fullName;
    }

    /** The division with this code (GB/T 2260 or {@value #ABROAD_CODE}); empty for null or an unknown code. */
    public static Optional<Province> ofCode(String code) {
        return code == null ? Optional.empty() : Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    /**
     * The division a text names in a way that is not its own label: its code (or any county-level code under
     * it, 440305 → 广东省), its short name or one-character abbreviation (广东, 粤), its full name followed by more
     * of the address (广东省深圳市南山区), a listed major city (深圳, 深圳市) or a country (美国 → 境外). Empty when
     * none: the caller asks, it never guesses.
     */
    public static Optional<Province> fromSpelling(String text) {
        String t = normalise(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.matches("\\d{6}")) {
            return ofCode(t.substring(0, 2) + "0000");
        }
        String address = t.startsWith("中国") && t.length() > 2 ? t.substring(2) : t;
        for (Province p : values()) {
            if (p.fullName.equals(address) || p.spellings.stream().anyMatch(s -> s.replace(" ", "").equalsIgnoreCase(address))) {
                return Optional.of(p);
            }
        }
        Province city = CITIES.get(address.endsWith("市") && !CITIES.containsKey(address)
                ? address.substring(0, address.length() - 1) : address);
        if (city != null) {
            return Optional.of(city);
        }
        if (COUNTRIES.contains(address)) {
            return Optional.of(ABROAD);
        }
        return byPrefix(address);
    }

    /** 广东省深圳市… or 广东深圳… or 深圳市南山区…: the longest name the address starts with. */
    private static Optional<Province> byPrefix(String t) {
        Province found = null;
        int longest = 0;
        for (Province p : values()) {
            if (p == ABROAD) {
                continue;
            }
            // the short name (≥ 2 characters) is enough: no short name is the start of another's
            String shortName = p.spellings.get(0);
            for (String name : List.of(p.fullName, shortName)) {
                if (t.startsWith(name) && name.length() > longest) {
                    found = p;
                    longest = name.length();
                }
            }
        }
        for (Map.Entry<String, Province> city : CITIES.entrySet()) {
            if (t.startsWith(city.getKey()) && city.getKey().length() > longest) {
                found = city.getValue();
                longest = city.getKey().length();
            }
        }
        return Optional.ofNullable(found);
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "").toLowerCase(Locale.ROOT)
                .replace("（", "(").replace("）", ")");
    }
}
