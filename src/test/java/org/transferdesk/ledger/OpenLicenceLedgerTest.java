package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.ledger.TestWorkbook.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.ledger.persistence.LedgerExportReader;
import org.junit.jupiter.api.Tag;

/**
 * R-PAT-OPEN in the ledger (DOMAIN §9): 许可类型 开放许可 → 开放; 转化方式 开放许可 → 许可 with kind 开放; the export
 * writes 开放 back, and importing it gives the same kind again.
 */
@Tag(TestDatabase.TAG)
class OpenLicenceLedgerTest {
    @TempDir
    Path tmp;

    @AutoClose
    private final LedgerDb ledger = new LedgerDb(LedgerDb.LATER);

    @ParameterizedTest(name = "转化方式 {0}, 许可类型 {1} → 许可 ({2})")
    @CsvSource(nullValues = "null", textBlock = """
            开放许可, null,   OPEN
            许可,     开放许可, OPEN
            许可,     开放,    OPEN
            专利许可, OPEN,    OPEN
            许可,     普通许可, ORDINARY
            """)
    void openLicence_isReadFromEitherColumn(String mode, String kind, LicenseKind expected) throws IOException {
        Path file = TestWorkbook.create().sheet("合同", row("合同编号", "转化方式", "许可类型", "签订日期", "合同金额",
                "对方名称"), row("XK-1", mode, kind, "2025-03-05", 10_000, "甲公司")).writeTo(tmp.resolve("o.xlsx"));
        ImportPreview preview = ledger.importer.preview(file, false, ProgressSink.NONE);
        assertThat(preview.errors()).isEmpty();
        ledger.importer.commit(preview, ProgressSink.NONE);
        assertThat(ledger.deal("XK-1").mode()).isEqualTo(DealMode.LICENSE);
        assertThat(ledger.deal("XK-1").licenseKind()).isEqualTo(expected);
    }

    @Test
    void theExport_writes开放_andItImportsBackAsOpen() throws IOException {
        Path file = TestWorkbook.create()
                .sheet("人员", row("工号", "姓名"), row("T001", "张三"))
                .sheet("成果", row("成果编号", "成果名称", "披露日期", "完成人"),
                        row("R1", "一种储能材料", "2024-01-05", "T001:100*"))
                .sheet("合同", row("合同编号", "转化方式", "许可类型", "签订日期", "合同金额", "对方名称", "关联成果"),
                        row("XK-2", "开放许可", null, "2025-03-05", 10_000, "甲公司", "R1"))
                .writeTo(tmp.resolve("o.xlsx"));
        ImportPreview first = ledger.importer.preview(file, false, ProgressSink.NONE);
        assertThat(first.errors()).isEmpty();
        ledger.importer.commit(first, ProgressSink.NONE);

        Path out = tmp.resolve("export");
        new LedgerExport(new LedgerExportReader(ledger.db.dsl()), TestDatabase.CLOCK).write(out);
        assertThat(Files.readString(out.resolve("合同.csv"))).contains("XK-2,许可,开放,2025-03-05");

        try (LedgerDb again = new LedgerDb(LedgerDb.LATER)) {
            ImportPreview preview = again.importer.preview(out, false, ProgressSink.NONE);
            assertThat(preview.errors()).isEmpty();
            again.importer.commit(preview, ProgressSink.NONE);
            assertThat(again.deal("XK-2").licenseKind()).isEqualTo(LicenseKind.OPEN);
        }
    }
}
