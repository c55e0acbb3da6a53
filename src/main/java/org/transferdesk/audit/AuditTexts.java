package org.transferdesk.audit;

import org.transferdesk.common.I18n;

/** The clerk's words for what {@code audit verify} found (issue 22), for the command line and Settings alike. */
public final class AuditTexts {
    private AuditTexts() {
    }

    /** "Intact: N rows checked, the latest is row S (hash)". */
    public static String intact(AuditVerification result) {
        return I18n.t("audit.verify.intact", Long.toString(result.rowsChecked()),
                Long.toString(result.latest().seq()), result.latest().hash());
    }

    /** "N rows checked, P problems found". */
    public static String checked(AuditVerification result) {
        return I18n.t("audit.verify.checked", Long.toString(result.rowsChecked()), Long.toString(result.problems()));
    }

    /** The first problem in words, naming its row ({@link #intact} when there is none). */
    public static String problem(AuditVerification result) {
        return result.firstProblem().map(AuditTexts::problem).orElseGet(() -> intact(result));
    }

    public static String problem(AuditProblem p) {
        String row = p.id() == null ? "" : I18n.t("audit.problem.row", Long.toString(p.id()), p.entity(),
                Long.toString(p.entityId()), String.valueOf(p.at()).replace('T', ' '), p.actor());
        return I18n.t(p.kind().labelKey(), Long.toString(p.seq()), row);
    }
}
