package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.ledger.TestWorkbook.row;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.transferdesk.ledger.TestWorkbook;

/** Issue 23: the support log has its lines for an import and a backup, and no person's ID number or name (PIPL). */
class SupportLogTest {
    private static final String ID = "11010519491231002X";
    @TempDir
    Path tmp;
    private final CliRunner cli = new CliRunner();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger ours = (Logger) LoggerFactory.getLogger("org.transferdesk");
    private Level ourLevel;

    @BeforeEach
    void capture() {
        ourLevel = ours.getLevel();
        ours.setLevel(Level.INFO);
        log.start();
        ours.addAppender(log);
    }

    @AfterEach
    void release() {
        ours.detachAppender(log);
        ours.setLevel(ourLevel);
    }

    private List<String> lines() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void anImportLogsItsCountsAndABackupItsFile_neverAnIdNumberOrAName() throws Exception {
        Path data = tmp.resolve("data");
        Path people = TestWorkbook.create().sheet("人员", row("工号", "姓名", "身份证号"),
                row("T001", "张三丰", ID)).writeTo(tmp.resolve("people.xlsx"));

        assertThat(cli.run("import", "--data-dir", data.toString(), people.toString())).as(cli.err.toString()).isZero();
        assertThat(cli.run("import", "--data-dir", data.toString(), people.toString())).isEqualTo(2);
        assertThat(cli.run("backup", "--data-dir", data.toString())).as(cli.err.toString()).isZero();

        assertThat(lines()).anyMatch(l -> l.startsWith("Import committed: ") && l.contains("rows=1 created=1"))
                .anyMatch(l -> l.startsWith("Backup written and verified: ") && l.contains(".tdbackup"))
                .anyMatch(l -> l.startsWith("TransferDesk ") && l.contains("schema"))
                .noneMatch(l -> l.contains(ID) || l.contains("张三丰"));
    }
}
