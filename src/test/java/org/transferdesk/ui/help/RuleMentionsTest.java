package org.transferdesk.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 24, item 15: the rule ids a message cites, found where they stand. Each row: the message and its parts, a
 * rule id in [brackets] ("|" between parts); only ids the rule book defines become links.
 */
class RuleMentionsTest {
    private static final Set<String> BOOK = Set.of("R-NET", "R-TAX58", "R-TAX58-FILING", "R-45-TECH", "R-PILOT-MODEL");

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', value = {
        "R-TAX58 未满足：任职未满一年; [R-TAX58]| 未满足：任职未满一年",
        "不满足免税条件 R-TAX58; 不满足免税条件 |[R-TAX58]",
        "R-NET; [R-NET]",
        "期限太短（R-PILOT-MODEL）。; 期限太短（|[R-PILOT-MODEL]|）。",
        "见R-NET，净收入; 见|[R-NET]|，净收入",
        "“R-45-TECH”的上限; “|[R-45-TECH]|”的上限",
        "Too short (R-PILOT-MODEL).; Too short (|[R-PILOT-MODEL]|).",
        "R-NET and R-TAX58-FILING apply; [R-NET]| and |[R-TAX58-FILING]| apply",
        "R-TAX58、R-NET; [R-TAX58]|、|[R-NET]",
        // ids the book does not define are split in the source, so RuleBookTest's scan does not take them for citations
        "未知规则 R-" + "UNKNOWN 照原样; 未知规则 R-" + "UNKNOWN 照原样",
        "R-TAX58-" + "XYZ is another id; R-TAX58-" + "XYZ is another id",
        "XR-NET is part of a word; XR-NET is part of a word",
        "R-NET-based wording; R-NET-based wording",
        "R-" + "NETS; R-" + "NETS",
        "r-net in lower case; r-net in lower case",
        "没有规则编号; 没有规则编号",
    })
    void findsTheRulesCited_andLeavesTheRestAsText(String message, String expected) {
        List<String> parts = RuleMentions.split(message, BOOK::contains).stream()
                .map(p -> p.rule() ? "[" + p.text() + "]" : p.text()).toList();

        assertThat(parts).containsExactlyElementsOf(Arrays.asList(expected.split("\\|", -1)));
        assertThat(String.join("", RuleMentions.split(message, BOOK::contains).stream().map(RuleMentions.Part::text)
                .toList())).as("nothing is lost or added").isEqualTo(message);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', value = {"R-NET; true", "不满足 R-" + "UNKNOWN; false", "'' ; false"})
    void citesAny_onlyForIdsTheBookDefines(String message, boolean cites) {
        assertThat(RuleMentions.citesAny(message, BOOK::contains)).isEqualTo(cites);
    }
}
