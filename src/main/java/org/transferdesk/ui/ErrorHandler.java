package org.transferdesk.ui;

import java.util.concurrent.CancellationException;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;

/**
 * The one place an error that nobody handled ends up: logged once to the data folder's log, shown
 * in an owned dialog with a plain message and the details expandable.
 */
public final class ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);
    private final DialogService dialogs;

    public ErrorHandler(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    public void install() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> handle(error));
    }

    public void handle(Throwable error) {
        if (error instanceof CancellationException) {
            return;
        }
        String message = plainMessage(error);
        if (error instanceof ValidationException v) {
            // The problems' keys and fields, not their messages: those quote what was typed, ID numbers and names
            // among it (PIPL, DOMAIN §6); a refused save is the clerk's to fix, so no stack trace either.
            LOG.warn("Shown to the user: refused, {}", v.problems().stream()
                    .map(p -> p.field() + " " + p.key()).toList());
        } else if (error instanceof UserFacingException u) {
            // the whole trace with its causes: a message that sends the clerk to the log file must find the cause
            // there (issue 19); the key, not the localized message, which may quote the clerk's data
            LOG.warn("Shown to the user: {}", u.key(), error);
        } else {
            LOG.error("Unexpected error", error);
        }
        Runnable show = () -> dialogs.showError(I18n.t("error.title"), message, error);
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }

    /** What a clerk reads: our own localized message where we have one, a generic one otherwise. */
    public static String plainMessage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ValidationException v) {
                return v.localizedSummary();
            }
            if (t instanceof UserFacingException u) {
                return u.getLocalizedMessage();
            }
        }
        return org.transferdesk.db.WriteFailures.explain(error).map(UserFacingException::getLocalizedMessage)
                .orElseGet(() -> I18n.t("error.unexpectedGui"));
    }

    /** Each problem of a refused save, or the one plain message of any other failure: what an editor lists. */
    public static java.util.List<String> messages(Throwable error) {
        return error instanceof ValidationException v
                ? v.problems().stream().map(org.transferdesk.common.Problem::message).toList()
                : java.util.List.of(plainMessage(error));
    }
}
