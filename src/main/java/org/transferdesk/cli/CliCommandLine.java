package org.transferdesk.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.transferdesk.common.I18n;
import picocli.CommandLine;

/**
 * The command line as {@code Launcher} runs it (and the tests' CliRunner): help texts from the {@code cli} bundle in
 * the run's language, clerk-readable errors. The language is decided here, from the arguments, before picocli
 * prints any help or parse error, by the same rule the commands apply ({@link DataDirOption#language}).
 */
public final class CliCommandLine {
    /** Help texts; the base bundle is English, {@code cli_zh_CN} the Chinese one, as with {@link I18n#BUNDLE}. */
    public static final String BUNDLE = "org.transferdesk.i18n.cli";

    private CliCommandLine() {
    }

    /**
     * The command line for {@code command} and these arguments. Also sets the messages' language ({@link I18n}),
     * so picocli's own errors and the commands that never reach {@link CliCommand} (export, calendar without a
     * subcommand) speak the same language as the help.
     */
    public static CommandLine create(Object command, String... args) {
        Locale language = language(args);
        I18n.setLocale(language);
        CommandLine cli = new CommandLine(command);
        // After the subcommands exist: picocli hands the bundle down the hierarchy it has.
        cli.setResourceBundle(bundle(language));
        cli.registerConverter(java.time.LocalDate.class, new CliDates());
        CliErrors errors = new CliErrors();
        cli.setExecutionExceptionHandler(errors);
        cli.setParameterExceptionHandler(errors);
        return cli;
    }

    /** {@code --lang} anywhere in the arguments, else the language saved for the {@code --data-dir} folder, else Chinese. */
    static Locale language(String... args) {
        String lang = null;
        String dataDir = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--".equals(arg)) {
                break; // what follows is a file name, even if it reads "--lang"
            }
            // The last one wins, as a subcommand's own --lang or --data-dir beats the root's (DataDirOption.inheritFrom).
            if ("--lang".equals(arg) && i + 1 < args.length) {
                lang = args[++i];
            } else if (arg.startsWith("--lang=")) {
                lang = arg.substring("--lang=".length());
            } else if ("--data-dir".equals(arg) && i + 1 < args.length) {
                dataDir = args[++i];
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = arg.substring("--data-dir=".length());
            }
        }
        return DataDirOption.language(lang, path(dataDir));
    }

    /** The help texts in {@code language}; the JVM's default locale never takes part (English is the base bundle). */
    static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH.getLanguage().equals(language.getLanguage())
                        ? Locale.ROOT : I18n.CHINESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Path path(String dataDir) {
        try {
            return dataDir == null ? null : Path.of(dataDir);
        } catch (InvalidPathException e) {
            // picocli refuses the same value when it parses; until then the default folder's language serves.
            return null;
        }
    }
}
