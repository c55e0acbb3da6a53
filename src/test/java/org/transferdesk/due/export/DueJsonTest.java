package org.transferdesk.due.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.due.export.DueSamples.LEVELS;
import static org.transferdesk.due.export.DueSamples.TODAY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DueJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode written(List<org.transferdesk.due.DueItem> items) throws IOException {
        StringWriter out = new StringWriter();
        DueJson.write(items, TODAY, 90, LEVELS, out);
        return MAPPER.readTree(out.toString());
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theShapeIsTheDocumentedOne_inOrder() throws IOException {
        JsonNode root = written(List.of(DueSamples.INSTALMENT));

        assertThat(fields(root)).containsExactly("today", "within", "count", "items");
        assertThat(root.get("today").textValue()).isEqualTo("2026-11-22");
        assertThat(root.get("within").intValue()).isEqualTo(90);
        assertThat(root.get("count").intValue()).isEqualTo(1);
        JsonNode item = root.get("items").get(0);
        assertThat(fields(item)).containsExactly("key", "kind", "rule", "dueOn", "daysLeft", "overdue", "level",
                "record", "action", "amount", "detail");
        assertThat(fields(item.get("record"))).containsExactly("type", "id", "label");
        JsonNode expected = MAPPER.readTree("""
                {"key":"INSTALMENT:12","kind":"INSTALMENT","rule":"R-DEAL-INSTALMENT","dueOn":"2026-12-01",
                 "daysLeft":9,"overdue":false,"level":30,
                 "record":{"type":"DEAL","id":5,"label":"HT-2026-001 锂电池隔膜技术转让"},
                 "action":"催收第 2 期款","amount":"12000.00","detail":"第 2 期，共 3 期"}""");
        assertThat(item).isEqualTo(expected);
    }

    @Test
    void overdue_hasNoLevelAndNegativeDays_andAbsentValuesAreNull() throws IOException {
        JsonNode item = written(List.of(DueSamples.PUBLICITY)).get("items").get(0);

        assertThat(item.get("daysLeft").longValue()).isEqualTo(-2);
        assertThat(item.get("overdue").booleanValue()).isTrue();
        assertThat(item.get("level").isNull()).isTrue();
        assertThat(item.get("amount").isNull()).isTrue();
        assertThat(item.get("detail").isNull()).isTrue();
    }

    @Test
    void levels_andAmounts_asStringsWithTwoDecimals() throws IOException {
        JsonNode items = written(DueSamples.ALL).get("items");

        assertThat(items).hasSize(4);
        assertThat(items.findValuesAsText("key"))
                .containsExactly("PUBLICITY_END:3", "INSTALMENT:12", "DEAL_OBLIGATION:3", "PATENT_FEE:7:2027");
        assertThat(items.get(2).get("level").intValue()).isEqualTo(30);
        assertThat(items.get(3).get("level").isNull()).as("113 days: beyond every level").isTrue();
        assertThat(items.get(3).get("amount").textValue()).isEqualTo("900.50");
        assertThat(items.get(3).get("amount").isTextual()).isTrue();
    }

    @Test
    void anEmptyList_isCountZero_andTheWriterStaysOpen() throws IOException {
        StringWriter out = new StringWriter();
        DueJson.write(List.of(), TODAY, 30, LEVELS, out);
        out.write("\n");

        JsonNode root = MAPPER.readTree(out.toString());
        assertThat(root.get("count").intValue()).isZero();
        assertThat(root.get("items").isArray()).isTrue();
        assertThat(root.get("items")).isEmpty();
    }
}
