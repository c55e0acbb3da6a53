package org.transferdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 24, item 6: pickers find a company or person by its name, its pinyin or its pinyin initials. */
class PinyinTest {
    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource({
            "深圳天成新材料有限公司, shen zhen tian cheng xin cai liao you xian gong si, sztcxclyxgs",
            "张敏, zhang min, zm",
            "ABC 科技, abc ke ji, akj",
            "'', '', ''",
    })
    void pinyinAndInitials(String text, String pinyin, String initials) {
        assertThat(Pinyin.of(text)).isEqualTo(pinyin);
        assertThat(Pinyin.initials(text)).isEqualTo(initials);
    }

    @ParameterizedTest(name = "{1} in {0}: {2}")
    @CsvSource({
            "深圳天成新材料有限公司, 天成, true",
            "深圳天成新材料有限公司, sztc, true",
            "深圳天成新材料有限公司, SZTC, true",
            "深圳天成新材料有限公司, shenzhen, true",
            "深圳天成新材料有限公司, tiancheng 材料, true",
            "深圳天成新材料有限公司, 天成 北京, false",
            "深圳天成新材料有限公司, bj, false",
            "上海恒通医疗器械有限公司, sztc, false",
            "深圳天成新材料有限公司, '', true",
            "'', a, false",
    })
    void matchesEveryWordByTextPinyinOrInitials(String text, String query, boolean expected) {
        assertThat(Pinyin.matches(text, query)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} begins with {1}: {2}")
    @CsvSource({
            "深圳天成新材料有限公司, sz, true",
            "深圳天成新材料有限公司, shenz, true",
            "深圳天成新材料有限公司, 深圳, true",
            "长沙中研电子有限公司, sz, false",
            "长沙中研电子有限公司, '', false",
    })
    void beginsWithTheFirstWord(String text, String query, boolean expected) {
        assertThat(Pinyin.startsWith(text, query)).isEqualTo(expected);
    }
}
