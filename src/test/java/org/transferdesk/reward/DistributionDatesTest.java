package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.junit.jupiter.api.Tag;

/**
 * Issue 19: the dates typed in the reward screens — publicity start and end, approval, payment, revocation — are
 * refused outside 1949-01-01 … 2100-12-31 (PlausibleDates) like every other date, at the workflow the screens and
 * the service share.
 */
@Tag(TestDatabase.TAG)
class DistributionDatesTest extends E1DistributionTestBase {
    private static final LocalDate FIRST = LocalDate.of(1949, 1, 1);
    private static final LocalDate FAR = LocalDate.of(2200, 1, 1);

    private Distribution draft;

    @BeforeEach
    void setUp() {
        draft = proposeFirstReceipt(fixture.e1Licence("E1", true));
    }

    private static boolean refusedAsOutOfRange(Supplier<Distribution> step, String field) {
        try {
            step.get();
            return false;
        } catch (ValidationException e) {
            return e.problems().stream().map(Problem::key).anyMatch("date.outOfRange"::equals)
                    && e.problems().stream().filter(p -> p.key().equals("date.outOfRange"))
                    .allMatch(p -> p.field().equals(field));
        }
    }

    @ParameterizedTest(name = "{0} → refused {1}")
    @CsvSource(textBlock = """
            1948-12-31, true
            1949-01-01, false
            2100-12-31, false
            2101-01-01, true
            0000-01-01, true
            9999-12-31, true
            """)
    void publicityApprovalPaymentAndRevocationDates(LocalDate date, boolean refused) {
        assertThat(refusedAsOutOfRange(() -> DistributionWorkflow.publicise(draft, date, FIRST, "公示", FIRST),
                "publicityFrom")).isEqualTo(refused);
        assertThat(refusedAsOutOfRange(() -> DistributionWorkflow.publicise(draft, FIRST, date, "公示", FIRST),
                "publicityTo")).isEqualTo(refused);

        Distribution publicised = DistributionWorkflow.publicise(draft, FIRST, FIRST, "公示", FIRST);
        assertThat(refusedAsOutOfRange(() -> DistributionWorkflow.approve(publicised, date, "校长办公会"), "approvedOn"))
                .isEqualTo(refused);

        Distribution approved = DistributionWorkflow.approve(publicised, FIRST.plusDays(1), "校长办公会");
        assertThat(refusedAsOutOfRange(() -> DistributionWorkflow.pay(approved, Set.of(0), date, "GZ", Map.of(), FAR),
                "paidOn")).isEqualTo(refused);

        assertThat(refusedAsOutOfRange(() -> DistributionWorkflow.revoke(draft, date, "合同解除"), "revokedOn"))
                .isEqualTo(refused);
    }
}
