package org.transferdesk.due.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.due.export.DueSamples.LEVELS;
import static org.transferdesk.due.export.DueSamples.TODAY;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.I18n;
import org.transferdesk.due.DueItem;

class DueIcsTest {
    private static final Instant STAMP = Instant.parse("2026-11-22T01:30:00Z");

    private static String text(List<DueItem> items) throws IOException {
        StringWriter out = new StringWriter();
        DueIcs.write(items, TODAY, LEVELS, STAMP, out);
        return out.toString();
    }

    private static Map<String, VEvent> eventsByUid(ICalendar calendar) {
        return calendar.getEvents().stream().collect(Collectors.toMap(e -> e.getUid().getValue(), Function.identity()));
    }

    private static LocalDate date(ICalDate value) {
        assertThat(value.hasTime()).as("all-day").isFalse();
        DateTimeComponents c = value.getRawComponents();
        return LocalDate.of(c.getYear(), c.getMonth(), c.getDate());
    }

    @Test
    void oneCalendar_oneAllDayEventPerItem_readBack() throws IOException {
        String text = text(DueSamples.ALL);
        List<ICalendar> calendars = Biweekly.parse(text).all();

        assertThat(calendars).hasSize(1);
        ICalendar calendar = calendars.get(0);
        assertThat(calendar.getProductId().getValue()).isEqualTo("-//TransferDesk//Due//ZH");
        assertThat(calendar.getNames()).singleElement().satisfies(n -> assertThat(n.getValue()).isEqualTo("TransferDesk 待办"));
        assertThat(calendar.getExperimentalProperty("X-WR-CALNAME").getValue()).isEqualTo("TransferDesk 待办");
        Map<String, VEvent> events = eventsByUid(calendar);
        assertThat(events).containsOnlyKeys("PUBLICITY_END:3@transferdesk", "INSTALMENT:12@transferdesk",
                "DEAL_OBLIGATION:3@transferdesk", "PATENT_FEE:7:2027@transferdesk");

        VEvent instalment = events.get("INSTALMENT:12@transferdesk");
        assertThat(date(instalment.getDateStart().getValue())).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(date(instalment.getDateEnd().getValue())).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(instalment.getDateTimeStamp().getValue().toInstant()).isEqualTo(STAMP);
        assertThat(instalment.getSummary().getValue()).isEqualTo("应收款：HT-2026-001 锂电池隔膜技术转让");
        assertThat(instalment.getDescription().getValue())
                .isEqualTo("催收第 2 期款\n第 2 期，共 3 期\n金额：12,000.00 元\n依据规则：R-DEAL-INSTALMENT");
        assertThat(instalment.getCategories()).singleElement()
                .satisfies(c -> assertThat(c.getValues()).containsExactly("应收款"));
        assertThat(events.get("PATENT_FEE:7:2027@transferdesk").getDescription().getValue())
                .as("a long folded line unfolds to the same text")
                .isEqualTo("缴纳第 5 年年费\n" + DueSamples.PATENT_FEE.detail() + "\n金额：900.50 元\n依据规则：R-IP-FEE");
        assertThat(events.get("DEAL_OBLIGATION:3@transferdesk").getDescription().getValue())
                .as("no amount, no detail").isEqualTo("提交技术资料\n依据规则：R-DEAL-OBLIGATION");
    }

    @ParameterizedTest(name = "{0}: alarms {1} days before")
    @CsvSource(delimiter = ';', value = {
        "PUBLICITY_END:3@transferdesk; ''", // overdue
        "INSTALMENT:12@transferdesk; 7", // 9 days left
        "DEAL_OBLIGATION:3@transferdesk; 7", // exactly 30 left: that level is reached, not ahead
        "PATENT_FEE:7:2027@transferdesk; 7,30,60,90"}) // 113 left: beyond every level
    void alarms_onlyForLevelsStillAhead(String uid, String days) throws IOException {
        VEvent event = eventsByUid(Biweekly.parse(text(DueSamples.ALL)).first()).get(uid);

        List<Integer> expected = days.isEmpty() ? List.of()
                : java.util.Arrays.stream(days.split(",")).map(Integer::valueOf).toList();
        assertThat(event.getAlarms()).allSatisfy(a -> {
            assertThat(a.getAction().isDisplay()).isTrue();
            assertThat(a.getTrigger().getDuration().isPrior()).isTrue();
            assertThat(a.getTrigger().getRelated()).isEqualTo(biweekly.parameter.Related.START);
            assertThat(a.getDescription().getValue()).isEqualTo(event.getSummary().getValue());
        });
        assertThat(event.getAlarms().stream().map(VAlarm::getTrigger).map(t -> t.getDuration().getDays()).sorted())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void rfc5545Lines_crlfAndFoldedAt75Octets() throws IOException {
        String text = text(DueSamples.ALL);

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r", "\n");
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).as(l)
                .isLessThanOrEqualTo(75));
        assertThat(lines).as("the long patent line was folded").anyMatch(l -> l.startsWith(" "));
        assertThat(lines).contains("DTSTART;VALUE=DATE:20261201", "DTSTAMP:20261122T013000Z",
                "TRIGGER;RELATED=START:-P7D", "ACTION:DISPLAY");
    }

    @Test
    void fold_neverSplitsACharacter() {
        String emoji = "😀".repeat(30); // 4 octets each, 2 chars each
        String folded = DueIcs.fold("X:" + emoji + "\r\n");

        assertThat(folded.split("\r\n")).allSatisfy(l -> {
            assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(Character.isLowSurrogate(l.charAt(l.startsWith(" ") ? 1 : 0))).isFalse();
        });
        assertThat(folded.replace("\r\n ", "")).isEqualTo("X:" + emoji + "\r\n");
    }

    @Test
    void english_labelsAndAmountLine() throws IOException {
        I18n.setLocale(I18n.ENGLISH);
        VEvent event = Biweekly.parse(text(List.of(DueSamples.INSTALMENT))).first().getEvents().get(0);

        assertThat(event.getSummary().getValue()).isEqualTo("Instalment due：HT-2026-001 锂电池隔膜技术转让");
        assertThat(event.getDescription().getValue()).contains("Amount: CNY 12,000.00", "Rule: R-DEAL-INSTALMENT");
        assertThat(event.getCategories().get(0).getValues()).containsExactly("Instalment due");
    }
}
