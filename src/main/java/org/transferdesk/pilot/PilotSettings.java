package org.transferdesk.pilot;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.transferdesk.settings.OfficeSettings;

/** Reads the pilot's rules in force on a date from the office settings (each has a date of effect). */
public final class PilotSettings {
    public static final String PUBLICITY_DAYS = "pilot.publicity.days";
    public static final String MIN_USE_YEARS = "pilot.use.minYears";
    public static final String SHORT_FIRST_TERM = "pilot.use.shortFirstTerm";
    public static final String REMINDER_DAYS = "pilot.reminder.days";
    public static final List<String> KEYS = List.of(PUBLICITY_DAYS, MIN_USE_YEARS, SHORT_FIRST_TERM, REMINDER_DAYS);

    private final OfficeSettings office;

    public PilotSettings(OfficeSettings office) {
        this.office = office;
    }

    public PilotRules rulesOn(LocalDate date) {
        PilotRules d = PilotRules.DEFAULT;
        return new PilotRules(
                office.valueOn(PUBLICITY_DAYS, date).map(Integer::parseInt).orElse(d.publicityDays()),
                office.valueOn(MIN_USE_YEARS, date).map(Integer::parseInt).orElse(d.minUseYears()),
                office.valueOn(SHORT_FIRST_TERM, date).map(Boolean::parseBoolean).orElse(d.shortFirstTerm()),
                office.valueOn(REMINDER_DAYS, date).map(PilotSettings::parseDays).orElse(d.reminderDays()));
    }

    /** "90,30,7" → [90, 30, 7]; refused (IllegalArgumentException) unless every level is a positive number. */
    public static List<Integer> parseDays(String text) {
        List<Integer> days = Arrays.stream(text.split("[,，;；\\s]+")).filter(s -> !s.isBlank())
                .map(s -> Integer.parseInt(s.strip())).toList();
        if (days.isEmpty() || days.stream().anyMatch(d -> d <= 0)) {
            throw new IllegalArgumentException("reminder days must be positive numbers: " + text);
        }
        return days;
    }

    /** [90, 30, 7] → "90,30,7": what {@link #parseDays} reads, the form the CLI and the database keep. */
    public static String joinDays(List<Integer> days) {
        return days.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }

    /** Whether {@code value} is acceptable for {@code key}; the message says why not. */
    public static void check(String key, String value) {
        String v = value.strip();
        switch (key) {
            case PUBLICITY_DAYS, MIN_USE_YEARS -> {
                if (Integer.parseInt(v) < 1) {
                    throw new IllegalArgumentException("must be at least 1");
                }
            }
            case SHORT_FIRST_TERM -> {
                if (!v.equals("true") && !v.equals("false")) {
                    throw new IllegalArgumentException("true or false");
                }
            }
            case REMINDER_DAYS -> parseDays(v);
            default -> throw new IllegalArgumentException("not a pilot setting: " + key);
        }
    }
}
