package org.transferdesk.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The results workflow: forward moves (skipping allowed), abandon from any open state, reopen only for evaluation. */
class ResultStatusTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DISCLOSED  | EVALUATING PROTECTING PROMOTING CONVERTED ABANDONED
            EVALUATING | PROTECTING PROMOTING CONVERTED ABANDONED
            PROTECTING | PROMOTING CONVERTED ABANDONED
            PROMOTING  | CONVERTED ABANDONED
            CONVERTED  | ''
            ABANDONED  | EVALUATING
            """)
    void allowedNext_isTheTransitionTable(ResultStatus from, String next) {
        Set<ResultStatus> expected = next.isBlank() ? EnumSet.noneOf(ResultStatus.class)
                : Arrays.stream(next.split(" ")).map(ResultStatus::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ResultStatus.class)));

        assertThat(from.allowedNext()).isEqualTo(expected);
        for (ResultStatus to : ResultStatus.values()) {
            assertThat(from.canMoveTo(to)).as("%s → %s", from, to).isEqualTo(expected.contains(to));
        }
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(textBlock = """
            DISCLOSED,  DISCLOSED,  false
            EVALUATING, DISCLOSED,  false
            PROMOTING,  PROTECTING, false
            CONVERTED,  ABANDONED,  false
            CONVERTED,  EVALUATING, false
            ABANDONED,  DISCLOSED,  false
            ABANDONED,  PROTECTING, false
            ABANDONED,  ABANDONED,  false
            DISCLOSED,  CONVERTED,  true
            PROTECTING, ABANDONED,  true
            """)
    void noStatusMovesBackwards_orToItself(ResultStatus from, ResultStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }
}
