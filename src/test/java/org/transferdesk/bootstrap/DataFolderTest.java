package org.transferdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the data lives: --data-dir, else TRANSFERDESK_HOME, else the operating system's convention. */
class DataFolderTest {

    /** "A=1;B=2" → environment; "-" is none. */
    private static Map<String, String> env(String spec) {
        Map<String, String> env = new HashMap<>();
        if (!spec.equals("-")) {
            for (String pair : spec.split(";")) {
                String[] kv = pair.split("=", -1);
                env.put(kv[0], kv[1]);
            }
        }
        return env;
    }

    @ParameterizedTest(name = "{0} | {1} | {2} → {4}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            /srv/td  | TRANSFERDESK_HOME=/data/td;XDG_DATA_HOME=/xdg | Linux      | /home/li | /srv/td
            /srv/td  | TRANSFERDESK_HOME=/data/td                    | Windows 11 | /home/li | /srv/td
            /srv/./x/../td | -                                       | Linux      | /home/li | /srv/td
            NULL     | TRANSFERDESK_HOME=/data/td;XDG_DATA_HOME=/xdg | Linux      | /home/li | /data/td
            NULL     | TRANSFERDESK_HOME=/data/td;APPDATA=/appdata   | Windows 10 | /home/li | /data/td
            NULL     | TRANSFERDESK_HOME=/data/td                    | Mac OS X   | /home/li | /data/td
            NULL     | TRANSFERDESK_HOME=  ;XDG_DATA_HOME=/xdg       | Linux      | /home/li | /xdg/transferdesk
            NULL     | XDG_DATA_HOME=/xdg                            | Linux      | /home/li | /xdg/transferdesk
            NULL     | XDG_DATA_HOME=                                | Linux      | /home/li | /home/li/.local/share/transferdesk
            NULL     | -                                             | Linux      | /home/li | /home/li/.local/share/transferdesk
            NULL     | -                                             | FreeBSD    | /home/li | /home/li/.local/share/transferdesk
            NULL     | XDG_DATA_HOME=/xdg                            | Mac OS X   | /Users/li | /Users/li/Library/Application Support/TransferDesk
            NULL     | APPDATA=/appdata;XDG_DATA_HOME=/xdg           | Windows 11 | /home/li | /appdata/TransferDesk
            """)
    void resolve_prefersExplicitThenEnvironmentThenOsConvention(String explicit, String environment, String os,
                                                               String home, String expected) {
        DataFolder folder = DataFolder.resolve(explicit == null ? null : Path.of(explicit), env(environment), os, home);

        assertThat(folder.root()).isEqualTo(Path.of(expected));
    }

    @Test
    void resolve_onWindowsWithoutAppData_usesTheRoamingFolderUnderHome() {
        DataFolder folder = DataFolder.resolve(null, Map.of(), "Windows 11", "C:\\Users\\li");

        assertThat(folder.root()).isEqualTo(Path.of("C:\\Users\\li\\AppData\\Roaming", "TransferDesk"));
    }

    @Test
    void relativeExplicitFolder_isMadeAbsolute() {
        DataFolder folder = DataFolder.resolve(Path.of("td-data"), Map.of(), "Linux", "/home/li");

        assertThat(folder.root()).isAbsolute().isEqualTo(Path.of("td-data").toAbsolutePath());
    }

    @Test
    void filesLiveInsideTheFolder() {
        DataFolder folder = new DataFolder(Path.of("/data/td"));

        assertThat(folder.databaseFile()).isEqualTo(Path.of("/data/td/transferdesk.mv.db"));
        assertThat(folder.database()).isEqualTo(Path.of("/data/td/transferdesk"));
        assertThat(folder.logs()).isEqualTo(Path.of("/data/td/logs"));
        assertThat(folder.backups()).isEqualTo(Path.of("/data/td/backups"));
        assertThat(folder.settingsFile()).isEqualTo(Path.of("/data/td/settings.properties"));
    }
}
