package org.transferdesk.due;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A reminder marked done: on which day, by whom, recorded when, with an optional note. */
public record DoneMark(String key, LocalDate doneOn, String doneBy, LocalDateTime doneAt, String note) {
}
