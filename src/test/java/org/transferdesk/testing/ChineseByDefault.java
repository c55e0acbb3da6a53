package org.transferdesk.testing;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.transferdesk.common.I18n;

/**
 * Every test starts in the app's default language, Simplified Chinese, whatever the test before it switched to
 * (an in-process CLI run with {@code --lang en}, an English screen test). Without it, a test that reads Chinese
 * texts passed alone and failed after such a test in the same JVM. Registered for every test through
 * {@code META-INF/services} and {@code junit.jupiter.extensions.autodetection.enabled}; it runs before the test's
 * own {@code @BeforeEach}, so a test that wants English still sets it there.
 */
public final class ChineseByDefault implements BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
        if (!I18n.CHINESE.equals(I18n.locale())) {
            I18n.setLocale(I18n.CHINESE);
        }
    }
}
