package org.transferdesk.reward.export;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transferdesk.common.NotPermittedException;
import org.transferdesk.common.Role;
import org.transferdesk.people.IdType;

/**
 * Issue 22, R-ACCESS: a role that reads ID numbers masked (经办, 领导 …) never gets a 备案表 with masked numbers in
 * it: the filing is refused, naming the roles that may make it.
 */
class TaxFilingMaskedIdTest {
    @Test
    void aMaskedIdNumberRefusesTheFiling_namingFinanceAndAdministrators() {
        List<TaxFiling.Entry> entries = List.of(new TaxFiling.Entry(null, null, null, BigDecimal.ZERO,
                IdType.RESIDENT_ID, "110105********002X"));
        assertThatThrownBy(() -> TaxFiling.build(null, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), entries))
                .isInstanceOfSatisfying(NotPermittedException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.allowed()).containsExactly(Role.FINANCE, Role.ADMIN));
    }
}
