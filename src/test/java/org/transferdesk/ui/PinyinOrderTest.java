package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.Pinyin;

/** Issue 24, item 6: the one order of Chinese text in every list and picker is by pinyin. */
class PinyinOrderTest {
    @ParameterizedTest(name = "{0} before {1}")
    @CsvSource({
            "安, 白", "白, 陈", "陈, 张", "安徽大学, 北京大学", "北京大学, 清华大学", "李四, 王五", "王五, 张三",
            "张三, 赵六", "化学学院, 计算机学院", "材料科学与工程学院, 机械工程学院", "䶮, 张", "1号楼, 安",
            "'', 安"})
    void theFirstComesFirst(String first, String second) {
        assertThat(Pinyin.ORDER.compare(first, second)).isNegative();
        assertThat(Pinyin.ORDER.compare(second, first)).isPositive();
        assertThat(ListColumn.ORDER.compare(first, second)).as("a list's header click").isNegative();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"张三", "安"})
    void nullComesFirst_andEqualIsEqual(String name) {
        assertThat(Pinyin.ORDER.compare(null, name)).isNegative();
        assertThat(Pinyin.ORDER.compare(name, name)).isZero();
    }

    @org.junit.jupiter.api.Test
    void theAssigneeChooserOffersAccountsInPinyinOrder() {
        List<Assignees.Assignee> accounts = new ArrayList<>();
        for (String name : List.of("张三", "陈四", "安五", "白六")) {
            accounts.add(new Assignees.Assignee(name, name));
        }
        AssigneeChoice choice = new AssigneeChoice();
        choice.offer(new Assignees.Options(accounts, null, true));
        choice.show(null, null);
        assertThat(choice.choices()).extracting(a -> a == null ? "" : a.displayName())
                .containsExactly("", "安五", "白六", "陈四", "张三");
    }
}
