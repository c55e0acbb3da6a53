package org.transferdesk.common;

/** An enum shown to users: its label key is {@code prefix() + "." + name()}. */
public interface Labeled {
    String name();

    String labelPrefix();

    default String labelKey() {
        return labelPrefix() + "." + name();
    }

    default String label() {
        return I18n.t(labelKey());
    }

    /** Finds the constant whose name, Chinese label or English label is {@code text}. */
    static <E extends Enum<E> & Labeled> java.util.Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        String wanted = text.strip();
        java.util.ResourceBundle zh = java.util.ResourceBundle.getBundle(I18n.BUNDLE, I18n.CHINESE);
        java.util.ResourceBundle en = java.util.ResourceBundle.getBundle(I18n.BUNDLE, java.util.Locale.ROOT,
                java.util.ResourceBundle.Control.getNoFallbackControl(
                        java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(wanted) || zh.getString(e.labelKey()).equals(wanted)
                    || en.getString(e.labelKey()).equalsIgnoreCase(wanted)) {
                return java.util.Optional.of(e);
            }
        }
        return java.util.Optional.empty();
    }
}
