package org.transferdesk.due.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.transferdesk.common.Money;
import org.transferdesk.due.DueItem;
import org.transferdesk.export.AtomicFile;

/**
 * The due list as JSON for scripts. The shape is a contract (fields in this order, none left out):
 * <pre>{@code
 * {"today": "2026-11-22", "within": 90, "count": 1,
 *  "items": [{"key": "INSTALMENT:12", "kind": "INSTALMENT", "rule": "R-…", "dueOn": "2026-12-01",
 *             "daysLeft": 9, "overdue": false, "level": 30,
 *             "record": {"type": "DEAL", "id": 5, "label": "…"},
 *             "action": "…", "amount": "12000.00", "detail": "…"}]}
 * }</pre>
 * Dates are ISO; {@code kind} and {@code record.type} are enum names (stable, not translated);
 * {@code daysLeft} is negative when overdue; {@code level} is the reminder level reached (days) or null
 * when overdue or not yet within any level; {@code amount} is yuan as a string with exactly two
 * decimals (no reader rounds it through a double) or null; absent texts are null. {@code action},
 * {@code detail} and {@code record.label} are in the language the list was made in.
 */
public final class DueJson {
    private static final ObjectWriter WRITER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private DueJson() {
    }

    /** {@code within} is the horizon in days the list was cut at, recorded for the reader. Flushes, never closes. */
    public static void write(List<DueItem> items, LocalDate today, int within, List<Integer> reminderDays,
                             Writer out) throws IOException {
        WRITER.writeValue(out, tree(items, today, within, reminderDays));
        out.flush();
    }

    /** UTF-8 without a BOM through {@link AtomicFile}. */
    public static void write(Path file, List<DueItem> items, LocalDate today, int within, List<Integer> reminderDays) {
        AtomicFile.write(file, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            write(items, today, within, reminderDays, writer);
        });
    }

    static ObjectNode tree(List<DueItem> items, LocalDate today, int within, List<Integer> reminderDays) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("today", today.toString());
        root.put("within", within);
        root.put("count", items.size());
        ArrayNode array = root.putArray("items");
        for (DueItem item : items) {
            ObjectNode n = array.addObject();
            n.put("key", item.key());
            n.put("kind", item.kind().name());
            n.put("rule", item.rule());
            n.put("dueOn", item.dueOn().toString());
            n.put("daysLeft", item.daysLeft(today));
            n.put("overdue", item.overdue(today));
            n.put("level", item.level(today, reminderDays));
            ObjectNode record = n.putObject("record");
            record.put("type", item.record().type().name());
            record.put("id", item.record().id());
            record.put("label", item.record().label());
            n.put("action", item.action());
            n.put("amount", amount(item.amount()));
            n.put("detail", item.detail());
        }
        return root;
    }

    /** Yuan with exactly two decimals, never in exponent form; null stays null. */
    static String amount(BigDecimal value) {
        return value == null ? null : Money.of(value).toPlainString();
    }
}
