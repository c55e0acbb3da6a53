package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.deal.DealMode;
import org.transferdesk.ledger.ImportMapping;
import org.transferdesk.ledger.LedgerSheet;
import org.transferdesk.ledger.MessyLedger;

/** {@code import FILE --mapping PROFILE} and {@code --save-mapping PROFILE}: a scripted monthly import asks nothing. */
class ImportMappingCommandTest {
    @TempDir
    Path tmp;

    @Test
    void saveMapping_writesTheGuesses_andAnAnsweredProfileImportsWithoutAQuestion() throws IOException {
        Path data = tmp.resolve("data");
        Path file = MessyLedger.write(tmp.resolve("台账.xlsx"));

        CliRunner first = new CliRunner();
        Path marked = tmp.resolve("台账-问题.xlsx");
        assertThat(first.run("import", "--data-dir", data.toString(), "--lang", "en", "--dry-run",
                "--save-mapping", "月度台账", "--problems", marked.toString(), file.toString())).isEqualTo(2);
        // the copy of the ledger with the problems marked: the 技术合作 cell carries its question
        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(marked.toFile(), null, true)) {
            var contracts = workbook.getSheet("合同台账");
            assertThat(contracts.getRow(4).getCell(1).getStringCellValue()).isEqualTo("技术合作");
            assertThat(contracts.getRow(4).getCell(1).getCellComment().getString().getString()).contains("技术合作");
            // the question is asked once, but each cell it stands for is marked
            assertThat(contracts.getRow(5).getCell(1).getCellComment().getString().getString()).contains("技术合作");
        }
        Path profile = data.resolve("mappings/月度台账.json");
        assertThat(first.out.toString()).contains("Mapping profile written to", profile.toString());
        // the value no table knows is named with its first cell and how many cells it stands for
        assertThat(first.err.toString()).contains("合同台账 row 5, column 转化方式", "技术合作", "2 cell(s)");

        ImportMapping answered = ImportMapping.read(profile)
                .withValue(LedgerSheet.CONTRACTS, LedgerSheet.Columns.MODE, "技术合作", DealMode.DEVELOPMENT.name())
                .withFractions(LedgerSheet.CONTRACTS, LedgerSheet.Columns.EQUITY_SHARE, ImportMapping.FRACTION)
                .withEqualShares(true).withPerson("王五", "T004").withKeyContributors("R1", Set.of("张三"));
        answered.write(profile);

        CliRunner monthly = new CliRunner();
        assertThat(monthly.run("import", "--data-dir", data.toString(), "--lang", "en", "--mapping", "月度台账",
                file.toString())).as(monthly.err.toString()).isZero();
        assertThat(monthly.out.toString()).doesNotContain("作价入股", "Sheet3", "备注").contains("Import complete");

        // a profile given by path works too; one that does not exist is refused by name, nothing imported
        CliRunner missing = new CliRunner();
        assertThat(missing.run("import", "--data-dir", tmp.resolve("other").toString(), "--lang", "en", "--mapping",
                tmp.resolve("nope.json").toString(), file.toString())).isEqualTo(2);
        assertThat(missing.err.toString()).contains("nope.json", "does not exist");
        assertThat(Files.exists(profile)).isTrue();
    }
}
