package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Instalment;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.due.DueService;

/** {@code due}: the open deadlines as text, JSON (the documented shape), CSV and iCalendar. */
class DueCommandTest extends DataFolderCommandTest {
    private long instalmentId;

    @BeforeEach
    void setUp() {
        inDataFolder(context -> {
            context.office().set(DueService.REMIND_FROM, LocalDate.of(2000, 1, 1), "2000-01-01");
            Deal deal = new DealRepository(context.database().dsl()).save(DealBuilder.deal().mode(DealMode.LICENSE)
                    .contractNo("CLI-D-001").title("许可合同").signedOn(LocalDate.of(2026, 1, 5))
                    .contractAmount(new BigDecimal("12000.00")).pricing(PricingMethod.LISTED).status(DealStatus.SIGNED)
                    .instalments(List.of(new Instalment(null, LocalDate.of(2026, 11, 1), new BigDecimal("12000.00"), null)))
                    .build(), "test", LocalDateTime.of(2026, 1, 5, 9, 0));
            instalmentId = deal.instalments().get(0).id();
        });
    }

    @Test
    void json_hasTheDocumentedShape() throws Exception {
        assertThat(run("due", "--within", "30", "--format", "json", "--data-dir", data.toString())).isZero();

        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("within").asInt()).isEqualTo(30);
        JsonNode item = java.util.stream.StreamSupport.stream(root.get("items").spliterator(), false)
                .filter(i -> i.get("key").asText().equals("INSTALMENT:" + instalmentId)).findFirst().orElseThrow();
        assertThat(item.get("kind").asText()).isEqualTo("INSTALMENT");
        assertThat(item.get("dueOn").asText()).isEqualTo("2026-11-01");
        assertThat(item.get("overdue").asBoolean()).isTrue();
        assertThat(item.get("amount").asText()).isEqualTo("12000.00");
        assertThat(item.get("record").get("type").asText()).isEqualTo("DEAL");
        assertThat(item.get("record").get("label").asText()).isEqualTo("CLI-D-001 许可合同");
        assertThat(root.get("count").asInt()).isEqualTo(root.get("items").size());
    }

    @Test
    void text_csv_andIcsToAFile() throws Exception {
        assertThat(run("due", "--lang", "en", "--data-dir", data.toString())).isZero();
        assertThat(out.toString()).contains("2026-11-01", "21 days overdue", "CLI-D-001", "[CONTRACT]");

        out.getBuffer().setLength(0);
        assertThat(run("due", "--format", "csv", "--data-dir", data.toString())).isZero();
        assertThat(out.toString()).startsWith("key,kind,rule,dueOn").contains("INSTALMENT:" + instalmentId);

        Path ics = tmp.resolve("due.ics");
        assertThat(run("due", "--format", "ics", "--out", ics.toString(), "--data-dir", data.toString())).isZero();
        assertThat(Files.readString(ics)).contains("BEGIN:VCALENDAR", "UID:INSTALMENT:" + instalmentId + "@transferdesk",
                "DTSTART;VALUE=DATE:20261101");
    }

    @Test
    void badOptions_areRefused() {
        assertThat(run("due", "--within", "-1", "--data-dir", data.toString())).isEqualTo(2);
        assertThat(run("due", "--out", tmp.resolve("x.txt").toString(), "--data-dir", data.toString())).isEqualTo(2);
        assertThat(run("due", "--format", "pdf", "--data-dir", data.toString())).isEqualTo(2);
    }
}
