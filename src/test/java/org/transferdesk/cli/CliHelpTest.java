package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The help of every command, option and parameter comes from the cli bundles, complete in both languages, every
 * key used, and renders without picocli warnings (a bare {@code %} in a description made {@code policy set --help}
 * warn).
 */
class CliHelpTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final List<String> HEADINGS = List.of("usage.synopsisHeading", "usage.parameterListHeading",
            "usage.optionListHeading", "usage.commandListHeading");

    private static CommandLine commandLine(String lang) {
        return CliCommandLine.create(new TransferDeskCommand(start -> 0), "--lang", lang);
    }

    /** Every command of the hierarchy, the root first, by its path ("transferdesk policy set"). */
    private static Map<String, CommandSpec> commands(CommandLine root) {
        Map<String, CommandSpec> all = new LinkedHashMap<>();
        collect(root, all);
        return all;
    }

    private static void collect(CommandLine cli, Map<String, CommandSpec> all) {
        all.put(cli.getCommandSpec().qualifiedName(), cli.getCommandSpec());
        cli.getSubcommands().values().forEach(sub -> collect(sub, all));
    }

    /** Each text of the help by where it appears: a command's description, an option's, a parameter's. */
    private static Map<String, String> texts(CommandLine root) {
        Map<String, String> texts = new LinkedHashMap<>();
        commands(root).forEach((path, spec) -> {
            texts.put(path, String.join(" ", spec.usageMessage().description()));
            for (OptionSpec option : spec.options()) {
                texts.put(path + " " + option.longestName(), String.join(" ", option.description()));
            }
            for (PositionalParamSpec parameter : spec.positionalParameters()) {
                texts.put(path + " " + parameter.paramLabel(), String.join(" ", parameter.description()));
            }
        });
        return texts;
    }

    @Test
    void everyCommandOptionAndParameter_hasAHelpText_inChineseAndInEnglish() {
        Map<String, String> english = texts(commandLine("en"));
        Map<String, String> chinese = texts(commandLine("zh"));

        assertThat(chinese.keySet()).containsExactlyElementsOf(english.keySet())
                .contains("transferdesk policy set --from", "transferdesk policy set PRESET", "transferdesk --data-dir",
                        "transferdesk help COMMAND", "transferdesk export ledger --help");
        english.forEach((where, text) -> {
            assertThat(text).as(where).isNotBlank();
            assertThat(chinese.get(where)).as(where).isNotBlank().containsPattern(HAN).isNotEqualTo(text);
        });
    }

    @Test
    void bothBundlesHoldTheSameKeys_andEachIsOneTheHelpReads() throws IOException {
        Properties english = load("cli.properties");
        Properties chinese = load("cli_zh_CN.properties");

        assertThat(new TreeSet<>(chinese.stringPropertyNames())).as("keys missing in Chinese")
                .containsAll(english.stringPropertyNames());
        assertThat(new TreeSet<>(english.stringPropertyNames())).as("keys missing in English")
                .containsAll(chinese.stringPropertyNames());
        assertThat(new TreeSet<>(english.stringPropertyNames())).as("keys the help reads")
                .isEqualTo(keysRead(commandLine("en"), english.stringPropertyNames()));
    }

    /**
     * The keys picocli reads for the whole hierarchy (Messages.getStringArray): for each key it wants, the one
     * qualified with the command's path, else the unqualified one; a multi-line text as key.0, key.1 …
     */
    private static Set<String> keysRead(CommandLine root, Set<String> present) {
        Set<String> read = new TreeSet<>();
        commands(root).forEach((path, spec) -> {
            String qualifier = spec.qualifiedName(".");
            for (String heading : HEADINGS) {
                assertThat(lookup(qualifier, List.of(heading), present)).as(path + " " + heading)
                        .isNotEmpty().allSatisfy(read::add);
            }
            assertThat(lookup(qualifier, List.of("usage.description"), present)).as(path)
                    .isNotEmpty().allSatisfy(read::add);
            for (ArgSpec arg : spec.args()) {
                List<String> wanted = new ArrayList<>();
                if (!arg.descriptionKey().isEmpty()) {
                    wanted.add(arg.descriptionKey());
                }
                if (arg instanceof OptionSpec option) {
                    Arrays.stream(option.names()).map(name -> name.replaceFirst("^-+", "")).forEach(wanted::add);
                } else {
                    PositionalParamSpec parameter = (PositionalParamSpec) arg;
                    wanted.add(parameter.paramLabel() + "[" + parameter.index() + "]");
                }
                assertThat(lookup(qualifier, wanted, present)).as(path + " " + arg.paramLabel())
                        .isNotEmpty().allSatisfy(read::add);
            }
        });
        return read;
    }

    private static List<String> lookup(String qualifier, List<String> wanted, Set<String> present) {
        for (String key : wanted) {
            for (String candidate : List.of(qualifier + "." + key, key)) {
                List<String> lines = new ArrayList<>();
                if (present.contains(candidate)) {
                    lines.add(candidate);
                }
                for (int i = 0; present.contains(candidate + "." + i); i++) {
                    lines.add(candidate + "." + i);
                }
                if (!lines.isEmpty()) {
                    return lines;
                }
            }
        }
        return List.of();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CliHelpTest.class.getResourceAsStream("/org/transferdesk/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void theHelpOfEveryCommand_rendersWithoutAPicocliWarning(String lang) {
        List<String[]> helps = new ArrayList<>();
        for (String path : commands(commandLine(lang)).keySet()) {
            List<String> words = new ArrayList<>(Arrays.asList(path.split(" ")).subList(1, path.split(" ").length));
            words.addAll(List.of("--help"));
            helps.add(Stream.concat(Stream.of("--lang", lang), words.stream()).toArray(String[]::new));
        }
        helps.add(new String[] {"--lang", lang, "help", "policy"});
        assertThat(helps).hasSizeGreaterThan(30);

        String trace = System.getProperty("picocli.trace");
        PrintStream stderr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        try {
            System.setProperty("picocli.trace", "WARN");
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            for (String[] args : helps) {
                CommandLine cli = CliCommandLine.create(new TransferDeskCommand(start -> 0), args);
                cli.setOut(new PrintWriter(out, true));
                cli.setErr(new PrintWriter(out, true));
                assertThat(cli.execute(args)).as(String.join(" ", args)).isZero();
            }
        } finally {
            System.setErr(stderr);
            if (trace == null) {
                System.clearProperty("picocli.trace");
            } else {
                System.setProperty("picocli.trace", trace);
            }
        }

        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
        // Formatted, not shown raw: the percent sign once, line breaks instead of %n.
        assertThat(out.toString()).contains("70%").doesNotContain("%%", "%n");
    }
}
