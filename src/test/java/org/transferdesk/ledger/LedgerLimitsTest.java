package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 19 item 3: the boundaries of what a ledger file may hold. */
class LedgerLimitsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"32767, false", "32768, true", "0, false"})
    void cellLength_isRefusedPastExcelsLimit_namingSheetRowAndColumn(int length, boolean refused) {
        List<Object> cells = new ArrayList<>(List.of("a", "x".repeat(length)));
        LedgerLimits.Exceeded e = catchThrowableOfType(LedgerLimits.Exceeded.class,
                () -> LedgerLimits.checkRow("合同", 7, cells));
        assertThat(e != null).isEqualTo(refused);
        if (refused) {
            assertThat(e.error()).isEqualTo(new ImportError("合同", 7, "B", "ledger.limit.cell", length, 32_767));
        }
    }

    @ParameterizedTest
    @CsvSource({"16384, false", "16385, true"})
    void rowWidth_isRefusedPastExcelsLastColumn(int width, boolean refused) {
        List<Object> cells = new ArrayList<>(Collections.nCopies(width, null));
        LedgerLimits.Exceeded e = catchThrowableOfType(LedgerLimits.Exceeded.class,
                () -> LedgerLimits.checkRow("人员", 2, cells));
        assertThat(e != null).isEqualTo(refused);
        if (refused) {
            assertThat(e.error().key()).isEqualTo("ledger.limit.columns");
        }
    }

    @ParameterizedTest
    @CsvSource({"100000, false", "100001, true"})
    void rowsPerSheet_areRefusedPastTheLimit(int rows, boolean refused) {
        LedgerLimits.Exceeded e = catchThrowableOfType(LedgerLimits.Exceeded.class,
                () -> LedgerLimits.checkRows("到账", rows));
        assertThat(e != null).isEqualTo(refused);
        if (refused) {
            assertThat(e.error()).isEqualTo(new ImportError("到账", 0, "", "ledger.limit.rows", 100_000));
        }
    }

    @ParameterizedTest
    @CsvSource({"0, A", "25, Z", "26, AA", "51, AZ", "52, BA", "701, ZZ", "702, AAA", "16383, XFD"})
    void columnLetters_areExcels(int index, String letters) {
        assertThat(LedgerLimits.column(index)).isEqualTo(letters);
    }

    @ParameterizedTest
    @CsvSource({"104857600, false", "104857601, true"})
    void fileSize_isRefusedPast100Megabytes(long size, boolean refused) throws IOException {
        Path file = tmp.resolve("台账.csv");
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {1}), size - 1);
        }
        LedgerLimits.Exceeded e = catchThrowableOfType(LedgerLimits.Exceeded.class,
                () -> LedgerLimits.checkFileSize(file));
        assertThat(e != null).isEqualTo(refused);
        if (refused) {
            assertThat(e.error()).isEqualTo(new ImportError("", 0, "", "ledger.limit.fileSize", "台账.csv", 101L, 100L));
        }
    }

    /** A part of up to 1 MB may pack as well as it likes; past it, more than 100 times is a bomb. */
    @ParameterizedTest
    @CsvSource({"1048576, false", "2097152, true"})
    void aPartThatPacksTooWell_isRefusedOnlyPastTheGrace(long size, boolean refused) throws IOException {
        Path file = tmp.resolve("ledger.xlsx");
        Files.write(file, HostileLedgers.bomb("xl/styles.xml", "", size, "", ""));
        LedgerLimits.Exceeded e = catchThrowableOfType(LedgerLimits.Exceeded.class,
                () -> LedgerLimits.checkWorkbook(file));
        assertThat(e != null).isEqualTo(refused);
        if (refused) {
            assertThat(e.error().key()).isEqualTo("ledger.limit.expands");
            assertThat(e.error().args()).containsExactly("ledger.xlsx", "xl/styles.xml", 256L, 100L);
        }
    }

    @Test
    void aGoodWorkbook_passes_andOneMissingItsSharedStrings_isRefused() throws IOException {
        Path good = tmp.resolve("good.xlsx");
        Map<String, byte[]> parts = HostileLedgers.parts(Map.of("人员", "<row r=\"1\"><c t=\"s\"><v>0</v></c></row>"));
        Files.write(good, HostileLedgers.zip(parts));
        assertThatCode(() -> LedgerLimits.checkWorkbook(good)).doesNotThrowAnyException();

        parts.remove("xl/sharedStrings.xml");
        Path broken = tmp.resolve("broken.xlsx");
        Files.write(broken, HostileLedgers.zip(parts));
        LedgerLimits.Exceeded e = catchThrowableOfType(LedgerLimits.Exceeded.class,
                () -> LedgerLimits.checkWorkbook(broken));
        assertThat(e.error()).isEqualTo(new ImportError("", 0, "", "ledger.file.noSharedStrings", "broken.xlsx"));
    }

    @ParameterizedTest
    @CsvSource({"XFD9, false", "XFE9, true", "AAAA1, true", "YAA1, true", "A1, false", "XEZ1, false"})
    void aCellPastColumnXfd_isRefused_beforeTheReaderAllocatesForIt(String ref, boolean refused) throws IOException {
        Path file = tmp.resolve("ledger.xlsx");
        Files.write(file, HostileLedgers.xlsx(Map.of("人员", "<row r=\"1\"><c r=\"" + ref + "\"><v>1</v></c></row>")));
        LedgerLimits.Exceeded e = catchThrowableOfType(LedgerLimits.Exceeded.class,
                () -> LedgerLimits.checkWorkbook(file));
        assertThat(e != null).isEqualTo(refused);
        if (refused) {
            assertThat(e.error()).isEqualTo(new ImportError("", 0, "", "ledger.limit.cellRef", "ledger.xlsx", ref,
                    "xl/worksheets/sheet1.xml"));
        }
    }
}
