package org.transferdesk.reward.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.FieldChange;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.DistributionWorkflow;
import org.transferdesk.reward.LineRole;
import org.transferdesk.reward.E1DistributionTestBase;
import org.junit.jupiter.api.Tag;

/** The tax withheld on a reward line: recorded with the payment, stored, read back and audited; checked first. */
@Tag(TestDatabase.TAG)
class DistributionTaxWithheldTest extends E1DistributionTestBase {
    private static final LocalDate PAID_ON = LocalDate.of(2026, 11, 20);

    /** E1 (lines of 520072.00, 325045.00, 260036.00, 195027.00), publicised and approved. */
    private Distribution approvedE1() {
        return approvedE1("E1");
    }

    @Test
    void taxWithheld_roundTripsThroughTheDatabase_nullWhereNotRecorded_andIsAudited() {
        Distribution d = approvedE1();
        service.pay(d.id(), Set.of(0, 1, 2), PAID_ON, "GZ-2026-11", Map.of(0, new BigDecimal("41605.764"),
                1, BigDecimal.ZERO));

        Distribution stored = repository.findById(d.id()).orElseThrow();
        assertThat(stored.lines()).extracting(DistributionLine::taxWithheld)
                .containsExactly(new BigDecimal("41605.76"), new BigDecimal("0.00"), null, null);
        assertThat(stored.lines()).extracting(DistributionLine::isPaid).containsExactly(true, true, true, false);
        // saved again unchanged (e.g. the last line paid later), the recorded tax stays
        Distribution again = service.pay(d.id(), Set.of(3), PAID_ON, null, Map.of(3, new BigDecimal("15602.16")));
        assertThat(again.lines()).extracting(DistributionLine::taxWithheld).containsExactly(
                new BigDecimal("41605.76"), new BigDecimal("0.00"), null, new BigDecimal("15602.16"));

        List<FieldChange> lineChanges = service.history(d.id()).stream().map(AuditEntry::changes)
                .flatMap(List::stream).filter(c -> c.field().equals("lines")).toList();
        FieldChange firstPayment = lineChanges.stream().filter(c -> c.before() != null && !c.before().contains("paid"))
                .filter(c -> c.after() != null && c.after().contains("paid")).findFirst().orElseThrow();
        assertThat(firstPayment.after()).contains("R001 520072.00 paid 2026-11-20 tax 41605.76")
                .contains("R002 325045.00 paid 2026-11-20 tax 0.00").contains("R003 260036.00 paid 2026-11-20;");
    }

    @Test
    void taxAboveTheAmount_isRefused_andNothingIsPaid() {
        Distribution d = approvedE1();

        assertThatThrownBy(() -> service.pay(d.id(), Set.of(0, 1), PAID_ON, "GZ-2026-11",
                Map.of(1, new BigDecimal("325045.01"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::key, Problem::field)
                        .containsExactly(tuple("taxwh.tax.aboveAmount", "taxWithheld")));
        assertThat(repository.findById(d.id()).orElseThrow().lines()).noneMatch(DistributionLine::isPaid);
    }

    @ParameterizedTest(name = "amount {0}, equity share {1}, tax {2} → {3}")
    @CsvSource(nullValues = "-", value = {
            "1000.00, -,    -,       -",
            "1000.00, -,    0,       -",
            "1000.00, -,    1000.00, -",
            "1000.00, -,    1000.01, taxwh.tax.aboveAmount",
            "1000.00, -,    -0.01,   taxwh.tax.negative",
            "1000.00, 0.05, 10.00,   taxwh.tax.onEquity",
            "1000.00, 0.05, -,       -",
            // a leader's equity converted to cash (R-LEAD) is paid in cash: its tax can be recorded
            "1000.00, 0,    10.00,   -"})
    void taxProblems(String amount, String equityShare, String tax, String expectedKey) {
        DistributionLine line = new DistributionLine(1L, 1, "R001", "甲教授", LineRole.INVENTOR, BigDecimal.ONE,
                new BigDecimal(amount), equityShare == null ? null : new BigDecimal(equityShare), false, null, false,
                "", null, null, null);
        List<Problem> problems = DistributionWorkflow.taxProblems(line, tax == null ? null : new BigDecimal(tax));
        assertThat(problems).extracting(Problem::key)
                .containsExactlyElementsOf(expectedKey == null ? List.of() : List.of(expectedKey));
    }
}
