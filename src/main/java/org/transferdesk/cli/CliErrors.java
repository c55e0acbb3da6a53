package org.transferdesk.cli;

import org.slf4j.LoggerFactory;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Clerk-readable errors instead of stack traces: 1 = refused/failed, 2 = invalid input. */
public final class CliErrors implements IExecutionExceptionHandler {
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
        if (cause instanceof UserFacingException u) {
            cmd.getErr().println(u.getLocalizedMessage());
            return 1;
        }
        LoggerFactory.getLogger(CliErrors.class).error("Command failed", ex);
        cmd.getErr().println(I18n.t("error.unexpected", ex.getClass().getSimpleName() + ": " + ex.getMessage()));
        return 1;
    }
}
