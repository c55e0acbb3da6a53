package org.transferdesk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.transferdesk.common.PlausibleDates;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Every date option: ISO YYYY-MM-DD within {@link PlausibleDates} (issue 19: 0000-01-01 was stored shifted). */
final class CliDates implements ITypeConverter<LocalDate> {

    /** A real date, but not a plausible one; {@link CliErrors} names the option in the message. */
    static final class OutOfRange extends TypeConversionException {
        private static final long serialVersionUID = 1L;
        final transient LocalDate date;

        OutOfRange(LocalDate date) {
            super(date.toString());
            this.date = date;
        }
    }

    @Override
    public LocalDate convert(String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(value);
        }
        if (!PlausibleDates.contains(date)) {
            throw new OutOfRange(date);
        }
        return date;
    }
}
