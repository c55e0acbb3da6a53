package org.transferdesk.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-REPORT-MORE: how ledgers' and old records' free text names a province or an industry section. */
class RegionIndustryParsingTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            110000,         BEIJING
            440000,         GUANGDONG
            440305,         GUANGDONG
            820000,         MACAO
            北京,           BEIJING
            北京市,         BEIJING
            广东,           GUANGDONG
            广东省,         GUANGDONG
            粤,             GUANGDONG
            京,             BEIJING
            沪,             SHANGHAI
            深圳,           GUANGDONG
            深圳市,         GUANGDONG
            苏州市,         JIANGSU
            吉林市,         JILIN
            台州,           ZHEJIANG
            广东省深圳市南山区, GUANGDONG
            广东深圳,       GUANGDONG
            北京市海淀区中关村, BEIJING
            深圳市南山区,   GUANGDONG
            中国上海,       SHANGHAI
            内蒙古自治区,   INNER_MONGOLIA
            内蒙,           INNER_MONGOLIA
            广西壮族自治区, GUANGXI
            宁夏回族自治区银川市, NINGXIA
            香港,           HONG_KONG
            Hong Kong SAR,  HONG_KONG
            Tibet,          XIZANG
            ' 陕西 ',       SHAANXI
            山西,           SHANXI
            境外,           ABROAD
            国外,           ABROAD
            美国,           ABROAD
            """)
    void provinceFromSpelling(String text, Province expected) {
        assertThat(Province.fromSpelling(text)).contains(expected);
    }

    @ParameterizedTest(name = "{0} is asked")
    @CsvSource(textBlock = """
            华东
            中国
            海淀区
            某市
            990000
            000000
            ''
            """)
    void unknownRegion_isAskedNotGuessed(String text) {
        assertThat(Province.fromSpelling(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            110000, BEIJING
            650000, XINJIANG
            ABROAD, ABROAD
            """)
    void provinceOfCode_andBack(String code, Province expected) {
        assertThat(Province.ofCode(code)).contains(expected);
        assertThat(expected.code()).isEqualTo(code);
    }

    @Test
    void thirtyFourDivisions_withDistinctCodes_andAbroad() {
        assertThat(Province.values()).hasSize(35);
        assertThat(Arrays.stream(Province.values()).map(Province::code).distinct()).hasSize(35);
        assertThat(Arrays.stream(Province.values()).filter(p -> p != Province.ABROAD)
                .allMatch(p -> p.code().matches("\\d{2}0000"))).isTrue();
        assertThat(Province.ofCode(null)).isEmpty();
        assertThat(Province.ofCode("440305")).isEmpty();
        assertThat(Province.GUANGDONG.fullName()).isEqualTo("广东省");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            制造业,             C
            C 制造业,           C
            C制造业,            C
            c-制造业,           C
            （C）制造业,        C
            (I),                I
            软件,               I
            信息技术,           I
            IT,                 I
            金融,               J
            01,                 A
            05,                 A
            06,                 B
            13,                 C
            3911,               C
            43,                 C
            44,                 D
            6513,               I
            70,                 K
            83,                 P
            97,                 T
            农业,               A
            建筑,               E
            房地产,             K
            科学研究和技术服务业, M
            '科学研究、技术服务和地质勘查业', M
            '电力、热力、燃气及水生产和供应业', D
            '电力，热力，燃气及水生产和供应业', D
            卫生和社会工作,     Q
            国际组织,           T
            """)
    void industryFromSpelling(String text, IndustrySection expected) {
        assertThat(IndustrySection.fromSpelling(text)).contains(expected);
    }

    @ParameterizedTest(name = "{0} is asked")
    @CsvSource(textBlock = """
            工业
            材料
            生物医药
            C 金融业
            00
            98
            Z
            ''
            """)
    void unknownOrContradictoryIndustry_isAskedNotGuessed(String text) {
        assertThat(IndustrySection.fromSpelling(text)).isEmpty();
    }

    @Test
    void twentySections_coverTheDivisionsWithoutGaps() {
        assertThat(IndustrySection.values()).hasSize(20);
        for (int division = 1; division <= 97; division++) {
            assertThat(IndustrySection.fromSpelling(String.format("%02d", division))).as("division %d", division)
                    .isPresent();
        }
        assertThat(IndustrySection.ofCode("c")).contains(IndustrySection.C);
        assertThat(IndustrySection.ofCode(null)).isEmpty();
        assertThat(IndustrySection.C.code()).isEqualTo("C");
        assertThat(IndustrySection.C.officialName()).isEqualTo("制造业");
    }

    @ParameterizedTest(name = "{0}/{1} local in {2}: {3}")
    @CsvSource(textBlock = """
            GUANGDONG, GUANGDONG, true
            BEIJING,   GUANGDONG, false
            ,          GUANGDONG, false
            GUANGDONG, ,          false
            """)
    void dealParty_isLocalOnlyInTheUnitsOwnProvince(Province counterparty, Province unit, boolean local) {
        assertThat(new DealParty(1, 2, "某公司", counterparty, null).isLocal(unit)).isEqualTo(local);
    }
}
