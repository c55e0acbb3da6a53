package org.transferdesk.due.export;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.parameter.Related;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.due.DueItem;
import org.transferdesk.export.AtomicFile;

/**
 * The due list as an iCalendar file (RFC 5545) to import into Outlook, a phone or any calendar: one
 * all-day event per item on its due day, UID {@code key@transferdesk} (re-importing updates rather
 * than duplicates), and a display alarm for every reminder level still ahead, so the calendar reminds
 * on the same days the office's Due screen would. Texts are in the current language.
 */
public final class DueIcs {
    public static final String PRODUCT_ID = "-//TransferDesk//Due//ZH";
    static final String UID_SUFFIX = "@transferdesk";
    /** RFC 5545 §3.1: content lines are folded at 75 octets, not characters (a CJK character is 3). */
    private static final int LINE_OCTETS = 75;

    private DueIcs() {
    }

    /**
     * Writes one VCALENDAR. {@code stamp} is every event's DTSTAMP (when the file was made; pass the
     * app's clock). Alarms are only for levels whose day is after {@code today}: the levels already
     * reached show on the Due screen, and an alarm in the past would only fire at once on import.
     * The writer is flushed, not closed.
     */
    public static void write(List<DueItem> items, LocalDate today, List<Integer> reminderDays, Instant stamp,
                             Writer out) throws IOException {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        String name = I18n.t("dueExport.calendarName");
        calendar.setName(name);
        // NAME is RFC 7986; Outlook and Google Calendar still only read the older extension.
        calendar.setExperimentalProperty("X-WR-CALNAME", name);
        for (DueItem item : items) {
            calendar.addEvent(event(item, today, reminderDays, stamp));
        }
        StringWriter text = new StringWriter();
        try (ICalWriter writer = new ICalWriter(text, ICalVersion.V2_0)) {
            // biweekly folds at 75 characters, up to 225 octets of Chinese text; we fold by octets instead.
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            writer.write(calendar);
        }
        out.write(fold(text.toString()));
        out.flush();
    }

    /** UTF-8 without a BOM (calendar clients reject one) through {@link AtomicFile}. */
    public static void write(Path file, List<DueItem> items, LocalDate today, List<Integer> reminderDays,
                             Instant stamp) {
        AtomicFile.write(file, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            write(items, today, reminderDays, stamp, writer);
        });
    }

    private static VEvent event(DueItem item, LocalDate today, List<Integer> reminderDays, Instant stamp) {
        VEvent event = new VEvent();
        event.setUid(item.key() + UID_SUFFIX);
        event.setDateTimeStamp(Date.from(stamp));
        event.setDateStart(new DateStart(day(item.dueOn()), false));
        // DTEND (exclusive) is optional for a one-day event, but some clients show a zero-length event without it.
        event.setDateEnd(new DateEnd(day(item.dueOn().plusDays(1)), false));
        String summary = text(item.kind().label() + "：" + item.record().label());
        event.setSummary(summary);
        event.setDescription(text(description(item)));
        event.addCategories(item.kind().label());
        long left = item.daysLeft(today);
        for (int days : reminderDays.stream().distinct().sorted().toList()) {
            if (days < left) {
                Trigger trigger = new Trigger(Duration.builder().prior(true).days(days).build(), Related.START);
                event.addAlarm(VAlarm.display(trigger, summary));
            }
        }
        return event;
    }

    /**
     * A text value as RFC 5545 §3.3.11 allows it: no control character but HTAB, line breaks as the escaped
     * {@code \n} biweekly writes for LF. Issue 19: a CR or a BEL typed into a contract's name went into the file
     * raw, where a CR ends the content line and calendar clients refuse or cut the event.
     */
    static String text(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", "");
    }

    /** Action, detail, amount and rule on separate lines; absent parts are left out. */
    static String description(DueItem item) {
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, item.action());
        addIfPresent(lines, item.detail());
        if (item.amount() != null) {
            lines.add(I18n.t("dueExport.amount", Money.format(item.amount())));
        }
        if (item.rule() != null && !item.rule().isBlank()) {
            lines.add(I18n.t("dueExport.rule", item.rule()));
        }
        return String.join("\n", lines);
    }

    private static void addIfPresent(List<String> lines, String text) {
        if (text != null && !text.isBlank()) {
            lines.add(text.strip());
        }
    }

    /** A calendar date: biweekly reads a date-only value in the default zone, so build it there. */
    private static Date day(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /**
     * Folds every CRLF-terminated line to at most 75 UTF-8 octets; continuation lines begin with one
     * space. A character is never split (a surrogate pair counts as one 4-octet character).
     */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        for (String line : unfolded.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue; // the split leaves an empty tail after the final CRLF
            }
            int octets = 0;
            int i = 0;
            while (i < line.length()) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > LINE_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
