package org.transferdesk.due.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.due.export.DueSamples.LEVELS;
import static org.transferdesk.due.export.DueSamples.TODAY;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.transferdesk.due.DueItem;
import org.transferdesk.due.DueKind;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.export.CsvCells;

/**
 * Issue 19, injection tests for the due list's three export formats: user text (a contract's number, a result's
 * title, a note) holding formula starts, RFC 5545 and JSON specials, control characters, emoji, U+2028 and very long
 * strings is written so that each format's own reader gets back exactly the text (CSV after taking the neutralising
 * quote off), and the iCalendar file's lines stay folded at 75 octets without splitting a character.
 */
class DueExportEscapingTest {
    private static final Instant STAMP = Instant.parse("2026-11-22T01:30:00Z");

    /** Texts a user can type into a record's name or a note. */
    static final List<String> HOSTILE = List.of(
            "=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "-2+3", "+1", "\t=1+1", "\r=1+1",
            "逗号,分号;反斜杠\\结尾\\", "第一行\n第二行\r\n第三行", "\\n 不是换行 \\, \\;",
            "<b>&amp;</b> ]]> \"引号\" '单引号'", "控制\u0001字符\u0007\u001F", "表情😀👍🏽 与 U+2028\u2028行分隔\u2029段",
            "长".repeat(5000) + "😀" + "x".repeat(3000));

    private static List<DueItem> items() {
        List<DueItem> items = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            String text = HOSTILE.get(i);
            items.add(new DueItem("INSTALMENT:" + i, DueKind.INSTALMENT, "R-DEAL-INSTALMENT", LocalDate.of(2027, 1, 1 + i),
                    new RecordRef(RecordType.DEAL, i, text), text, new BigDecimal("12000"), text));
        }
        return items;
    }

    @Test
    void csv_everyHostileText_isNeutralisedOrPlain_andReadsBackTheSame() throws IOException {
        StringWriter out = new StringWriter();
        DueCsv.write(items(), TODAY, LEVELS, out);

        try (CSVParser parser = CSVParser.parse(new StringReader(out.toString()), CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(HOSTILE.size());
            for (int i = 0; i < HOSTILE.size(); i++) {
                for (String column : List.of("record", "action", "detail")) {
                    String cell = records.get(i).get(column);
                    assertThat(cell.charAt(0)).as(column + " of " + i).isNotIn('=', '+', '-', '@', '\t', '\r');
                    assertThat(CsvCells.unquote(cell)).isEqualTo(HOSTILE.get(i));
                }
            }
        }
    }

    @Test
    void json_everyHostileText_parsesBackTheSame_andControlCharactersAreEscaped() throws IOException {
        StringWriter out = new StringWriter();
        DueJson.write(items(), TODAY, 400, LEVELS, out);
        String json = out.toString();

        // RFC 8259 §7: control characters escaped (U+2028 may stay raw: it is valid JSON, and the readers in use take it)
        assertThat(json).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");
        JsonNode items = new ObjectMapper().readTree(json).get("items");
        assertThat(items).hasSize(HOSTILE.size());
        for (int i = 0; i < HOSTILE.size(); i++) {
            assertThat(items.get(i).get("record").get("label").asText()).isEqualTo(HOSTILE.get(i));
            assertThat(items.get(i).get("action").asText()).isEqualTo(HOSTILE.get(i));
            assertThat(items.get(i).get("detail").asText()).isEqualTo(HOSTILE.get(i));
        }
    }

    @Test
    void ics_isFoldedAt75OctetsWithoutSplittingACharacter_andUnfoldsToTheEscapedText() throws IOException {
        StringWriter out = new StringWriter();
        DueIcs.write(items(), TODAY, LEVELS, STAMP, out);
        String text = out.toString();

        byte[] octets = text.getBytes(StandardCharsets.UTF_8);
        assertThat(new String(octets, StandardCharsets.UTF_8)).isEqualTo(text);
        for (String line : text.split("\r\n")) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).as("a folded line starts with a whole character").doesNotMatch("^ ?[\\uDC00-\\uDFFF].*");
            assertThat(line).as("RFC 5545 §3.3.11: no control character but HTAB in a value")
                    .doesNotContainPattern("[\\x00-\\x08\\x0A-\\x1F\\x7F]");
        }
        List<String> summaries = new ArrayList<>();
        for (String line : unfold(text)) {
            if (line.startsWith("SUMMARY:")) {
                summaries.add(unescape(line.substring("SUMMARY:".length())));
            }
        }
        List<VEvent> events = Biweekly.parse(text).first().getEvents();
        assertThat(events).hasSize(HOSTILE.size());
        for (int i = 0; i < HOSTILE.size(); i++) {
            String expected = icsText(HOSTILE.get(i));
            assertThat(summaries.get(i)).endsWith("：" + expected);
            assertThat(events.get(i).getSummary().getValue()).endsWith("：" + expected);
            assertThat(events.get(i).getDescription().getValue()).startsWith(expected.strip());
        }
    }

    /** What an iCalendar value can hold of a text: line breaks as LF, other control characters but HTAB dropped. */
    private static String icsText(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", "");
    }

    /** RFC 5545 §3.1: a CRLF followed by one space or tab is removed. */
    private static List<String> unfold(String text) {
        return List.of(text.replaceAll("\r\n[ \t]", "").split("\r\n"));
    }

    /** RFC 5545 §3.3.11: \\ \; \, \n \N. */
    private static String unescape(String value) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                s.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                assertThat(c).as("an unescaped , or ; in a TEXT value").isNotIn(',', ';');
                s.append(c);
            }
        }
        return s.toString();
    }
}
