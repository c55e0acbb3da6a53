package org.transferdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;

/** ArchitectureTest.wideRecordsAreBuiltByName catches a positional construction and lets a built one pass. */
class WideRecordsRuleTest {

    /** What the rule forbids: 26 arguments by position. */
    static final class ByPosition {
        Deal deal() {
            return new Deal(null, null, DealMode.TRANSFER, null, null, List.of(), null, null, null, null, null,
                    BigDecimal.ZERO, null, false, null, null, null, null, List.of(), List.of(), List.of(), List.of(),
                    null, null, null, 0);
        }
    }

    static final class ByName {
        Deal deal() {
            return DealBuilder.deal().mode(DealMode.TRANSFER).contractAmount(BigDecimal.ZERO).build();
        }
    }

    @Test
    void aPositionalConstructionBreaksTheRule() {
        assertThatThrownBy(() -> ArchitectureTest.wideRecordsAreBuiltByName
                .check(new ClassFileImporter().importClasses(ByPosition.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Deal.<init>");
    }

    @Test
    void aBuilderConstructionKeepsIt() {
        assertThatCode(() -> ArchitectureTest.wideRecordsAreBuiltByName
                .check(new ClassFileImporter().importClasses(ByName.class, DealBuilder.class)))
                .doesNotThrowAnyException();
    }

    @Test
    void theBuilderFillsWhatACallerLeavesOut() {
        Deal deal = new ByName().deal();
        assertThat(deal.results()).isEmpty();
        assertThat(deal.receipts()).isEmpty();
        assertThat(deal.status()).isEqualTo(DealStatus.DRAFT);
        assertThat(deal.withStatus(DealStatus.SIGNED))
                .isEqualTo(DealBuilder.toBuilder(deal).status(DealStatus.SIGNED).build());
    }
}
