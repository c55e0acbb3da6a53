package org.transferdesk.ledger;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.stream.Collectors;
import org.transferdesk.common.Labeled;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.IndustrySection;
import org.transferdesk.deal.Province;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.people.IdType;
import org.transferdesk.people.LeaderRole;

/**
 * Enum values as a clerk writes them: Chinese label, English label or the constant's name, and the other
 * spellings real ledgers use (DOMAIN §9 "Vocabulary": 有效 → 已授权, 作价入股 → 作价投资 …). A value read through
 * another spelling is said in the preview ({@link SheetHeader#noteMapping}); one that matches nothing is an error
 * naming the choices, never a guess.
 */
final class Vocabulary {
    private static final Map<Class<?>, Map<String, String>> SPELLINGS = new HashMap<>();

    static {
        spell(IpStatus.class, "FILED", "申请中", "受理", "已受理", "初审", "公开", "公布");
        spell(IpStatus.class, "UNDER_EXAMINATION", "实审", "实质审查", "进入实审", "审中", "在审", "一通");
        spell(IpStatus.class, "GRANTED", "授权", "有效", "专利权维持", "维持", "授权公告");
        spell(IpStatus.class, "REJECTED", "驳回", "驳回失效");
        spell(IpStatus.class, "WITHDRAWN", "撤回", "视为撤回", "视撤");
        spell(IpStatus.class, "LAPSED", "放弃", "主动放弃", "失效", "终止", "未缴年费专利权终止", "无效");
        spell(IpStatus.class, "EXPIRED", "届满", "期满", "届满终止失效");
        spell(IpStatus.class, "TRANSFERRED", "专利权的转移", "转让");
        spell(DealMode.class, "TRANSFER", "技术转让", "专利转让", "专利权转让", "专利申请权转让", "技术秘密转让", "成果转让");
        spell(DealMode.class, "LICENSE", "专利许可", "专利实施许可", "实施许可", "技术许可", "普通许可", "独占许可", "排他许可",
                "开放许可");
        spell(DealMode.class, "EQUITY", "作价入股", "技术入股");
        spell(DealMode.class, "DEVELOPMENT", "委托开发", "合作开发");
        spell(DealMode.class, "SERVICE", "技术培训", "技术中介");
        spell(LicenseKind.class, "EXCLUSIVE", "独占许可", "独占实施许可");
        spell(LicenseKind.class, "SOLE", "排他许可", "独家许可");
        spell(LicenseKind.class, "ORDINARY", "普通许可", "普通实施许可", "一般许可", "非独占");
        spell(LicenseKind.class, "OPEN", "开放许可");
        spell(ResultType.class, "INVENTION_PATENT", "发明", "发明专利申请");
        spell(ResultType.class, "UTILITY_MODEL", "新型");
        spell(ResultType.class, "DESIGN", "外观");
        spell(ResultType.class, "SOFTWARE", "软著", "软件", "计算机软件著作权");
        spell(ResultType.class, "IC_LAYOUT", "布图设计");
        spell(ResultType.class, "TRADE_SECRET", "专有技术", "非专利技术");
        spell(IpType.class, "INVENTION_PATENT", "发明", "发明专利申请");
        spell(IpType.class, "UTILITY_MODEL", "新型");
        spell(IpType.class, "DESIGN", "外观");
        spell(IpType.class, "SOFTWARE_COPYRIGHT", "软著", "软件", "计算机软件著作权");
        spell(IpType.class, "IC_LAYOUT", "布图设计");
        spell(FundingSource.class, "FISCAL", "纵向", "纵向项目", "财政拨款");
        spell(FundingSource.class, "COMMISSIONED", "横向", "横向项目", "企业委托");
        spell(FundingSource.class, "SELF_FUNDED", "自筹经费");
        spell(LeaderRole.class, "HEAD", "校长", "党委书记");
        spell(LeaderRole.class, "OTHER", "副校长", "处长");
        spell(LeaderRole.class, "NONE", "否", "—", "-");
        spell(IdType.class, "RESIDENT_ID", "身份证", "居民身份证号", "二代身份证", "中国居民身份证");
        spell(IdType.class, "HK_MACAO_PERMIT", "港澳通行证", "回乡证", "港澳居民来往内地通行证号");
        spell(IdType.class, "TAIWAN_PERMIT", "台胞证", "台湾通行证");
        spell(IdType.class, "FOREIGN_PERMANENT_RESIDENT", "外国人永久居留证", "永久居留证", "永居证");
    }

    private Vocabulary() {
    }

    private static void spell(Class<?> type, String constant, String... spellings) {
        Map<String, String> map = SPELLINGS.computeIfAbsent(type, t -> new HashMap<>());
        for (String s : spellings) {
            map.put(s, constant);
        }
    }

    /** The value a text names by its own label or constant, else by one of its other spellings; null if none. */
    static <E extends Enum<E> & Labeled> E parse(Class<E> type, String text) {
        E exact = exact(type, text);
        return exact != null ? exact : otherSpelling(type, text);
    }

    /** Whether {@code text} names a value only through another spelling (so the preview says how it was read). */
    static <E extends Enum<E> & Labeled> boolean isOtherSpelling(Class<E> type, String text) {
        return exact(type, text) == null && otherSpelling(type, text) != null;
    }

    /** 普通许可 in the 转化方式 column also says the licence kind. */
    static LicenseKind impliedLicenseKind(String modeText) {
        return modeText == null ? null : otherSpelling(LicenseKind.class, modeText);
    }

    static <E extends Enum<E> & Labeled> E otherSpelling(Class<E> type, String text) {
        // provinces and industry sections have codes, short names and cities: their own reference data reads them
        if ((Class<?>) type == Province.class) {
            return type.cast(Province.fromSpelling(text).orElse(null));
        }
        if ((Class<?>) type == IndustrySection.class) {
            return type.cast(IndustrySection.fromSpelling(text).orElse(null));
        }
        String constant = SPELLINGS.getOrDefault(type, Map.of()).get(text.strip());
        return constant == null ? null : Enum.valueOf(type, constant);
    }

    static <E extends Enum<E> & Labeled> E exact(Class<E> type, String text) {
        try {
            return Labeled.parse(type, text).orElse(null);
        } catch (MissingResourceException e) {
            // A label missing from a bundle must not break the import: the constant's name still works.
            String wanted = text.strip().toUpperCase(Locale.ROOT);
            return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(wanted)).findFirst()
                    .orElse(null);
        }
    }

    /** "发明专利/实用新型/…" for messages. */
    static String choices(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Labeled) c).label()).collect(Collectors.joining("/"));
    }

    /** The label of a constant of a list of values (the constant's name if it has none). */
    static String label(Class<? extends Enum<?>> type, String constant) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(constant))
                .map(c -> ((Labeled) c).label()).findFirst().orElse(constant);
    }

    /** The choices the mapping step offers for a column's values. */
    static java.util.List<MappingReport.Option> options(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(c -> new MappingReport.Option(c.name(), ((Labeled) c).label())).toList();
    }
}
