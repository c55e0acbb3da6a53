package org.transferdesk.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.I18n;
import org.transferdesk.report.ReportConventions;
import org.transferdesk.settings.ui.SettingEditor;

/**
 * Issue 24 item 4: R-REPORT-LARGE's thresholds are three amounts in yuan, not a typed "a;b;c" — and the stored text
 * stays exactly that string, the contract with the CLI's {@code setting} command and the database.
 */
class LargeThresholdsEditorTest {
    private final SettingEditor.Parts editor = (SettingEditor.Parts) ReportConventionsViewModel.thresholdsEditor();

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    @AfterEach
    void reset() {
        I18n.setLocale(I18n.CHINESE);
    }

    @Test
    void theDefaultSplitsIntoThreeAmounts_andJoinsBackToTheSameText() {
        String stored = ReportConventions.DEFAULTS.get(ReportConventions.LARGE);
        Map<String, String> parts = editor.split().apply(stored);
        assertThat(parts).containsExactly(Map.entry("FIRST", "1000000.00"), Map.entry("SECOND", "10000000.00"),
                Map.entry("THIRD", "100000000.00"));
        assertThat(editor.join().apply(parts)).isEqualTo(stored);
        assertThat(editor.problems(stored)).isEmpty();
    }

    @Test
    void anEditedAmountIsStoredAsTyped() {
        Map<String, String> parts = new java.util.LinkedHashMap<>(editor.split().apply("1000000.00;10000000.00;100000000.00"));
        parts.put("FIRST", "1000000.01");
        assertThat(editor.join().apply(parts)).isEqualTo("1000000.01;10000000.00;100000000.00");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1000000.01;10000000.00;100000000.00  | 0
            0.01;0.02;0.03                       | 0
            1000000.005;10000000.00;100000000.00 | 1
            0.00;10000000.00;100000000.00        | 1
            ;10000000.00;100000000.00            | 1
            百万;10000000.00;100000000.00          | 1
            """)
    void eachAmountIsCheckedAsItIsTyped_neverRoundedToAFen(String stored, int problems) {
        assertThat(editor.problems(stored)).hasSize(problems);
    }

    @Test
    void theHistoryShowsTheAmountsInYuan() {
        assertThat(editor.shown("1000000.01;10000000.00;100000000.00"))
                .contains("¥1,000,000.01").contains("¥10,000,000.00").contains("第一档");
    }
}
