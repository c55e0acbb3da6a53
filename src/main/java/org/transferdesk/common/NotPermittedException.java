package org.transferdesk.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The database (or the app, before asking it) refused what the connected account's role may not do (issue 22). The
 * message names the roles that may, in the clerk's language: "这一步需要「领导」或「管理员」角色。".
 */
public final class NotPermittedException extends UserFacingException {
    private static final long serialVersionUID = 1L;
    private final transient List<Role> allowed;

    public NotPermittedException(List<Role> allowed, Throwable cause) {
        super(allowed.isEmpty() ? "error.notPermitted" : "error.notPermitted.roles", new Object[0], cause);
        this.allowed = List.copyOf(allowed);
    }

    public static NotPermittedException of(Role.Permission permission) {
        return new NotPermittedException(permission.roles(), null);
    }

    /** The roles that may do what was refused; empty when the database did not say. */
    public List<Role> allowed() {
        return allowed;
    }

    @Override
    public String getLocalizedMessage() {
        if (allowed.isEmpty()) {
            return I18n.t("error.notPermitted");
        }
        String or = I18n.t("error.notPermitted.or");
        return I18n.t("error.notPermitted.roles", allowed.stream().map(r -> I18n.t("error.notPermitted.role",
                r.label())).collect(Collectors.joining(or)));
    }
}
