package org.transferdesk.disclosure;

import java.time.LocalDate;

/** One dated transition of a result's status, with the reason given. */
public record StatusChange(ResultStatus from, ResultStatus to, LocalDate on, String reason, String by) {
}
