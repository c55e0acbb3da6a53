package org.transferdesk.due.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.due.export.DueSamples.LEVELS;
import static org.transferdesk.due.export.DueSamples.TODAY;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DueCsvTest {

    private static List<CSVRecord> readBack(String text) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(DueCsv.HEADERS);
            return parser.getRecords();
        }
    }

    @Test
    void rowsReadBack_withTheJsonValues() throws IOException {
        StringWriter out = new StringWriter();
        DueCsv.write(DueSamples.ALL, TODAY, LEVELS, out);

        assertThat(out.toString()).startsWith("key,kind,rule,dueOn,daysLeft,overdue,level,recordType,recordId,record,"
                + "action,amount,detail\r\n");
        List<CSVRecord> rows = readBack(out.toString());
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).toList()).containsExactly("PUBLICITY_END:3", "PUBLICITY_END", "R-PILOT-PUBLICITY",
                "2026-11-20", "-2", "true", "", "PILOT", "3", "FQ-2026-003", "确认公示无异议", "", "");
        assertThat(rows.get(1).toList()).containsExactly("INSTALMENT:12", "INSTALMENT", "R-DEAL-INSTALMENT",
                "2026-12-01", "9", "false", "30", "DEAL", "5", "HT-2026-001 锂电池隔膜技术转让", "催收第 2 期款",
                "12000.00", "第 2 期，共 3 期");
        assertThat(rows.get(2).get("level")).isEqualTo("30");
        CSVRecord fee = rows.get(3);
        assertThat(fee.get("level")).isEmpty();
        assertThat(fee.get("amount")).isEqualTo("900.50");
        assertThat(fee.get("detail")).as("quotes and commas survive").isEqualTo(DueSamples.PATENT_FEE.detail());
    }

    @Test
    void theFile_isUtf8WithABom_likeTheOtherCsvExports(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("due.csv");
        DueCsv.write(file, List.of(DueSamples.INSTALMENT), TODAY, LEVELS);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(readBack(text)).singleElement().satisfies(r -> assertThat(r.get("record"))
                .isEqualTo("HT-2026-001 锂电池隔膜技术转让"));
    }

    @Test
    void formulaLikeText_isNeutralised_andNegativeDaysStayNumbers() throws IOException {
        var item = new org.transferdesk.due.DueItem("INSTALMENT:13", org.transferdesk.due.DueKind.INSTALMENT,
                "R-DEAL-INSTALMENT", TODAY.minusDays(3),
                new org.transferdesk.common.link.RecordRef(org.transferdesk.common.link.RecordType.DEAL, 6, "=HYPERLINK(\"http://x\",\"y\")"),
                "@SUM(1)", new java.math.BigDecimal("-50"), "-2+3");
        StringWriter out = new StringWriter();
        DueCsv.write(List.of(item), TODAY, LEVELS, out);
        CSVRecord row = readBack(out.toString()).get(0);
        assertThat(row.get("record")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(row.get("action")).isEqualTo("'@SUM(1)");
        assertThat(row.get("detail")).isEqualTo("'-2+3");
        assertThat(row.get("daysLeft")).isEqualTo("-3");
        assertThat(row.get("amount")).isEqualTo("-50.00");
    }
}
