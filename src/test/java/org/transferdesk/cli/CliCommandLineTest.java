package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.settings.UserSettings;

/**
 * The language of the help and of picocli's errors: {@code --lang} anywhere in the arguments, else the language
 * chosen in the app for the data folder, else Chinese; decided before picocli prints anything.
 */
class CliCommandLineTest {
    @TempDir
    Path tmp;

    /** A data folder whose language was chosen in the app ({@code none}: a folder where none was). */
    private String folder(String saved) {
        Path folder = tmp.resolve("data-" + saved);
        if (!"none".equals(saved)) {
            UserSettings settings = new UserSettings(new org.transferdesk.bootstrap.DataFolder(folder).settingsFile());
            settings.setLanguage("en".equals(saved) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
            settings.save();
        }
        return folder.toString();
    }

    @ParameterizedTest(name = "{0} with a folder that chose {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            --lang en policy set --help                        | none | en
            --lang=en policy set --help                        | none | en
            policy set --help --lang EN                        | none | en
            --lang zh policy set --help                        | en   | zh
            --lang=zh policy set --help                        | en   | zh
            --lang fr policy set --help                        | en   | zh
            policy set --help --data-dir DIR                   | en   | en
            policy set --help --data-dir=DIR                   | en   | en
            policy set --help --data-dir DIR                   | zh   | zh
            policy set --help --data-dir DIR                   | none | zh
            --lang en --data-dir DIR policy set --lang zh      | en   | zh
            --data-dir DIR import -- --lang zh                 | en   | en
            --data-dir DIR import --lang                       | en   | en
            """)
    void theLanguage_isLangElseTheFoldersElseChinese(String args, String saved, String expected) {
        String[] words = args.replace("DIR", folder(saved)).split(" ");

        assertThat(CliCommandLine.language(words).getLanguage()).isEqualTo(expected);
    }

    @Test
    void policySetHelp_inChinese_byDefault() {
        CliRunner cli = new CliRunner();

        assertThat(cli.run("policy", "set", "--help", "--data-dir", folder("none"))).isZero();

        assertThat(cli.out.toString()).contains("用法：transferdesk policy set", "施行日期（默认：今天）",
                "或 70%。低于所在地区", "参数：", "选项：", "显示本帮助并退出。", "--from=YYYY-MM-DD")
                .doesNotContain("Date of effect", "Usage:");
        assertThat(cli.err.toString()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --lang en policy set --help       | Date of effect (default today).
            --lang=en policy set --help       | Percentages as 70 or 70%.
            policy set --help --data-dir DIR  | Usage: transferdesk policy set
            --lang en --help                  | Usage: transferdesk [-hV]
            --lang en help                    | Commands:
            """)
    void policySetHelp_inEnglish_withLangOrTheFoldersLanguage(String args, String expected) {
        CliRunner cli = new CliRunner();

        assertThat(cli.run(args.replace("DIR", folder("en")).split(" "))).isZero();

        assertThat(cli.out.toString()).contains(expected).doesNotContain("用法：", "显示本帮助并退出。");
    }

    @Test
    void theRootHelp_listsTheCommands_inChinese() {
        CliRunner cli = new CliRunner();

        assertThat(cli.run("--help", "--lang", "zh")).isZero();

        assertThat(cli.out.toString()).contains("命令：", "查看或记录学校的奖励政策（按施行日期分版本）。",
                "TransferDesk 科技成果转化台账。不带命令时打开桌面应用。");
    }

    /** picocli's own errors: in the run's language, then the help or a suggestion; exit 2. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --lang zh report --yeer 2025                          | 未知选项：--yeer                                | 可能的写法：--year
            --lang en report --yeer 2025                          | Unknown option: --yeer                          | Possible solutions: --year
            --lang zh export ledgr                                | 无法识别的参数：ledgr                           | 您是不是要输入：transferdesk export ledger？
            --lang en export ledgr                                | Unexpected argument: ledgr                      | Did you mean: transferdesk export ledger?
            --lang zh policy set                                  | 缺少必需的参数：PRESET                          | 用法：transferdesk policy set
            --lang en policy set                                  | Missing required parameter: PRESET              | Usage: transferdesk policy set
            --lang zh export fee-plan                             | 缺少必需的选项：--year=YEAR                     | 用法：transferdesk export fee-plan
            --lang en export fee-plan --year                      | Option --year=YEAR needs a value.               | Usage: transferdesk export fee-plan
            --lang zh export fee-plan --year                      | 选项 --year=YEAR 缺少取值。                     | 专利年费预算
            --lang zh demo --people many                          | --people=N 的值“many”无效。                    | 用法：transferdesk demo
            --lang en due --format xml                            | Invalid value for --format=FORMAT: "xml". Choose one of: text, json, csv, ics. | Usage: transferdesk due
            --lang zh due --format xml                            | --format=FORMAT 的值“xml”无效，可选：text, json, csv, ics。 | 用法：transferdesk due
            --lang zh demo --people 1 --people 2                  | 选项 --people=N 只能给出一次。                  | 用法：transferdesk demo
            --lang en calendar import --dry-run --dry-run x.json  | Option --dry-run may be given only once.        | Usage: transferdesk calendar import
            --lang zh policy                                      | 请指定 transferdesk policy 要执行的命令         | 命令：
            --lang en export                                      | Say what transferdesk export should do          | Commands:
            --lang zh calendar                                    | 请指定 transferdesk calendar 要执行的命令       | 命令：
            """)
    void mistakesOnTheCommandLine_areToldInTheRunsLanguage(String args, String message, String then) {
        CliRunner cli = new CliRunner();

        assertThat(cli.run(args.split(" "))).isEqualTo(2);

        assertThat(cli.err.toString()).startsWith(message).contains(then);
        assertThat(cli.out.toString()).isEmpty();
    }

    @Test
    void aCommandsOwnRefusalOfItsInput_keepsItsMessage_thenTheHelp() {
        CliRunner cli = new CliRunner();

        assertThat(cli.run("--lang", "zh", "--data-dir", folder("none"), "due", "--within", "-1")).isEqualTo(2);

        assertThat(cli.err.toString()).startsWith("--within 须为 0 或更大的天数。").contains("用法：transferdesk due");
    }
}
