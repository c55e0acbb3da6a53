package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.ledger.HostileLedgers;

/** Issue 19 items 3 and 4 through the real command line: refused with exit 2, a message naming the file, no trace. */
class ImportHostileFileCommandTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({
        "bomb,       ledger.xlsx, unpacks to more than 256 MB, 2",
        "noStrings,  ledger.xlsx, sharedStrings.xml,          2",
        "xlsRenamed, ledger.xlsx, .xls workbook,              2",
        "longCell,   合同.csv,    '32,767',                   2",
        "emptyCsv,   合同.csv,    no data rows,               0"})
    void hostileLedger_isRefusedWithExit2_andAMessage_andNoTrace(String kind, String name, String expected, int exit)
            throws IOException {
        Path file = tmp.resolve(name);
        Files.write(file, content(kind));
        CliRunner cli = new CliRunner();
        int code = cli.run("import", "--data-dir", tmp.resolve("data").toString(), "--lang", "en", file.toString());

        assertThat(code).as(cli.err.toString()).isEqualTo(exit);
        String said = cli.out + "" + cli.err;
        assertThat(said).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
        if (!kind.equals("longCell")) {
            assertThat(said).contains(name);
        } else {
            assertThat(said).contains("row 2, column B");
        }
    }

    private static byte[] content(String kind) throws IOException {
        return switch (kind) {
            case "bomb" -> HostileLedgers.bomb("xl/sharedStrings.xml", "<sst><si><t>", 1L << 30, "</t></si></sst>",
                    "<row r=\"1\"><c t=\"s\"><v>0</v></c></row>");
            case "noStrings" -> {
                Map<String, byte[]> parts = new java.util.LinkedHashMap<>(HostileLedgers.parts(Map.of("人员",
                        "<row r=\"1\"><c t=\"s\"><v>0</v></c></row><row r=\"2\"><c t=\"s\"><v>1</v></c></row>")));
                parts.remove("xl/sharedStrings.xml");
                yield HostileLedgers.zip(parts);
            }
            case "xlsRenamed" -> HostileLedgers.xls("合同", HostileLedgers.CONTRACT_HEADER, new String[0][]);
            case "longCell" -> HostileLedgers.csv(HostileLedgers.CONTRACT_HEADER,
                    new String[][] {{"HT-1", "x".repeat(40_000), "", "甲", "1.00", "2024-03-01", "TRANSFER"}});
            default -> new byte[0];
        };
    }
}
