package org.transferdesk.need;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.Problem;
import org.transferdesk.deal.Counterparty;

/** The need's checks at their boundaries: budget order to the fen, open bounds, the deadline on today. */
class NeedValidatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Counterparty COMPANY = new Counterparty(3L, "西安某某新材料有限公司", null, null, null, null,
            null, null, null, 0);

    private static Need with(String min, String max, LocalDate deadline, String email) {
        Need n = NeedFixture.need(COMPANY, "高容量锂电池负极材料开发");
        return new Need(null, n.counterpartyId(), n.counterpartyName(), null, n.title(), n.description(), n.field(),
                min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max), deadline,
                new NeedContact("王建华", null, email), n.source(), n.status(), null, List.of(), null, null, List.of(), 0);
    }

    private static List<String> keys(Need n) {
        return NeedValidator.validate(n, TODAY).stream().map(Problem::key).toList();
    }

    @ParameterizedTest(name = "budget {0} – {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "200000.00, 200000.00, -",
            "200000.01, 200000.00, need.budget.order",
            "199999.99, 200000.00, -",
            "-,         200000.00, -",
            "200000.00, -,         -",
            "-,         -,         -",
            "0.00,      0.00,      -",
            "-0.01,     100.00,    need.budget.negative",
            "100.00,    -0.01,     need.budget.negative"})
    void budget_minMayEqualMax_notExceedItByOneFen(String min, String max, String problem) {
        List<String> found = keys(with(min, max, TODAY, null));
        if (problem == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).containsExactly(problem);
        }
    }

    @ParameterizedTest(name = "deadline today{0}: warned {1}")
    @CsvSource({"0, false", "1, false", "-1, true"})
    void deadline_todayIsFine_yesterdayIsAWarning(int days, boolean warned) {
        List<Problem> found = NeedValidator.validate(with(null, null, TODAY.plusDays(days), null), TODAY);
        assertThat(found.stream().anyMatch(p -> p.key().equals("need.deadline.past") && !p.isError()))
                .isEqualTo(warned);
        assertThat(found.stream().noneMatch(Problem::isError)).isTrue();
    }

    @ParameterizedTest(name = "e-mail \"{0}\": {1}")
    @CsvSource({"wang@example.cn, true", "wang@example, false", "wang.example.cn, false", "'  ', true"})
    void email_isAnAddressWhenGiven(String email, boolean valid) {
        assertThat(keys(with(null, null, null, email)).contains("need.email.invalid")).isNotEqualTo(valid);
    }

    @Test
    void aNeed_namesItsCompanyAndTitleAndSource() {
        Need blank = Need.create();
        Need noSource = new Need(null, null, null, null, " ", null, null, null, null, null, null, null,
                NeedStatus.OPEN, null, List.of(), null, null, List.of(), 0);
        assertThat(keys(blank)).containsExactly("validation.required", "validation.required");
        assertThat(NeedValidator.validate(noSource, TODAY)).extracting(Problem::field)
                .containsExactly("company", "title", "source");
    }

    @Test
    void aNewCompany_isCheckedAsTheCounterpartyForm_aFailedCreditCodeOnlyWarns() {
        Need n = with(null, null, null, null);
        Need typed = new Need(null, null, null, new Counterparty(null, "西安新公司", "91610000MA6TXXXX0X", null, null, null,
                null, null, null, 0), n.title(), null, null, null, null, null, null, NeedSource.FAIR, NeedStatus.OPEN,
                null, List.of(), null, null, List.of(), 0);
        List<Problem> found = NeedValidator.validate(typed, TODAY);
        assertThat(found).extracting(Problem::key).containsExactly("counterparty.creditCode.check");
        assertThat(found.get(0).isError()).isFalse();
        assertThat(found.get(0).field()).isEqualTo("company");
    }
}
