package org.transferdesk.catalogue.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Labeled;

/**
 * Every word of the catalogue in both languages at once, whatever the app's language: the site carries Chinese and
 * English side by side (the visitor switches), and the platform exports are Chinese whatever the clerk reads.
 */
final class SiteLabels {
    private final ResourceBundle zh = ResourceBundle.getBundle(I18n.BUNDLE, I18n.CHINESE,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private final ResourceBundle en = ResourceBundle.getBundle(I18n.BUNDLE, Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    /** A text in both languages; {@code en} is the Chinese text where no English was given. */
    record Both(String zh, String en) {
        static Both of(String zh, String en) {
            return new Both(zh, en == null || en.isBlank() ? zh : en);
        }
    }

    /** The bundles' text for {@code key}, formatted with {@code args} in each language. */
    Both t(String key, Object... args) {
        return new Both(format(zh, key, Locale.SIMPLIFIED_CHINESE, args), format(en, key, Locale.ENGLISH, args));
    }

    Both label(Labeled value) {
        return t(value.labelKey());
    }

    /** The Chinese text of {@code key}: the platform exports' headers and the brochure's labels. */
    String zh(String key, Object... args) {
        return format(zh, key, Locale.SIMPLIFIED_CHINESE, args);
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
