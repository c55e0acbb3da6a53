package org.transferdesk.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

/** Issue 19's limit tests of {@link DealValidator}: which of the limits a deal breaks, each as "field key". */
final class DealLimitChecks {
    /** Far ahead, so that no date of a test is refused for lying in the future. */
    static final LocalDate TODAY = LocalDate.of(2200, 1, 1);

    private DealLimitChecks() {
    }

    /** Of the problems with the given keys, {@code d} has {@code expected} only ("" for none). */
    static void assertBreaks(Deal d, List<String> keys, String expected) {
        List<String> found = DealValidator.validate(d, TODAY).stream().filter(p -> keys.contains(p.key()))
                .map(p -> p.field() + " " + p.key()).toList();
        assertThat(found).containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected));
    }
}
