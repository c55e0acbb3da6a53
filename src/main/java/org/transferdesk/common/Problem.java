package org.transferdesk.common;

import java.util.Arrays;

/**
 * One validation problem: the field it belongs to (empty for the record as a whole) and a message
 * key with arguments, formatted in the current language when shown.
 */
public record Problem(String field, Severity severity, String key, Object[] args) {
    public enum Severity { ERROR, WARNING }

    public static Problem error(String key, String field, Object... args) {
        return new Problem(field, Severity.ERROR, key, args);
    }

    public static Problem warning(String key, String field, Object... args) {
        return new Problem(field, Severity.WARNING, key, args);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Formats in the current language; a String argument that is itself a key (a field label) is translated. */
    public String message() {
        return format(key, args);
    }

    /**
     * A message key with arguments in the current language, as problems and import errors show theirs: a String
     * argument that is itself a key (a field label) is translated.
     */
    public static String format(String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof String s && I18n.bundle().containsKey(s) ? I18n.t(s) : args[i];
        }
        return I18n.t(key, shown);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && field.equals(p.field) && severity == p.severity && key.equals(p.key)
                && Arrays.equals(args, p.args);
    }

    @Override
    public int hashCode() {
        return 31 * field.hashCode() + key.hashCode();
    }

    @Override
    public String toString() {
        return severity + " " + field + ": " + key + Arrays.toString(args);
    }
}
