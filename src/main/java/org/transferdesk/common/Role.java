package org.transferdesk.common;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a member of the office does in TransferDesk (issue 22, R-ACCESS). On the shared database each is a
 * PostgreSQL group role ({@link #groupRole()}) whose GRANTs, row-level security and triggers are what actually holds
 * (migration V22); the app asks {@link #may(Permission)} only to show each role what it may do. Declared here, below
 * the features and the database layer, because a refusal from the database names the roles that may do what was
 * refused.
 */
public enum Role implements Labeled {
    /** 管理员: accounts, office settings, reward policy and everything the others do. */
    ADMIN(EnumSet.allOf(Permission.class)),
    /** 经办: results, people, IP, deals, pilot cases, distributions up to approval, imports. */
    CLERK(EnumSet.of(Permission.EDIT_RECORDS, Permission.EDIT_DISTRIBUTIONS, Permission.IMPORT,
            Permission.READ_AUDIT_TRAIL)),
    /** 财务: payments, tax withheld, 备案表, payroll, full ID numbers. */
    FINANCE(EnumSet.of(Permission.RECORD_PAYMENTS, Permission.READ_ID_NUMBERS, Permission.EXPORT_PERSONAL_DATA,
            Permission.READ_AUDIT_TRAIL)),
    /** 技术经理人: the results, deals and pilot cases assigned to them. */
    MANAGER(EnumSet.of(Permission.EDIT_ASSIGNED_RECORDS)),
    /** 领导: reads everything but ID numbers; approves deals and distributions. */
    LEADER(EnumSet.of(Permission.APPROVE, Permission.READ_AUDIT_TRAIL)),
    /** 审计: reads everything but ID numbers, the audit trail included; changes nothing. */
    AUDITOR(EnumSet.of(Permission.READ_AUDIT_TRAIL));

    /** What the app offers a role; the database decides in the end. */
    public enum Permission {
        MANAGE_ACCOUNTS, EDIT_SETTINGS, EDIT_RECORDS, EDIT_ASSIGNED_RECORDS, EDIT_DISTRIBUTIONS, IMPORT, APPROVE,
        RECORD_PAYMENTS, READ_ID_NUMBERS, EXPORT_PERSONAL_DATA,
        /** The whole audit trail (a technology manager reads only their own rows, so cannot check the chain). */
        READ_AUDIT_TRAIL;

        /** The roles that may, administrators last: what a refusal names. */
        public List<Role> roles() {
            return Arrays.stream(Role.values()).filter(r -> r.may(this))
                    .sorted((a, b) -> Boolean.compare(a == ADMIN, b == ADMIN)).toList();
        }
    }

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean may(Permission p) {
        return permissions.contains(p) || p == Permission.EDIT_ASSIGNED_RECORDS && permissions.contains(
                Permission.EDIT_RECORDS);
    }

    /** Whether the role writes anything at all (the auditor does not). */
    public boolean writes() {
        return permissions.stream().anyMatch(p -> p != Permission.READ_AUDIT_TRAIL && p != Permission.READ_ID_NUMBERS);
    }

    /** The PostgreSQL group role its accounts are members of. */
    public String groupRole() {
        return "transferdesk_" + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Role> ofName(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }

    @Override
    public String labelPrefix() {
        return "role";
    }
}
