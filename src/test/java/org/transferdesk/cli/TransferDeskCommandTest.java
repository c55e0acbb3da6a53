package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Without a command the desktop app opens: with a backup to offer (file association) or as a startup check. */
class TransferDeskCommandTest {
    @TempDir
    Path tmp;

    private final List<DesktopStart> opened = new ArrayList<>();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new TransferDeskCommand(start -> {
            opened.add(start);
            return 0;
        }));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void noCommand_opensTheAppOnTheDataFolder() {
        assertThat(run("--data-dir", tmp.toString())).isZero();

        assertThat(opened).singleElement().satisfies(start -> {
            assertThat(start.folder().root()).isEqualTo(tmp.toAbsolutePath().normalize());
            assertThat(start.backupToRestore()).isEmpty();
            assertThat(start.startupCheck()).isFalse();
        });
    }

    @Test
    void aBackupFile_opensTheAppWithTheBackupToOffer_asDoubleClickingItDoes() {
        Path backup = tmp.resolve("transferdesk-20261122-101500.TDBACKUP");

        assertThat(run("--data-dir", tmp.toString(), backup.toString())).isZero();

        assertThat(opened).singleElement()
                .satisfies(start -> assertThat(start.backupToRestore()).contains(backup.toAbsolutePath()));
    }

    @Test
    void startupCheck_isPassedToTheApp() {
        assertThat(run("--startup-check", "--data-dir", tmp.toString())).isZero();

        assertThat(opened).singleElement().satisfies(start -> assertThat(start.startupCheck()).isTrue());
    }

    @Test
    void aMistypedCommand_isNotTakenForABackup_andTheAppStaysClosed() {
        assertThat(run("--lang", "en", "reprot")).isEqualTo(2);

        assertThat(opened).isEmpty();
        assertThat(err.toString()).contains("\"reprot\" is neither a command nor a TransferDesk backup");
    }

    @Test
    void onlyArgumentsThatOpenTheApp_takeTheShortWay() {
        assertThat(TransferDeskCommand.opensDesktop()).isTrue();
        assertThat(TransferDeskCommand.opensDesktop("--data-dir", "D:\\台账", "--startup-check", "x.tdbackup")).isTrue();
        assertThat(TransferDeskCommand.opensDesktop("report", "--year", "2025")).isFalse();
        assertThat(TransferDeskCommand.opensDesktop("help")).isFalse();
        assertThat(TransferDeskCommand.opensDesktop("--version")).isFalse();
        assertThat(TransferDeskCommand.opensDesktop("-h")).isFalse();
    }

    @Test
    void theShortWay_readsTheSameOptions() {
        CommandLine cli = new CommandLine(new DesktopCommand(start -> {
            opened.add(start);
            return 0;
        }));
        cli.setErr(new PrintWriter(err, true));

        assertThat(cli.execute("--data-dir", tmp.toString(), "--startup-check", "b.tdbackup")).isZero();
        assertThat(cli.execute("--lang", "en", "reprot")).isEqualTo(2);

        assertThat(opened).singleElement().satisfies(start -> {
            assertThat(start.folder().root()).isEqualTo(tmp.toAbsolutePath().normalize());
            assertThat(start.startupCheck()).isTrue();
            assertThat(start.backupToRestore()).contains(Path.of("b.tdbackup").toAbsolutePath());
        });
        assertThat(err.toString()).contains("\"reprot\" is neither a command nor a TransferDesk backup");
    }

    @Test
    void theShownLine_isWhatScriptsLookFor() {
        assertThat(DesktopStart.SHOWN).isEqualTo("TransferDesk main window shown after ");
    }
}
