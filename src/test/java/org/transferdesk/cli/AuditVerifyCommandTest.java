package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.db.Database;

/**
 * {@code audit verify} (issue 22): exit 0 and the rows checked when the trail is intact, against an earlier backup,
 * ledger export and annual-report export too; exit 3 and the changed row named, in Chinese or English, when someone
 * changed an audit row behind the database's triggers.
 */
class AuditVerifyCommandTest {
    @TempDir
    Path tmp;

    private CliRunner run(int exit, String... args) {
        CliRunner cli = new CliRunner();
        assertThat(cli.run(args)).as(cli.out + "\n" + cli.err).isEqualTo(exit);
        return cli;
    }

    @Test
    void anIntactTrail_verifies_alsoAgainstTheAnchorsOfABackupALedgerExportAndAReport() throws Exception {
        String dir = tmp.resolve("data").toString();
        run(0, "demo", "--data-dir", dir, "--results", "5", "--people", "5");
        run(0, "backup", "--data-dir", dir);
        Path backup;
        try (var files = Files.list(tmp.resolve("data").resolve("backups"))) {
            backup = files.filter(p -> p.toString().endsWith(".tdbackup")).findFirst().orElseThrow();
        }
        Path ledger = tmp.resolve("ledger.xlsx");
        Path ledgerCsv = tmp.resolve("ledger-csv");
        Path report = tmp.resolve("report.xlsx");
        Path json = tmp.resolve("report.json");
        run(0, "export", "ledger", "--data-dir", dir, ledger.toString());
        run(0, "export", "ledger", "--data-dir", dir, ledgerCsv.toString());
        run(0, "report", "--data-dir", dir, "--format", "xlsx", "--out", report.toString());
        run(0, "report", "--data-dir", dir, "--format", "json", "--out", json.toString());

        assertThat(run(0, "audit", "verify", "--data-dir", dir).out.toString()).contains("审计记录完好");
        for (Path earlier : new Path[] {backup, ledger, ledgerCsv, report, json}) {
            assertThat(run(0, "audit", "verify", "--data-dir", dir, "--lang", "en", "--against", earlier.toString())
                    .out.toString()).as(earlier.toString()).contains("Audit trail intact");
        }
        // the ledger exports were audited: two rows of entity export
        try (Database db = Database.openFile(new DataFolder(tmp.resolve("data")).database())) {
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("audit_log").where("entity = 'export'"))).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            zh | 第 3 条审计记录 | 写入后被改动过
            en | Audit row 3     | it was changed after it was written
            """)
    void aRowChangedBehindTheTriggers_isNamed_exit3(String lang, String row, String why) throws Exception {
        String dir = tmp.resolve("data").toString();
        run(0, "demo", "--data-dir", dir, "--results", "5", "--people", "5");
        long id;
        try (Database db = Database.openFile(new DataFolder(tmp.resolve("data")).database())) {
            db.dsl().execute("DROP TRIGGER audit_log_append_only");
            id = db.dsl().fetchOne("select id from audit_log where seq = 3").get(0, Long.class);
            db.dsl().execute("update audit_log set changes = '[]' where seq = 3");
        }
        CliRunner cli = run(AuditVerifyCommand.BROKEN, "audit", "verify", "--data-dir", dir, "--lang", lang);
        assertThat(cli.err.toString()).contains(row, why, "#").contains(Long.toString(id));
    }

    @Test
    void anExportWithoutAnAnchor_isInvalidInput() throws Exception {
        String dir = tmp.resolve("data").toString();
        run(0, "demo", "--data-dir", dir, "--results", "5", "--people", "5");
        Path none = Files.writeString(tmp.resolve("none.json"), "{}");
        assertThat(run(2, "audit", "verify", "--data-dir", dir, "--against", none.toString()).err.toString())
                .contains("none.json", "auditSeq");
    }
}
