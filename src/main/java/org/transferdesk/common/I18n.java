package org.transferdesk.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one place user-visible text comes from. Keys are always literals passed to {@link #t}
 * (or to {@link Problem}), or enum keys via {@link Labeled}, so the consistency test can find them.
 * Simplified Chinese is the default; English is complete.
 */
public final class I18n {
    public static final String BUNDLE = "org.transferdesk.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static volatile Locale locale = CHINESE;
    private static volatile ResourceBundle bundle = load(CHINESE);

    private I18n() {
    }

    public static synchronized void setLocale(Locale newLocale) {
        locale = ENGLISH.getLanguage().equals(newLocale.getLanguage()) ? ENGLISH : CHINESE;
        bundle = load(locale);
    }

    public static Locale locale() {
        return locale;
    }

    public static boolean isEnglish() {
        return locale == ENGLISH;
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    public static String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private static ResourceBundle load(Locale target) {
        // The base bundle is English; zh_CN is the Chinese one. NoFallback keeps the JVM's default
        // locale from sneaking in between.
        return ResourceBundle.getBundle(BUNDLE, target == ENGLISH ? Locale.ROOT : target,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
