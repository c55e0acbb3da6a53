package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 19: a damaged backup is invalid input (exit 2) and leaves the live database as it was. */
class BackupRestoreCommandTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "zh | 已损坏 | 内容与备份时记录的校验和不符 | 当前数据库未作任何改动",
            "en | is damaged | does not match the checksum | the current database is unchanged"})
    void restore_ofABackupWithAFlippedBit_exitsWith2_andKeepsTheDatabase(String lang, String damaged, String why,
                                                                         String unchanged) throws IOException {
        CliRunner cli = new CliRunner();
        assertThat(cli.run("demo", "--data-dir", tmp.toString(), "--results", "5", "--people", "5")).isZero();
        assertThat(cli.run("backup", "--data-dir", tmp.toString())).as(cli.err.toString()).isZero();
        Path backup;
        try (var files = Files.list(tmp.resolve("backups"))) {
            backup = files.filter(p -> p.toString().endsWith(".tdbackup")).findFirst().orElseThrow();
        }
        Path db = tmp.resolve("transferdesk.mv.db");
        byte[] before = Files.readAllBytes(db);
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 2] ^= 0x10;
        Path bad = Files.write(tmp.resolve("bad.tdbackup"), bytes);

        CliRunner restore = new CliRunner();
        int exit = restore.run("restore", "--data-dir", tmp.toString(), "--lang", lang, bad.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(restore.err.toString()).contains("bad.tdbackup", damaged, unchanged);
        assertThat(restore.err.toString()).containsAnyOf(why, "CRC");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);

        CliRunner good = new CliRunner();
        assertThat(good.run("restore", "--data-dir", tmp.toString(), "--lang", lang, backup.toString()))
                .as(good.err.toString()).isZero();
    }
}
