package org.transferdesk.common;

/** A failure with a plain, localized explanation for the clerk (the key), and technical details. */
public class UserFacingException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public UserFacingException(String key, Object[] args, Throwable cause) {
        super(key, cause);
        this.key = key;
        this.args = args;
    }

    public UserFacingException(String key, Object... args) {
        this(key, args, null);
    }

    public String key() {
        return key;
    }

    @Override
    public String getLocalizedMessage() {
        return I18n.t(key, args);
    }
}
