package org.transferdesk.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.transferdesk.common.I18n;

/**
 * Every test starts in the app's default language, Simplified Chinese, whatever the test before it switched to
 * (an in-process CLI run with {@code --lang en}, an English screen test). Without it, a test that reads Chinese
 * texts passed alone and failed after such a test in the same JVM. Registered for every test through
 * {@code META-INF/services} and {@code junit.jupiter.extensions.autodetection.enabled}; it runs before the test's
 * own {@code @BeforeEach}, so a test that wants English still sets it there. It also switches back after each test,
 * so that the next class's {@code @BeforeAll} and argument sources, which run before any test's set-up, find Chinese
 * too: no test class needs its own {@code @AfterEach} for the language.
 */
public final class ChineseByDefault implements BeforeEachCallback, AfterEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
        chinese();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        chinese();
    }

    private static void chinese() {
        if (!I18n.CHINESE.equals(I18n.locale())) {
            I18n.setLocale(I18n.CHINESE);
        }
    }
}
