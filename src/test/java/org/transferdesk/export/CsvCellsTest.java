package org.transferdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 19: CSV injection is neutralised in every CSV export, and our own CSV reads back what was written. */
class CsvCellsTest {

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "=HYPERLINK(""http://x"",""y"")" | "'=HYPERLINK(""http://x"",""y"")"
            @SUM(1)                          | '@SUM(1)
            -2+3                             | '-2+3
            +86 10 1234                      | '+86 10 1234
            -                                | '-
            -500.00                          | -500.00
            -3                               | -3
            1234567.89                       | 1234567.89
            一种=材料                          | 一种=材料
            2024-03-05                       | 2024-03-05
            """)
    void aFormulaLikeStart_isPrefixedWithAQuote_aPlainNumberIsNot(String text, String cell) {
        assertThat(CsvCells.safe(text)).isEqualTo(cell);
        assertThat(CsvCells.unquote(CsvCells.safe(text))).isEqualTo(text);
    }

    @Test
    void tabAndCarriageReturnStarts_areNeutralised_andNullIsEmpty() {
        assertThat(CsvCells.safe("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvCells.safe("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(CsvCells.safe((String) null)).isEmpty();
        assertThat(CsvCells.safe("")).isEmpty();
        assertThat(CsvCells.safe(Arrays.asList("=1", null, 5))).containsExactly("'=1", "", "5");
    }

    @Test
    void unquote_leavesOtherQuotedTextAlone() {
        assertThat(CsvCells.unquote("'-500.00")).isEqualTo("'-500.00");
        assertThat(CsvCells.unquote("'abc")).isEqualTo("'abc");
        assertThat(CsvCells.unquote("'")).isEqualTo("'");
        // text that already starts with the quote is written as is; reading it back takes the quote off
        assertThat(CsvCells.safe("'=already")).isEqualTo("'=already");
        assertThat(CsvCells.unquote(null)).isNull();
    }
}
