package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;

/**
 * Issue 19: the copy with the problems marked reads the whole source into memory, so it keeps to the import's limits
 * (LedgerLimits) — a workbook bomb or an endless CSV is refused with a message naming the file, before anything
 * is expanded, and no copy is written.
 */
class ProblemWorkbookLimitsTest {
    private static final List<ImportError> ONE = List.of(new ImportError("人员", 2, "姓名", "ledger.file.unreadable", "x"));

    @TempDir
    Path tmp;

    private void assertRefused(Path source, String limitKey) {
        Path target = tmp.resolve("copy.xlsx");
        assertThatThrownBy(() -> ProblemWorkbook.write(source, ONE, List.of(), target))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.key()).isEqualTo("import.problemWorkbook.refused");
                    assertThat(e.getLocalizedMessage()).contains(source.getFileName().toString());
                    assertThat(e.getCause()).isInstanceOf(LedgerLimits.Exceeded.class);
                    assertThat(((LedgerLimits.Exceeded) e.getCause()).error().key()).isEqualTo(limitKey);
                });
        assertThat(target).doesNotExist();
    }

    /** One text cell of 64 MB that packs into a few hundred kB: refused at the first megabyte, by its ratio. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"炸弹.xlsx", "炸弹.xls", "炸弹.et", "炸弹.xlsm"})
    void aWorkbookWithOneHugeTextCell_isRefusedNamingTheFile_underAnyWorkbookName(String name) throws IOException {
        Path bomb = tmp.resolve(name);
        Files.write(bomb, HostileLedgers.bomb("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns="
                + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>", 64L << 20, "</t></is></c></row></sheetData></worksheet>", ""));
        assertThat(Files.size(bomb)).isLessThan(1L << 20);

        assertRefused(bomb, "ledger.limit.expands");
    }

    @Test
    void aCsvWithMoreRowsThanTheImportTakes_isRefused_andOneJustWithinIsCopied() throws IOException {
        Path endless = tmp.resolve("人员.csv");
        try (OutputStream out = Files.newOutputStream(endless)) {
            out.write("工号,姓名\n".getBytes(StandardCharsets.UTF_8));
            byte[] line = "T,甲\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < LedgerLimits.MAX_ROWS + 11; i++) {
                out.write(line);
            }
        }
        assertRefused(endless, "ledger.limit.rows");

        Path within = tmp.resolve("合同.csv");
        try (OutputStream out = Files.newOutputStream(within)) {
            out.write("工号,姓名\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 1000; i++) {
                out.write("T,甲\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        ProblemWorkbook.write(within, ONE, List.of(), tmp.resolve("ok.xlsx"));
        assertThat(tmp.resolve("ok.xlsx")).isNotEmptyFile();
    }

    @Test
    void aCsvOverTheFileSizeLimit_isRefusedBeforeItIsRead() throws IOException {
        Path big = tmp.resolve("成果.csv");
        try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(LedgerLimits.MAX_FILE_BYTES + 1); // sparse: no disk used
        }
        assertRefused(big, "ledger.limit.fileSize");
    }

    @Test
    void theRefusal_readsInBothLanguages() throws IOException {
        Path bomb = tmp.resolve("bomb.xlsx");
        Files.write(bomb, HostileLedgers.bomb("xl/sharedStrings.xml", "<sst><si><t>", 8L << 20, "</t></si></sst>", ""));
        try {
            I18n.setLocale(I18n.ENGLISH);
            assertThatThrownBy(() -> ProblemWorkbook.write(bomb, ONE, List.of(), tmp.resolve("c.xlsx")))
                    .satisfies(e -> assertThat(e.getLocalizedMessage())
                            .startsWith("Could not copy bomb.xlsx with the problems marked: bomb.xlsx is refused"));
        } finally {
            I18n.setLocale(I18n.CHINESE);
        }
        assertThatThrownBy(() -> ProblemWorkbook.write(bomb, ONE, List.of(), tmp.resolve("c.xlsx")))
                .satisfies(e -> assertThat(e.getLocalizedMessage()).startsWith("未能生成 bomb.xlsx 标注问题的副本：已拒绝 bomb.xlsx"));
    }
}
