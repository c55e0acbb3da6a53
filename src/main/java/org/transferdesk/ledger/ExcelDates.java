package org.transferdesk.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Excel keeps dates as numbers (days since an epoch) and only the cell's number format says it is a
 * date; a reader has to look at the format to know.
 */
final class ExcelDates {
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 31);
    private static final LocalDate EPOCH_1900_AFTER_LEAP_BUG = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final int LAST_SERIAL = 2_958_465; // 9999-12-31

    private ExcelDates() {
    }

    /** Built-in date formats (14–22, 27–36 and 50–58 for East Asian locales, 45–47) or a custom one with y or d. */
    static boolean isDateFormat(Integer formatId, String formatString) {
        if (formatId != null && (formatId >= 14 && formatId <= 22 || formatId >= 27 && formatId <= 36
                || formatId >= 45 && formatId <= 47 || formatId >= 50 && formatId <= 58)) {
            return true;
        }
        if (formatString == null || formatString.isBlank()) {
            return false;
        }
        // Quoted literals ("年"), bracketed colours/locales ([Red], [$-804]) and escapes do not count.
        String code = formatString.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "")
                .replaceAll("\\\\.", "").toLowerCase(Locale.ROOT);
        return code.indexOf('y') >= 0 || code.indexOf('d') >= 0;
    }

    /** The date of a serial number; 1900 system has the Lotus leap-year bug (serial 60 = 1900-02-29). */
    static LocalDate fromSerial(BigDecimal serial, boolean date1904) {
        if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(LAST_SERIAL)) > 0) {
            return null;
        }
        long days = serial.longValue();
        if (date1904) {
            return EPOCH_1904.plusDays(days);
        }
        return days < 61 ? EPOCH_1900.plusDays(days) : EPOCH_1900_AFTER_LEAP_BUG.plusDays(days);
    }
}
