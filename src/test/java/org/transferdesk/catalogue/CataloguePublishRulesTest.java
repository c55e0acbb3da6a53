package org.transferdesk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.catalogue.CataloguePublishRules.Check;
import org.transferdesk.common.Problem;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;

/** R-CAT-PUBLISH at its boundaries: each refusal alone, each trade-secret warning alone. */
class CataloguePublishRulesTest {
    private static final String ABSTRACT = "本发明采用硅碳复合负极与预锂化工艺，首次效率提高到百分之九十二。内部测试批次为B-17。";

    static Disclosure result(boolean confidential, IpStatus ipStatus, String abstractText) {
        List<IpAsset> ip = ipStatus == null ? List.of() : List.of(new IpAsset(1L, IpType.INVENTION_PATENT,
                "CN202310123456.6", "一种硅碳负极", LocalDate.of(2023, 1, 5), null, ipStatus, "本校"));
        return DisclosureBuilder.disclosure().status(ResultStatus.DISCLOSED).id(7L).resultNo("R-2024-0007")
                .title("硅碳负极").abstractText(abstractText).confidential(confidential).ipAssets(ip).build();
    }

    static CatalogueProfile profile(String titleZh, String summaryZh, LocalDate consentOn, String consentRef) {
        return new CatalogueProfile(1L, 7L, new CatalogueProfile.Texts(titleZh, null, summaryZh, null),
                new CatalogueProfile.Offer("新能源材料", List.of("动力电池"), DevelopmentStage.PILOT, 6,
                        Set.of(CooperationMode.LICENSE), null),
                new CatalogueEntry.Contact("周经理", null, null),
                new CatalogueProfile.Consent(consentOn, "clerk", consentRef), List.of(), false, false, null, 0);
    }

    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // case                     | title    | summary       | confidential | consent on | consent ref | refused by
        "all holds                  | 硅碳负极 | 高首效负极材料 | false        | 2026-11-01 | 同意书第3号 | -",
        "no Chinese title           | -        | 高首效负极材料 | false        | 2026-11-01 | 同意书第3号 | PUBLIC_TEXT",
        "blank Chinese summary      | 硅碳负极 | ' '           | false        | 2026-11-01 | 同意书第3号 | PUBLIC_TEXT",
        "confidential result        | 硅碳负极 | 高首效负极材料 | true         | 2026-11-01 | 同意书第3号 | NOT_CONFIDENTIAL",
        "no consent                 | 硅碳负极 | 高首效负极材料 | false        | -          | -           | CONSENT",
        "consent date, no document  | 硅碳负极 | 高首效负极材料 | false        | 2026-11-01 | ' '         | CONSENT",
        "consent document, no date  | 硅碳负极 | 高首效负极材料 | false        | -          | 同意书第3号 | CONSENT",
    })
    void refusals(String name, String title, String summary, boolean confidential, LocalDate consentOn, String ref,
                  Check.Kind refusedBy) {
        List<Check> checks = CataloguePublishRules.checklist(profile(title, summary, consentOn, ref),
                result(confidential, IpStatus.GRANTED, ABSTRACT));
        assertThat(checks).extracting(Check::kind).containsExactly(Check.Kind.values());
        assertThat(checks.stream().filter(Check::blocks).map(Check::kind).toList())
                .isEqualTo(refusedBy == null ? List.of() : List.of(refusedBy));
        assertThat(CataloguePublishRules.refused(checks)).isEqualTo(refusedBy != null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // case                               | IP status        | summary                                          | warnings
        "granted patent, own words           | GRANTED          | 高首效硅碳负极材料，适用于动力电池。            | -",
        "application filed                   | FILED            | 高首效硅碳负极材料，适用于动力电池。            | -",
        "under examination                   | UNDER_EXAMINATION| 高首效硅碳负极材料，适用于动力电池。            | -",
        "only a rejected application         | REJECTED         | 高首效硅碳负极材料，适用于动力电池。            | catalogueRule.noIp",
        "lapsed right                        | LAPSED           | 高首效硅碳负极材料，适用于动力电池。            | catalogueRule.noIp",
        "no IP at all                        | -                | 高首效硅碳负极材料，适用于动力电池。            | catalogueRule.noIp",
        "copies a sentence of the abstract   | GRANTED          | 简介：本发明采用硅碳复合负极与预锂化工艺，首次效率提高到百分之九十二。 | catalogueRule.copiesAbstract",
        "an 11-character sentence is no copy | GRANTED          | 内部测试批次为B-17，另见说明。                    | -",
    })
    void tradeSecretWarnings(String name, IpStatus status, String summary, String warning) {
        List<Check> checks = CataloguePublishRules.checklist(profile("硅碳负极", summary, DAY, "同意书第3号"),
                result(false, status, ABSTRACT));
        assertThat(CataloguePublishRules.refused(checks)).isFalse();
        assertThat(CataloguePublishRules.warnings(checks)).extracting(Problem::key)
                .isEqualTo(warning == null ? List.of() : List.of(warning));
    }

    @Test
    void theCopiedSentenceBoundaryIsFifteenCharacters() {
        assertThat("内部测试批次为B-17".length()).isEqualTo(CataloguePublishRules.COPIED_SENTENCE_CHARS - 4);
        assertThat(CataloguePublishRules.copiesAbstract("见123456789012345。", "甲。123456789012345。")).isTrue();
        assertThat(CataloguePublishRules.copiesAbstract("见12345678901234。", "甲。12345678901234。")).isFalse();
        assertThat(CataloguePublishRules.copiesAbstract("An English summary.", null)).isFalse();
    }

    @Test
    void onlyIpOnFileOrInForceIsPublished() {
        List<IpAsset> ip = List.of(
                new IpAsset(1L, IpType.INVENTION_PATENT, "CN1", "甲", null, null, IpStatus.GRANTED, "本校"),
                new IpAsset(2L, IpType.INVENTION_PATENT, "CN2", "乙", null, null, IpStatus.REJECTED, "本校"));
        assertThat(CataloguePublishRules.publicIp(ip)).containsExactly(
                new CatalogueEntry.PublicIp(IpType.INVENTION_PATENT, "CN1", "甲", IpStatus.GRANTED));
    }
}
