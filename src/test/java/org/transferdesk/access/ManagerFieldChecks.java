package org.transferdesk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.db.jooq.Tables.APP_USER;

import java.util.Collection;
import java.util.List;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.AuditLabels;
import org.transferdesk.audit.AuditVocabulary;
import org.transferdesk.common.I18n;
import org.transferdesk.db.Database;

/**
 * Issue 22's 经办人/技术经理人, the same field on a result, a deal and a pilot case: the account a record names, and
 * what the record's history and the field's label read once it was named and then cleared.
 */
public final class ManagerFieldChecks {
    public static final String LOGIN = "zhangmin";
    public static final String NAME = "张敏";

    private ManagerFieldChecks() {
    }

    /** The manager's account row, written directly: being named needs no login of its own. */
    public static void addManagerAccount(Database db) {
        db.dsl().insertInto(APP_USER).set(APP_USER.LOGIN, LOGIN).set(APP_USER.DISPLAY_NAME, NAME)
                .set(APP_USER.USER_ROLE, "MANAGER").execute();
    }

    /** The history has the naming and the clearing, newest first, and the field reads under its Chinese label. */
    public static void assertNamedThenCleared(List<AuditEntry> history, Collection<? extends AuditLabels> labels, String entity) {
        assertThat(history).flatExtracting(AuditEntry::changes).filteredOn(c -> c.field().equals("manager"))
                .extracting(c -> c.before() + "→" + c.after()).containsExactly("zhangmin→null", "null→zhangmin");
        I18n.setLocale(I18n.CHINESE);
        assertThat(new AuditVocabulary(labels).label(entity, "manager")).isEqualTo("经办人/技术经理人");
    }
}
