package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.transferdesk.bootstrap.AppInfo;
import org.transferdesk.cli.DesktopStart;

/** The names the CLI uses for what lives above it in app: a rename of the launcher must not break the benchmarks. */
class LauncherMainClassTest {
    @Test
    void mainClass_namesTheLauncher() {
        assertThat(AppInfo.MAIN_CLASS).isEqualTo(Launcher.class.getName());
    }

    @Test
    void bareWindowLine_isTheOneTheStartBenchmarkReads() {
        assertThat(BareWindow.SHOWN).isEqualTo(DesktopStart.BARE_SHOWN).isNotEqualTo(DesktopStart.SHOWN);
    }
}
