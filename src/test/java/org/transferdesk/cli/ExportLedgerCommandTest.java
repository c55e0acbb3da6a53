package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export ledger OUT}: the records in the import format (LedgerRoundTripTest imports them back). */
class ExportLedgerCommandTest {
    @TempDir
    Path tmp;

    @Test
    void exportLedger_writesTheImportFormat_andSaysWhatTheFormatCannotHold() throws IOException {
        Path data = tmp.resolve("data");
        CliRunner demo = new CliRunner();
        assertThat(demo.run("--data-dir", data.toString(), "demo", "--people", "20", "--results", "30")).isZero();
        CliRunner export = new CliRunner();
        Path out = tmp.resolve("ledger-out");
        assertThat(export.run("--data-dir", data.toString(), "export", "ledger", out.toString())).isZero();
        assertThat(export.out.toString()).contains("已按导入格式写出", "ledger-out");
        assertThat(Files.readString(out.resolve("合同.csv"))).startsWith("\uFEFF合同编号,转化方式,许可类型,签订日期,合同金额");
        assertThat(Files.readString(out.resolve("奖励发放.csv"))).startsWith("\uFEFF合同编号,发放日期,工号,类型,金额");
        assertThat(Files.readString(out.resolve("赋权.csv"))).startsWith("\uFEFF成果编号,方式,团队份额,使用年限");
        // the demo's draft contracts and its ended pilot cases have no place in the format: stderr counts them
        assertThat(export.err.toString()).contains("份草拟合同", "个赋权案件");
    }
}
