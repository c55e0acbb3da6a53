package org.transferdesk.need;

import java.time.LocalDate;

/** One status move of a need: from (null when the need was recorded), to, on which day, by whom, and why (closing). */
public record NeedMove(NeedStatus from, NeedStatus to, LocalDate on, String by, String reason) {
}
