package org.transferdesk.cli;

import java.nio.file.Path;
import org.transferdesk.audit.AuditService;
import org.transferdesk.audit.AuditTexts;
import org.transferdesk.audit.AuditVerification;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.common.UserFacingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code audit verify [--against FILE]} (issue 22): recomputes the audit trail's hash chain and names the first row
 * changed, missing or out of place; with {@code --against}, also checks the chain still holds the row an earlier
 * backup or export recorded. Exit code 0 when intact, 3 when something was found (as {@code calendar years} warns).
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
public final class AuditVerifyCommand extends CliCommand<AuditService> {
    /** The exit code of a chain found broken. */
    static final int BROKEN = 3;

    public AuditVerifyCommand() {
        super(AppContext::auditTrail);
    }

    @Option(names = "--against", paramLabel = "FILE")
    Path against;

    @Override
    protected Integer run(AuditService audit) {
        AuditVerification result;
        try {
            result = against == null ? audit.verify() : audit.verifyAgainst(against);
        } catch (UserFacingException e) {
            if (e.key().startsWith("audit.")) { // --against names a file without an anchor: invalid input, exit 2
                throw new ParameterException(spec.commandLine(), e.getLocalizedMessage(), e);
            }
            throw e;
        }
        if (result.intact()) {
            out().println(AuditTexts.intact(result));
            out().flush();
            return 0;
        }
        out().println(AuditTexts.checked(result));
        out().flush();
        err().println(AuditTexts.problem(result));
        return BROKEN;
    }
}
