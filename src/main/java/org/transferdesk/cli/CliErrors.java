package org.transferdesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.transferdesk.common.I18n;
import org.transferdesk.common.PlausibleDates;
import org.transferdesk.common.Problem;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.db.WriteFailures;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Clerk-readable errors instead of stack traces: 1 = refused/failed, 2 = invalid input. Mistakes on the command
 * line itself (unknown option, missing parameter, a value of the wrong kind) are told in the run's language,
 * followed by the command's help or picocli's suggestions, as picocli would.
 */
public final class CliErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {
    /** picocli's text when a command that only groups others (policy) is given none. */
    static final String PICOCLI_MISSING_SUBCOMMAND = "Missing required subcommand";
    /** picocli's text when a required option is not given at all. */
    static final String PICOCLI_MISSING_OPTION = "Missing required option";

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        if (ex instanceof ValidationException v) {
            for (Problem p : v.problems()) {
                cmd.getErr().println(p.message());
            }
            return 2;
        }
        Throwable cause = ex;
        while (cause != null && !(cause instanceof UserFacingException)) {
            cause = cause.getCause();
        }
        if (cause == null) {
            cause = WriteFailures.explain(ex).orElse(null);
        }
        if (cause instanceof UserFacingException u) {
            if (u.getCause() != null) {
                // a message may send the clerk to the log file ("details in the log"): the cause must be there
                LoggerFactory.getLogger(CliErrors.class).warn("{}", u.key(), ex);
            }
            cmd.getErr().println(u.getLocalizedMessage());
            return 1;
        }
        LoggerFactory.getLogger(CliErrors.class).error("Command failed", ex);
        cmd.getErr().println(I18n.t("error.unexpected", ex.getClass().getSimpleName() + ": " + ex.getMessage()));
        return 1;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(message(ex));
        if (!suggest(ex, err)) {
            cmd.usage(err);
        }
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String message(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> args = unmatched.getUnmatched();
            return unmatched.isUnknownOption() ? I18n.t("cli.usage.unknownOption", args.get(0))
                    : I18n.t("cli.usage.unmatched", String.join(" ", args));
        }
        if (ex instanceof MissingParameterException missing) {
            List<String> labels = new ArrayList<>();
            missing.getMissing().forEach(arg -> labels.add(label(arg)));
            if (missing.getMissing().stream().anyMatch(ArgSpec::isPositional)) {
                return I18n.t("cli.usage.missingParameter", String.join(", ", labels));
            }
            // picocli throws the same exception for an option given without its value ("--year" at the end).
            return ex.getMessage().startsWith(PICOCLI_MISSING_OPTION)
                    ? I18n.t("cli.usage.missingOption", String.join(", ", labels))
                    : I18n.t("cli.usage.missingValue", String.join(", ", labels));
        }
        if (ex instanceof OverwrittenOptionException twice) {
            return I18n.t("cli.usage.repeated", label(twice.getOverwritten()));
        }
        if (ex.getCause() instanceof CliDates.OutOfRange range && ex.getArgSpec() != null) {
            return I18n.t("date.outOfRange", label(ex.getArgSpec()), range.date, PlausibleDates.FIRST,
                    PlausibleDates.LAST);
        }
        if (ex.getCause() != null && ex.getArgSpec() != null && ex.getValue() != null) {
            Iterable<String> choices = ex.getArgSpec().completionCandidates();
            return choices == null ? I18n.t("cli.usage.badValue", label(ex.getArgSpec()), ex.getValue())
                    : I18n.t("cli.usage.badChoice", label(ex.getArgSpec()), ex.getValue(), String.join(", ", choices));
        }
        if (PICOCLI_MISSING_SUBCOMMAND.equals(ex.getMessage())) {
            return I18n.t("cli.usage.missingSubcommand", ex.getCommandLine().getCommandSpec().qualifiedName());
        }
        return ex.getMessage();
    }

    /** How the help shows it: {@code --year=Y}, {@code --dry-run}, {@code PRESET}. */
    private static String label(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.typeInfo().isBoolean() ? option.longestName() : option.longestName() + "=" + option.paramLabel();
        }
        return arg.paramLabel();
    }

    /** picocli's "did you mean": the commands or options closest to a mistyped one. */
    private static boolean suggest(ParameterException ex, PrintWriter err) {
        if (!(ex instanceof UnmatchedArgumentException unmatched) || unmatched.getSuggestions().isEmpty()) {
            return false;
        }
        List<String> suggestions = unmatched.getSuggestions();
        if (unmatched.isUnknownOption()) {
            err.println(I18n.t("cli.usage.didYouMeanOption", String.join(", ", suggestions)));
        } else {
            String command = ex.getCommandLine().getCommandSpec().qualifiedName();
            err.println(I18n.t("cli.usage.didYouMeanCommand",
                    String.join(", ", suggestions.stream().map(s -> command + " " + s).toList())));
        }
        return true;
    }
}
