package org.transferdesk.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.ValidationException;

/** Every move of the needs workflow, allowed and refused: forward one step, or closed from any state with a reason. */
class NeedFlowTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    private static Need stored(NeedStatus status) {
        Need n = Need.create();
        return new Need(7L, 1L, "某公司", null, "需求", null, null, null, null, null, null, NeedSource.VISIT, status, null,
                List.of(), null, null, List.of(new NeedMove(null, NeedStatus.OPEN, DAY.minusDays(9), "clerk", null)),
                n.version());
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "OPEN,        OPEN,        false",
            "OPEN,        MATCHED,     true",
            "OPEN,        NEGOTIATING, false",
            "OPEN,        DEAL,        false",
            "OPEN,        CLOSED,      true",
            "MATCHED,     OPEN,        false",
            "MATCHED,     MATCHED,     false",
            "MATCHED,     NEGOTIATING, true",
            "MATCHED,     DEAL,        false",
            "MATCHED,     CLOSED,      true",
            "NEGOTIATING, OPEN,        false",
            "NEGOTIATING, MATCHED,     false",
            "NEGOTIATING, NEGOTIATING, false",
            "NEGOTIATING, DEAL,        true",
            "NEGOTIATING, CLOSED,      true",
            "DEAL,        OPEN,        false",
            "DEAL,        MATCHED,     false",
            "DEAL,        NEGOTIATING, false",
            "DEAL,        DEAL,        false",
            "DEAL,        CLOSED,      true",
            "CLOSED,      OPEN,        false",
            "CLOSED,      MATCHED,     false",
            "CLOSED,      NEGOTIATING, false",
            "CLOSED,      DEAL,        false",
            "CLOSED,      CLOSED,      false"})
    void everyMove_isAllowedOnlyForwardOrToClosed(NeedStatus from, NeedStatus to, boolean allowed) {
        Need need = stored(from);
        if (allowed) {
            Need moved = NeedFlow.move(need, to, "企业已与其他单位合作", DAY, "clerk");
            assertThat(moved.status()).isEqualTo(to);
            assertThat(moved.moves()).hasSize(2);
            assertThat(moved.moves().get(1)).isEqualTo(new NeedMove(from, to, DAY, "clerk",
                    to == NeedStatus.CLOSED ? "企业已与其他单位合作" : null));
        } else {
            assertThatThrownBy(() -> NeedFlow.move(need, to, "原因", DAY, "clerk"))
                    .isInstanceOf(ValidationException.class);
            assertThat(NeedFlow.check(need, to, "原因")).extracting(p -> p.key())
                    .containsExactly("validation.status.notAllowed");
        }
    }

    @ParameterizedTest(name = "closing from {0} without a reason (\"{1}\") is refused")
    @CsvSource({"OPEN, ''", "MATCHED, '   '", "NEGOTIATING, ''", "DEAL, ' '"})
    void closing_needsAReason(NeedStatus from, String reason) {
        assertThat(NeedFlow.check(stored(from), NeedStatus.CLOSED, reason)).extracting(p -> p.key())
                .containsExactly("need.close.reasonRequired");
        assertThat(NeedFlow.check(stored(from), NeedStatus.CLOSED, null)).extracting(p -> p.key())
                .containsExactly("need.close.reasonRequired");
    }

    @ParameterizedTest
    @CsvSource({"MATCHED", "CLOSED"})
    void anUnsavedNeed_doesNotMove(NeedStatus to) {
        assertThat(NeedFlow.check(Need.create(), to, "原因")).extracting(p -> p.key())
                .containsExactly("need.move.saveFirst");
    }
}
