package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.I18n;
import org.transferdesk.settings.UserSettings;
import picocli.CommandLine;

/**
 * Issue 20: the desktop starts read without picocli open exactly what picocli's {@link DesktopCommand} opens, with
 * the same language and log folder; everything else is still picocli's to answer.
 */
class PlainDesktopStartTest {
    @TempDir
    Path tmp;

    @AfterEach
    void restore() {
        I18n.setLocale(I18n.CHINESE);
        System.clearProperty("transferdesk.logdir");
    }

    @ParameterizedTest(name = "[{0}] plain: {1}")
    @CsvSource(delimiter = '|', value = {
            "--data-dir DIR                                   | true",
            "--data-dir=DIR                                   | true",
            "--startup-check --data-dir DIR                   | true",
            "--data-dir DIR --lang en                         | true",
            "--lang=en --data-dir DIR                         | true",
            "--lang zh --data-dir DIR --startup-check         | true",
            "--data-dir DIR x.tdbackup                        | true",
            "--data-dir DIR DIR/transferdesk-1.TDBACKUP --startup-check | true",
            "--data-dir DIR --lang EN                         | true",
            // left to picocli: its own answers and errors
            "--data-dir DIR report                            | false",
            "--data-dir DIR reprot                            | false",
            "--data-dir DIR x.tdbackup y.tdbackup             | false",
            "--data-dir DIR --data-dir DIR                    | false",
            "--data-dir DIR --lang en --lang zh               | false",
            "--data-dir DIR --startup-check --startup-check   | false",
            "--data-dir                                       | false",
            "--data-dir --lang                                | false",
            "--data-dir= --lang en                            | false",
            "--data-dir DIR --lang                            | false",
            "--data-dir DIR --help                            | false",
            "--data-dir DIR -V                                | false",
            "--data-dir DIR --                                | false",
            "--data-dir DIR --startup                         | false",
            "--data-dir DIR -x.tdbackup                       | false",
    })
    void readsByHandOnlyWhatPicocliWouldOpen_andOpensTheSame(String line, boolean plain) {
        String[] args = Arrays.stream(line.strip().split(" +")).map(a -> a.replace("DIR", tmp.toString()))
                .toArray(String[]::new);

        Optional<DesktopStart> byHand = PlainDesktopStart.read(args);
        Locale handLanguage = I18n.locale();
        String handLogs = System.getProperty("transferdesk.logdir");

        assertThat(byHand.isPresent()).as("read by hand").isEqualTo(plain);
        if (plain) {
            restore();
            List<DesktopStart> opened = new ArrayList<>();
            CommandLine cli = CliCommandLine.create(new DesktopCommand(start -> {
                opened.add(start);
                return 0;
            }), args);
            cli.setErr(new PrintWriter(new StringWriter(), true));
            assertThat(cli.execute(args)).isZero();
            assertThat(opened).containsExactly(byHand.get());
            assertThat(handLanguage).isEqualTo(I18n.locale());
            assertThat(handLogs).isEqualTo(System.getProperty("transferdesk.logdir"))
                    .isEqualTo(tmp.resolve("logs").toString());
        }
    }

    @ParameterizedTest
    @CsvSource({"'', zh", "en, en", "zh, zh"})
    void withoutLang_theDataFoldersLanguage_asPicocliSets(String saved, String expected) {
        if (!saved.isEmpty()) {
            UserSettings settings = new UserSettings(tmp.resolve("settings.properties"));
            settings.setLanguage(Locale.forLanguageTag(saved));
            settings.save();
        }
        I18n.setLocale("en".equals(expected) ? I18n.CHINESE : Locale.ENGLISH);

        assertThat(PlainDesktopStart.read("--data-dir", tmp.toString())).isPresent();

        assertThat(I18n.locale().getLanguage()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"en, en", "zh, zh", "fr, zh"})
    void lang_beatsTheSavedLanguage(String lang, String expected) {
        I18n.setLocale("en".equals(expected) ? I18n.CHINESE : Locale.ENGLISH);

        assertThat(PlainDesktopStart.read("--lang", lang, "--data-dir", tmp.toString())).isPresent();

        assertThat(I18n.locale().getLanguage()).isEqualTo(expected);
    }
}
