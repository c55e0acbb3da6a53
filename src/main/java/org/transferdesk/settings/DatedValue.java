package org.transferdesk.settings;

import java.time.LocalDate;

/** One recorded value of an office setting and the date from which it is in force. */
public record DatedValue(LocalDate effectiveFrom, String value) {
}
