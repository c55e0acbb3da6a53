package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.transferdesk.ledger.TestWorkbook.row;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.ProgressSink;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;

/**
 * Issue 19: dates and numbers the database cannot hold (or holds shifted) are refused at the import's edge with
 * the cell named, instead of being stored wrong or failing the whole import in the database.
 */
@Tag(TestDatabase.TAG)
class LedgerEdgeValuesTest extends LedgerImportTestBase {
    LedgerEdgeValuesTest() {
        super(LedgerDb.LATER);
    }

    private ImportPreview contract(Object signedOn, Object amount) throws IOException {
        Path file = TestWorkbook.create().sheet("合同", row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称"),
                row("C1", "转让", signedOn, amount, "甲公司")).writeTo(tmp.resolve("c.xlsx"));
        return importer.preview(file, false, ProgressSink.NONE);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            1948-12-31, ledger.cell.dateOutOfRange
            1949-01-01, ''
            2100-12-31, ''
            2101-01-01, ledger.cell.dateOutOfRange
            0000-01-01, ledger.cell.dateOutOfRange
            1582-10-10, ledger.cell.dateOutOfRange
            9999-12-31, ledger.cell.dateOutOfRange
            2024-02-29, ''
            2023-02-29, ledger.cell.badDate
            00000101,   ledger.cell.dateOutOfRange
            """)
    void aDateAsText_isRefusedOutsideThePlausibleRange_withTheCellNamed(String text, String key) throws IOException {
        // 2100-12-31 is still refused as a future signing date, by the deal's own rule, not by this one
        assertThat(cellErrors(contract(text, 100_000))).containsExactlyElementsOf(expected(key, "签订日期"));
    }

    @Test
    void aDateCell_outOfRange_isRefusedLikeText() throws IOException {
        assertThat(contract(LocalDate.of(1900, 1, 1), 100_000).errors()).extracting(ImportError::key, ImportError::args)
                .containsExactly(tuple("ledger.cell.dateOutOfRange",
                        new Object[] {"1900-01-01", LocalDate.of(1949, 1, 1), LocalDate.of(2100, 12, 31)}));
        assertThat(contract(LocalDate.of(1949, 1, 1), 100_000).errors()).isEmpty();
    }

    @Test
    void aReceiptListWithOneImplausibleDate_isRefused() throws IOException {
        Path file = TestWorkbook.create()
                .sheet("合同", row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称"),
                        row("C1", "转让", "2024-03-05", 100_000, "甲公司"))
                .sheet("到账", row("合同编号", "到账日期", "金额"), row("C1", "0024-04-01", 100_000))
                .writeTo(tmp.resolve("r.xlsx"));
        assertThat(importer.preview(file, false, ProgressSink.NONE).errors())
                .extracting(ImportError::sheet, ImportError::column, ImportError::key)
                .containsExactly(tuple("到账", "到账日期", "ledger.cell.dateOutOfRange"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            9999999999999999.99,  ''
            9999999999999999.994, ledger.cell.belowFen
            10000000000000000.00, ledger.cell.amountTooLarge
            -9999999999999999.99, ''
            -10000000000000000,   ledger.cell.amountTooLarge
            1E+17,                ledger.cell.amountTooLarge
            1e308,                ledger.cell.amountTooLarge
            1e309,                ledger.cell.amountTooLarge
            1e999999999,          ledger.cell.amountTooLarge
            1e-999999999,         ''
            NaN,                  ledger.cell.badAmount
            Infinity,             ledger.cell.badAmount
            -Infinity,            ledger.cell.badAmount
            """)
    void anAmountAsText_mustFitNumeric18_2_withTheCellNamed(String text, String key) throws IOException {
        // a negative contract amount is then refused by the deal's own rule, not by this one
        assertThat(cellErrors(contract("2024-03-05", text))).containsExactlyElementsOf(expected(key, "合同金额"));
    }

    @Test
    void aNumericCellOf1e309_isRefusedBeforeTheDatabase_andTheLimitItselfIsStored() throws IOException {
        assertThat(contract("2024-03-05", new BigDecimal("1E+309")).errors()).extracting(ImportError::key)
                .containsExactly("ledger.cell.amountTooLarge");
        ImportPreview atLimit = contract("2024-03-05", new BigDecimal("9999999999999999.99"));
        assertThat(atLimit.errors()).isEmpty();
        importer.commit(atLimit, ProgressSink.NONE);
        assertThat(ledger.deal("C1").contractAmount()).isEqualTo(new BigDecimal("9999999999999999.99"));
    }

    @Test
    void anAmountIn万元_isCheckedInYuan() throws IOException {
        Path file = TestWorkbook.create().sheet("合同", row("合同编号", "转化方式", "签订日期", "合同金额（万元）", "对方名称"),
                row("C1", "转让", "2024-03-05", "1000000000000", "甲公司")).writeTo(tmp.resolve("w.xlsx"));
        assertThat(importer.preview(file, false, ProgressSink.NONE).errors()).extracting(ImportError::key)
                .containsExactly("ledger.cell.amountTooLarge");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            99999.9999%,  ''
            100000%,      ledger.cell.percentTooLarge
            1e309%,       ledger.cell.percentTooLarge
            1e999999999,  ledger.cell.percentTooLarge
            -100000%,     ledger.cell.percentTooLarge
            """)
    void aShare_mustFitNumeric9_6(String text, String key) throws IOException {
        Path file = TestWorkbook.create().sheet("合同",
                row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称", "持股比例"),
                row("C1", "作价投资", "2024-03-05", 800_000, "甲公司", text)).writeTo(tmp.resolve("p.xlsx"));
        // 99999.9999% fits the column and is then refused as a share by the deal's own rule
        assertThat(cellErrors(importer.preview(file, false, ProgressSink.NONE)))
                .containsExactlyElementsOf(expected(key, "持股比例"));
    }

    /** The errors of reading cells (ledger.cell.*), as "row column key". */
    private static java.util.List<String> cellErrors(ImportPreview preview) {
        return preview.errors().stream().filter(e -> e.key().startsWith("ledger.cell."))
                .map(e -> e.row() + " " + e.column() + " " + e.key()).toList();
    }

    private static java.util.List<String> expected(String key, String column) {
        return key.isEmpty() ? java.util.List.of() : java.util.List.of("2 " + column + " " + key);
    }
}
