package org.transferdesk.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;

/**
 * Issue 19: what editors, the CLI and the import save passes DealValidator, which refuses dates outside 1949–2100
 * and amounts a NUMERIC(18,2) column cannot hold, naming the field.
 */
class DealLimitsTest {
    private static final List<String> LIMITS = List.of("date.outOfRange", "amount.tooLarge");

    private static Deal deal(LocalDate signedOn, BigDecimal amount, LocalDate receivedOn, BigDecimal received) {
        return DealBuilder.deal().mode(DealMode.SERVICE).id(1L).contractNo("C").title("t").signedOn(signedOn)
                .contractAmount(amount).status(DealStatus.PERFORMING)
                .receipts(List.of(new Receipt(1L, receivedOn, received, null, null))).build();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            1948-12-31, signedOn date.outOfRange
            1949-01-01, ''
            2100-12-31, ''
            2101-01-01, signedOn date.outOfRange
            0000-01-01, signedOn date.outOfRange
            9999-12-31, signedOn date.outOfRange
            2024-02-29, ''
            """)
    void theSigningDate_mustBePlausible(LocalDate signedOn, String expected) {
        Deal d = deal(signedOn, new BigDecimal("100.00"), LocalDate.of(2024, 5, 1), new BigDecimal("100.00"));
        DealLimitChecks.assertBreaks(d, LIMITS, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            9999999999999999.99,   ''
            -9999999999999999.99,  ''
            10000000000000000.00,  receipts amount.tooLarge
            -10000000000000000.00, receipts amount.tooLarge
            1E+309,                receipts amount.tooLarge
            """)
    void aReceipt_mustFitItsColumn(BigDecimal amount, String expected) {
        Deal d = deal(LocalDate.of(2024, 3, 1), new BigDecimal("100.00"), LocalDate.of(2024, 5, 1), amount);
        DealLimitChecks.assertBreaks(d, LIMITS, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            1582-10-15, 1E+17
            """)
    void theMessages_nameTheFieldAndTheLimit(LocalDate receivedOn, BigDecimal amount) {
        I18n.setLocale(I18n.CHINESE);
        List<Problem> found = DealValidator.validate(deal(LocalDate.of(2024, 3, 1), amount, receivedOn,
                new BigDecimal("1.00")), DealLimitChecks.TODAY);
        assertThat(found.stream().map(Problem::message)).contains(
                "到账日期：1582-10-15 不在本系统接受的日期范围内（1949-01-01 至 2100-12-31）：请核对年份。",
                "合同金额：100,000,000,000,000,000.00 超出金额所能保存的范围（最多 9,999,999,999,999,999.99 元）。");
    }
}
