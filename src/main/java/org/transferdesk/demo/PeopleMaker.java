package org.transferdesk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.transferdesk.common.PersonIdNumber;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.Person;

/**
 * Staff with plausible Chinese names, staff numbers {@code T10001…}, a few leaders, and resident ID
 * numbers (R-ID-PERSON) whose birth date, sex digit and check character agree — for most, not all:
 * offices often lack ID numbers of older records.
 */
final class PeopleMaker {
    /** Roughly in order of frequency: earlier surnames are chosen more often. */
    private static final String[] SURNAMES = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 高 郑 梁 谢 宋 唐 许 "
            + "韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 "
            + "夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 孔 欧阳 司马 上官")
            .split(" ");
    private static final String MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳建国志文海东峰晨博然泽宏锋毅睿哲昊轩振立";
    private static final String FEMALE = "芳娜敏静丽艳娟霞秀玲燕萍红婷雪琳颖慧莉倩洁晶欣悦佳怡璐楠蕾薇雯婧琪晓梦瑶涵";
    /** Districts of university cities (GB/T 2260), where staff were born or registered. */
    private static final List<String> REGIONS = List.of("110105", "110108", "310104", "310110", "320102", "320106",
            "330106", "330102", "350102", "420111", "440106", "510107", "610113", "370102", "430104", "120101",
            "210102", "230103", "410105", "340104", "360102", "500103", "530102", "130102");
    private static final String CHECK_CHARACTERS = "0123456789X";

    private final Dice dice;
    private final LocalDate today;

    PeopleMaker(Dice dice, LocalDate today) {
        this.dice = dice;
        this.today = today;
    }

    /** {@code count} people; ids are provisional (1-based positions) until written. */
    List<Person> make(List<ResearchField> fields, int count) {
        List<String> departments = departmentsFor(fields, count);
        // A university has a handful of 正职领导 and more 其他领导; the demo needs at least one of each
        // so R-LEAD shows up in rewards.
        Set<Integer> heads = slots(count >= 20 ? Math.max(1, count / 150) : 0, count, Set.of());
        Set<Integer> others = slots(count / 25, count, heads);
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        List<Person> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean male = dice.chance(0.62);
            String name = uniqueName(male, names);
            LeaderRole role = heads.contains(i) ? LeaderRole.HEAD : others.contains(i) ? LeaderRole.OTHER
                    : LeaderRole.NONE;
            String idNumber = dice.chance(0.85) ? uniqueIdNumber(male, ids) : null;
            people.add(new Person((long) (i + 1), String.format("T%05d", 10001 + i), name, null, departments.get(i),
                    role, idNumber, null, 0));
        }
        return people;
    }

    /** Every school gets someone when there are enough people; the rest follow the schools' sizes. */
    private List<String> departmentsFor(List<ResearchField> fields, int count) {
        int[] weights = fields.stream().mapToInt(ResearchField::weight).toArray();
        List<String> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(fields.get(i < fields.size() ? i : dice.weighted(weights)).department());
        }
        for (int i = result.size() - 1; i > 0; i--) {
            int j = dice.between(0, i);
            result.set(j, result.set(i, result.get(j)));
        }
        return result;
    }

    private Set<Integer> slots(int wanted, int count, Set<Integer> taken) {
        Set<Integer> slots = new HashSet<>();
        int n = Math.min(wanted, count - taken.size());
        while (slots.size() < n) {
            int slot = dice.between(0, count - 1);
            if (!taken.contains(slot)) {
                slots.add(slot);
            }
        }
        return slots;
    }

    private String uniqueName(boolean male, Set<String> taken) {
        String name = name(male);
        for (int attempt = 0; attempt < 20 && taken.contains(name); attempt++) {
            name = name(male);
        }
        taken.add(name);
        return name;
    }

    private String name(boolean male) {
        double u = dice.unit();
        String surname = SURNAMES[(int) (SURNAMES.length * u * u)];
        String chars = male ? MALE : FEMALE;
        StringBuilder given = new StringBuilder().append(chars.charAt(dice.between(0, chars.length() - 1)));
        if (dice.chance(0.72)) {
            given.append(chars.charAt(dice.between(0, chars.length() - 1)));
        }
        return surname + given;
    }

    private String uniqueIdNumber(boolean male, Set<String> taken) {
        String id = idNumber(male);
        while (!taken.add(id)) {
            id = idNumber(male);
        }
        return id;
    }

    /** Born 26–62 years ago; the 17th digit is odd for men, even for women, as the standard says. */
    private String idNumber(boolean male) {
        LocalDate youngest = today.minusYears(26);
        LocalDate birth = youngest.minusDays(dice.between(0, 36 * 365));
        int sequence = dice.between(0, 99) * 10 + dice.between(0, 4) * 2 + (male ? 1 : 0);
        String body = dice.pick(REGIONS) + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), sequence);
        return withCheckCharacter(body, today);
    }

    /** The check character is the one the real rule accepts (R-ID-PERSON), so the two cannot disagree. */
    static String withCheckCharacter(String first17, LocalDate today) {
        for (char c : CHECK_CHARACTERS.toCharArray()) {
            if (PersonIdNumber.isValid(first17 + c, today)) {
                return first17 + c;
            }
        }
        throw new IllegalArgumentException("no check character makes a valid ID number of " + first17);
    }
}
