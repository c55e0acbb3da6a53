package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.db.jooq.Tables;
import org.transferdesk.deal.Receipt;
import org.transferdesk.export.CsvCells;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.RewardFixture;

/**
 * Issue 19, end to end through the command line: people's names, a result's title and a contract number that read
 * like formulas ({@code =HYPERLINK(…)}, {@code @SUM(1)}, {@code -2+3}, {@code +1}, tab- and CR-prefixed) come out of
 * {@code export distributions --format csv} and the ledger's CSV export neutralised and read back as the same text,
 * out of the XLSX exports as string cells (never a formula), and out of the JSON as the same strings.
 */
class ExportInjectionCommandTest extends DataFolderCommandTest {
    private static final List<String> NAMES = List.of("=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "-2+3", "+1");
    private static final String CONTRACT = "\t=cmd|' /C calc'!A0";
    private static final String TITLE = "\r=1+1 一种\"材料\",含逗号;与 <b>&</b>";

    @BeforeEach
    void setUp() {
        inDataFolder(context -> {
            DSLContext dsl = context.database().dsl();
            RewardFixture fixture = new RewardFixture(dsl).e1Team(LeaderRole.NONE);
            fixture.licence("E1", true, List.of(new Receipt(null, LocalDate.of(2024, 6, 20),
                    new BigDecimal("2000000.00"), "PZ-001", null)), List.of());
            // straight into the tables: the editors may refuse some of these, an imported or older record need not
            for (int i = 0; i < NAMES.size(); i++) {
                dsl.update(Tables.PERSON).set(Tables.PERSON.NAME, NAMES.get(i))
                        .where(Tables.PERSON.STAFF_NO.eq("R00" + (i + 1))).execute();
            }
            dsl.update(Tables.DISCLOSURE).set(Tables.DISCLOSURE.TITLE, TITLE).execute();
            dsl.update(Tables.DEAL).set(Tables.DEAL.CONTRACT_NO, CONTRACT).set(Tables.DEAL.TITLE, TITLE).execute();
        });
        assertThat(cli.run("distribute", "--data-dir", data.toString(), "--year", "2024")).as(cli.err.toString()).isZero();
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVParser.parse(new StringReader(body),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    private static void assertNeutralised(String cell, String original) {
        assertThat(cell.charAt(0)).as(cell).isNotIn('=', '+', '-', '@', '\t', '\r');
        assertThat(CsvCells.unquote(cell)).isEqualTo(original);
    }

    @Test
    void distributionsCsv_toFileAndToStdout_neutralisesEveryFormulaLikeCell() throws IOException {
        Path file = tmp.resolve("d.csv");
        assertThat(cli.run("export", "distributions", "--data-dir", data.toString(), "--year", "2024", "--format", "csv",
                "--out", file.toString())).as(cli.err.toString()).isZero();
        cli.out.getBuffer().setLength(0);
        assertThat(cli.run("export", "distributions", "--data-dir", data.toString(), "--year", "2024", "--format", "csv"))
                .isZero();

        for (String text : List.of(Files.readString(file, StandardCharsets.UTF_8), cli.out.toString())) {
            List<CSVRecord> rows = csv(text);
            assertThat(rows).hasSize(NAMES.size());
            for (int i = 0; i < NAMES.size(); i++) {
                assertNeutralised(rows.get(i).get("name"), NAMES.get(i));
                assertNeutralised(rows.get(i).get("contractNo"), CONTRACT);
            }
            assertThat(rows).extracting(r -> r.get("pool")).containsOnly("1000000.00");
        }
    }

    @Test
    void distributionsXlsx_writesTheTextAsStringCells_neverAsFormulas() throws IOException {
        Path file = tmp.resolve("d.xlsx");
        assertThat(cli.run("export", "distributions", "--data-dir", data.toString(), "--year", "2024", "--format", "xlsx",
                "--out", file.toString())).as(cli.err.toString()).isZero();

        List<String> texts = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            for (var sheet : wb.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    row.forEach(c -> {
                        if (c != null) {
                            assertThat(c.getFormula()).as(c.getAddress().toString()).isNull();
                            assertThat(c.getType()).isNotEqualTo(CellType.FORMULA);
                            if (c.getType() == CellType.STRING) {
                                texts.add(c.getText());
                            }
                        }
                    });
                }
            }
        }
        assertThat(texts).containsAll(NAMES).contains(CONTRACT, TITLE);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/")).forEach(e -> {
                try {
                    assertThat(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8))
                            .doesNotContain("<f>", "<f ");
                } catch (IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            });
        }
    }

    @Test
    void distributionsJson_readsBackTheSameStrings() throws IOException {
        cli.out.getBuffer().setLength(0);
        assertThat(cli.run("export", "distributions", "--data-dir", data.toString(), "--year", "2024", "--format",
                "json")).isZero();
        JsonNode all = new ObjectMapper().readTree(cli.out.toString());
        assertThat(all.get(0).get("contractNo").asText()).isEqualTo(CONTRACT);
        List<String> names = new ArrayList<>();
        all.get(0).get("lines").forEach(l -> names.add(l.get("name").asText()));
        assertThat(names).containsExactlyInAnyOrderElementsOf(NAMES);
    }

    @Test
    void ledgerCsvExport_neutralisesNamesAndTitles_andReimportsThemAsTheSameText() throws IOException {
        Path folder = tmp.resolve("ledger");
        assertThat(cli.run("--data-dir", data.toString(), "export", "ledger", folder.toString()))
                .as(cli.err.toString()).isZero();

        List<CSVRecord> people = csv(Files.readString(folder.resolve("人员.csv"), StandardCharsets.UTF_8));
        assertThat(people).hasSize(NAMES.size());
        for (int i = 0; i < NAMES.size(); i++) {
            assertNeutralised(people.get(i).get("姓名"), NAMES.get(i));
        }
        assertNeutralised(csv(Files.readString(folder.resolve("成果.csv"), StandardCharsets.UTF_8)).get(0).get("成果名称"),
                TITLE);

        Path again = tmp.resolve("again");
        assertThat(cli.run("import", "--data-dir", again.toString(), folder.resolve("人员.csv").toString()))
                .as(cli.err.toString()).isZero();
        try (AppContext context = AppContext.open(DataFolder.resolve(again), TestDatabase.CLOCK)) {
            assertThat(context.database().dsl().select(Tables.PERSON.NAME).from(Tables.PERSON)
                    .orderBy(Tables.PERSON.STAFF_NO).fetch(Tables.PERSON.NAME)).containsExactlyElementsOf(NAMES);
        }
    }
}
